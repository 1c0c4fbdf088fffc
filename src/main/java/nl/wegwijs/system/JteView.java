package nl.wegwijs.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * A page rendered by a precompiled JTE template from the controller's model. The page is written in one piece after
 * rendering, so an error half-way gives the error page, never half a page.
 */
final class JteView implements View {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private final String template;
    private final String naam;
    private final MessageSource messages;
    private final @Nullable RequestDataValueProcessor formulieren;
    private final @Nullable ViewResolver vergelijkMet;

    JteView(String template, String naam, MessageSource messages, @Nullable RequestDataValueProcessor formulieren,
            @Nullable ViewResolver vergelijkMet) {
        this.template = template;
        this.naam = naam;
        this.messages = messages;
        this.formulieren = formulieren;
        this.vergelijkMet = vergelijkMet;
    }

    static TemplateEngine engine() {
        return ENGINE;
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Map<String, ?> m = model == null ? Map.of() : model;
        String oud = vergelijkMet == null ? null : thymeleaf(m, request, response);
        Utf8ByteOutput uitvoer = render(m, request);
        if (oud != null) {
            vergelijk(oud, new String(uitvoer.toByteArray(), StandardCharsets.UTF_8));
        }
        if (vergelijkMet != null) {
            Path map = Path.of("target", "jte-verschillen");
            Files.createDirectories(map);
            Files.writeString(map.resolve("gerenderd.txt"), template + (oud == null ? " (no Thymeleaf template)" : "")
                    + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        response.setContentType(getContentType());
        response.setContentLength(uitvoer.getContentLength());
        uitvoer.writeTo(response.getOutputStream());
    }

    private Utf8ByteOutput render(Map<String, ?> model, HttpServletRequest request) {
        Utf8ByteOutput uitvoer = new Utf8ByteOutput();
        Templates.Render vorige = Templates.start(
                new Templates.Render(model, request, LocaleContextHolder.getLocale(), messages, formulieren));
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parameters = (Map<String, Object>) model;
            ENGINE.render(template, parameters, uitvoer);
        }
        finally {
            Templates.stop(vorige);
        }
        return uitvoer;
    }

    // ---- the migration's check (issue 21): the same page from Thymeleaf, compared; tests only ----

    private @Nullable String thymeleaf(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        View oud = vergelijkMet.resolveViewName(naam, LocaleContextHolder.getLocale());
        if (oud == null) {
            return null;
        }
        StringWriter tekst = new StringWriter();
        PrintWriter writer = new PrintWriter(tekst);
        HttpServletResponseWrapper opvang = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }

                    @Override
                    public void write(int b) {
                        writer.write(b);
                    }
                };
            }

            @Override
            public void setContentType(String type) {
            }

            @Override
            public void setCharacterEncoding(String charset) {
            }

            @Override
            public void setLocale(java.util.Locale loc) {
            }
        };
        oud.render(model, request, opvang);
        writer.flush();
        return tekst.toString();
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"_(formulier|csrf)\" value=\"[^\"]*\"");
    private static final Pattern KOMMENTAAR = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ENTITEIT = Pattern.compile(
            "&(?!(?:lt|gt|amp|quot|#34|#39|#x27|#60|#62|#38);)(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);");
    private static final Pattern TEKST = Pattern.compile(">([^<>]*)<");
    private static final Pattern SPATIE = Pattern.compile("\\s+");

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUUT = Pattern.compile("([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    /** The page as a user and axe see it: whitespace, attribute order, quoting and per-request tokens aside. */
    static String normaal(String html) {
        String s = TOKEN.matcher(html).replaceAll("name=\"_$1\" value=\"\"");
        s = KOMMENTAAR.matcher(s).replaceAll("");
        // a character reference other than the markup-significant ones is its character (Thymeleaf's th:field
        // writes &euml;, JTE the letter); &quot; in text is a plain quote (Thymeleaf's th:text escapes it, JTE not)
        s = ENTITEIT.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                org.springframework.web.util.HtmlUtils.htmlUnescape(m.group())));
        s = TEKST.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                ">" + m.group(1).replace("&quot;", "\"").replace("&#34;", "\"") + "<"));
        s = s.replace("&#39;", "'").replace("&#34;", "&quot;").replace("&#x27;", "'").replace("&amp;", "&");
        s = TAG.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(tag(m.group(1), m.group(2))));
        s = SPATIE.matcher(s).replaceAll(" ");
        s = s.replace("> <", "><").replace("> ", ">").replace(" <", "<");
        return s.replace("><", ">\n<").strip();
    }

    private static String tag(String naam, String attributen) {
        java.util.TreeMap<String, String> a = new java.util.TreeMap<>();
        java.util.regex.Matcher m = ATTRIBUUT.matcher(attributen);
        while (m.find()) {
            String waarde = m.group(2);
            if (waarde != null && (waarde.startsWith("\"") || waarde.startsWith("'"))) {
                waarde = waarde.substring(1, waarde.length() - 1);
            }
            if (waarde != null) {
                waarde = waarde.replace("&gt;", ">");
            }
            a.put(m.group(1), waarde == null || waarde.equals(m.group(1)) ? "" : "=\"" + waarde.strip() + "\"");
        }
        StringBuilder b = new StringBuilder("<").append(naam);
        a.forEach((k, v) -> b.append(' ').append(k).append(v));
        return b.append('>').toString();
    }

    private void vergelijk(String thymeleaf, String jte) throws IOException {
        String a = normaal(thymeleaf);
        String b = normaal(jte);
        if (a.equals(b)) {
            return;
        }
        Path map = Path.of("target", "jte-verschillen");
        Files.createDirectories(map);
        String bestand = template.replace('/', '_') + "-" + Integer.toHexString(a.hashCode());
        Files.writeString(map.resolve(bestand + ".thymeleaf.html"), a);
        Files.writeString(map.resolve(bestand + ".jte.html"), b);
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) {
            i++;
        }
        throw new IllegalStateException("JTE template " + template + " differs from Thymeleaf's " + naam
                + " at line " + (i + 1) + ": thymeleaf [" + (i < x.length ? x[i] : "") + "] jte ["
                + (i < y.length ? y[i] : "") + "] (both in target/jte-verschillen/" + bestand + ".*.html)");
    }
}
