package nl.wegwijs.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts the trace of a request (Logboek Dataverwerkingen: an application starts a trace for every processing that
 * has none, and accepts W3C Trace Context from its callers): the trace id of a valid {@code traceparent} header, else a
 * new one, in the MDC for the length of the request and in the {@code traceparent} response header. Runs first,
 * before Spring Security, so a login is traced too.
 */
final class TraceFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String gegeven = Trace.uitHeader(request.getHeader(Trace.HEADER));
        String traceId = gegeven != null ? gegeven : Trace.nieuw();
        MDC.put(Trace.MDC_SLEUTEL, traceId);
        response.setHeader(Trace.HEADER, Trace.traceparent(traceId));
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(Trace.MDC_SLEUTEL);
        }
    }
}
