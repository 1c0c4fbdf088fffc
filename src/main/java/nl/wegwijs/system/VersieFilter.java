package nl.wegwijs.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HTTP's conditional requests (RFC 9110 §13) beside the API's {@code versie}, for every operation at once.
 * <ul>
 * <li>A GET whose JSON has a top-level {@code versie} answers with the strong ETag {@code "<versie>"}; an
 * {@code If-None-Match} with that tag answers 304 without a body.</li>
 * <li>A write whose operation has a version ({@link Versiegebruik}) takes it from {@code If-Match}: the tag's number
 * is put where the operation reads {@code versie} (the JSON body's top-level field, or the query of a DELETE). Both
 * given and different, or an {@code If-Match} that is not one strong tag of ours: 412. A stale {@code If-Match}
 * (someone changed it in between) is then a 412 too instead of the body's 409 (see {@link ApiFouten}). A write
 * that needs a version and has neither: 428.</li>
 * </ul>
 * The ETag is the version itself, not a hash: the server must turn an {@code If-Match} back into the {@code versie}
 * the service compares in its {@code update ... where versie = ?}, and an ETag is only compared with the same
 * resource's, so the number alone identifies the state. It runs after Spring Security, so 401/403 come first.
 */
@Component
@Order(0)
class VersieFilter extends OncePerRequestFilter {

    /** Request attribute: the version came from {@code If-Match}, so a stale one answers 412 instead of 409. */
    static final String UIT_IF_MATCH = VersieFilter.class.getName() + ".uitIfMatch";

    private static final Pattern STERK = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private final ApplicationContext context;
    private final JsonMapper json;
    private final ApiWeigering weigering;
    private final Map<java.lang.reflect.Method, Versiegebruik> gebruik = new ConcurrentHashMap<>();

    /** Per GET operation: whether its answer can carry a versie (derived from the declared return type). */
    private final Map<java.lang.reflect.Method, Boolean> metVersie = new ConcurrentHashMap<>();
    private volatile @Nullable RequestMappingHandlerMapping mapping;

    VersieFilter(ApplicationContext context, MessageSource messages, JsonMapper json, LocaleResolver talen) {
        this.context = context;
        this.json = json;
        this.weigering = new ApiWeigering(messages, json, talen);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> metEtag(request, response, chain);
            case "POST", "PUT", "PATCH", "DELETE" -> voorwaardelijk(request, response, chain);
            default -> chain.doFilter(request, response);
        }
    }

    // --- reading: ETag and If-None-Match ---

    private void metEtag(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HandlerMethod handler = handler(request);
        if (handler == null || !metVersie.computeIfAbsent(handler.getMethod(),
                m -> Versiegebruik.kanVersieGeven(handler))) {
            chain.doFilter(request, response); // a list or a type without versie: no buffering, no second parse
            return;
        }
        ContentCachingResponseWrapper kopie = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, kopie);
        String etag = kopie.getStatus() == HttpStatus.OK.value() ? etag(kopie) : null;
        if (etag != null) {
            kopie.setHeader(HttpHeaders.ETAG, etag);
            if (komtOvereen(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                kopie.setStatus(HttpStatus.NOT_MODIFIED.value());
                return; // the cached body is dropped: a 304 has none
            }
        }
        kopie.copyBodyToResponse();
    }

    private @Nullable String etag(ContentCachingResponseWrapper kopie) {
        String type = kopie.getContentType();
        if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return null;
        }
        byte[] inhoud = kopie.getContentAsByteArray();
        int i = 0;
        while (i < inhoud.length && Character.isWhitespace(inhoud[i])) {
            i++;
        }
        if (i == inhoud.length || inhoud[i] != '{') {
            return null;
        }
        try {
            JsonNode versie = json.readTree(inhoud).get(Versiegebruik.VERSIE);
            return versie != null && versie.isIntegralNumber() ? "\"" + versie.asLong() + "\"" : null;
        }
        catch (RuntimeException onleesbaar) {
            return null;
        }
    }

    /** Weak comparison (RFC 9110 §13.1.2), as If-None-Match asks. */
    private static boolean komtOvereen(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    // --- writing: If-Match, 412 and 428 ---

    private void voorwaardelijk(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HandlerMethod handler = handler(request);
        Versiegebruik versies = handler == null ? Versiegebruik.GEEN
                : gebruik.computeIfAbsent(handler.getMethod(), m -> Versiegebruik.van(handler));
        if (!versies.heeftVersie()) {
            chain.doFilter(request, response);
            return;
        }
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        Long gevraagd = null;
        if (ifMatch != null && !ifMatch.strip().equals("*")) {
            Matcher m = STERK.matcher(ifMatch.strip());
            if (!m.matches()) {
                mislukt(request, response, "fout.if-match.vorm");
                return;
            }
            gevraagd = Long.valueOf(m.group(1));
        }
        if (versies.plaats() == Versiegebruik.Plaats.QUERY) {
            inQuery(request, response, chain, versies, gevraagd);
        }
        else {
            inBody(request, response, chain, versies, gevraagd);
        }
    }

    private void inQuery(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Versiegebruik versies, @Nullable Long gevraagd) throws ServletException, IOException {
        String query = request.getParameter(Versiegebruik.VERSIE);
        if (gevraagd == null) {
            if (query == null && versies.nodig()) {
                weigering.schrijf(request, response, HttpStatus.PRECONDITION_REQUIRED, "fout.versie-nodig",
                        "versie-nodig");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (query != null && !query.strip().equals(gevraagd.toString())) {
            mislukt(request, response, "fout.if-match.verschilt");
            return;
        }
        request.setAttribute(UIT_IF_MATCH, Boolean.TRUE);
        chain.doFilter(new MetParameter(request, Versiegebruik.VERSIE, gevraagd.toString()), response);
    }

    private void inBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Versiegebruik versies, @Nullable Long gevraagd) throws ServletException, IOException {
        String type = request.getContentType();
        MediaType mediatype;
        try {
            mediatype = type == null ? null : MediaType.parseMediaType(type);
        }
        catch (RuntimeException onleesbaar) {
            mediatype = null;
        }
        if (mediatype == null || !mediatype.isCompatibleWith(MediaType.APPLICATION_JSON)
                && !mediatype.getSubtype().endsWith("+json")) {
            chain.doFilter(request, response); // the wrong Content-Type is a 415 first
            return;
        }
        byte[] inhoud = request.getInputStream().readAllBytes();
        ObjectNode body;
        try {
            body = json.readTree(inhoud) instanceof ObjectNode o ? o : null;
        }
        catch (RuntimeException onleesbaar) {
            body = null;
        }
        if (body == null) {
            chain.doFilter(new MetBody(request, inhoud), response); // unreadable: a 400 from the API
            return;
        }
        JsonNode inBody = body.get(Versiegebruik.VERSIE);
        boolean leeg = inBody == null || inBody.isNull();
        if (gevraagd == null) {
            if (leeg && versies.nodig()) {
                weigering.schrijf(request, response, HttpStatus.PRECONDITION_REQUIRED, "fout.versie-nodig",
                        "versie-nodig");
                return;
            }
            chain.doFilter(new MetBody(request, inhoud), response);
            return;
        }
        if (!leeg && !(inBody.isIntegralNumber() && inBody.canConvertToLong() && inBody.asLong() == gevraagd)) {
            mislukt(request, response, "fout.if-match.verschilt");
            return;
        }
        body.put(Versiegebruik.VERSIE, gevraagd.longValue());
        byte[] metVersie;
        try {
            metVersie = json.writeValueAsBytes(body);
        }
        catch (RuntimeException teDiep) {
            // readable but not writable again (nested deeper than Jackson writes): the API would refuse it too
            weigering.schrijf(request, response, HttpStatus.BAD_REQUEST, "fout.onleesbaar", "onleesbaar");
            return;
        }
        request.setAttribute(UIT_IF_MATCH, Boolean.TRUE);
        chain.doFilter(new MetBody(request, metVersie), response);
    }

    private void mislukt(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        weigering.schrijf(request, response, HttpStatus.PRECONDITION_FAILED, code, "voorwaarde-mislukt");
    }

    /**
     * The API operation that will handle the request, found as the DispatcherServlet will find it, on a copy of the
     * request's attributes so the lookup leaves no trace; {@code null} when none (the DispatcherServlet then
     * answers 404, 405 or 415 itself).
     */
    private @Nullable HandlerMethod handler(HttpServletRequest request) {
        RequestMappingHandlerMapping m = mapping;
        if (m == null) {
            m = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            mapping = m;
        }
        try {
            LosseAttributen los = new LosseAttributen(request);
            ServletRequestPathUtils.parseAndCache(los);
            HandlerExecutionChain keten = m.getHandler(los);
            return keten != null && keten.getHandler() instanceof HandlerMethod h ? h : null;
        }
        catch (Exception geenHandler) {
            return null;
        }
    }

    /** Attributes set during the handler lookup stay in this wrapper. */
    private static final class LosseAttributen extends HttpServletRequestWrapper {

        private final Map<String, @Nullable Object> eigen = new HashMap<>();

        LosseAttributen(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return eigen.containsKey(name) ? eigen.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, @Nullable Object o) {
            eigen.put(name, o);
        }

        @Override
        public void removeAttribute(String name) {
            eigen.put(name, null);
        }
    }

    /** The request with the version of {@code If-Match} as its query parameter. */
    private static final class MetParameter extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        MetParameter(HttpServletRequest request, String naam, String waarde) {
            super(request);
            Map<String, String[]> p = new LinkedHashMap<>(request.getParameterMap());
            p.put(naam, new String[] { waarde });
            this.parameters = Collections.unmodifiableMap(p);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] w = parameters.get(name);
            return w == null || w.length == 0 ? null : w[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }
    }

    /** The request with a body read once (and possibly given the version of {@code If-Match}). */
    private static final class MetBody extends HttpServletRequestWrapper {

        private final byte[] inhoud;

        MetBody(HttpServletRequest request, byte[] inhoud) {
            super(request);
            this.inhoud = inhoud;
        }

        @Override
        public int getContentLength() {
            return inhoud.length;
        }

        @Override
        public long getContentLengthLong() {
            return inhoud.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bron = new ByteArrayInputStream(inhoud);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bron.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bron.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return bron.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(charset)));
        }
    }
}
