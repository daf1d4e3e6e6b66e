package dev.parley.web.ops;

import dev.parley.directory.api.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per HTTP request: method, path, status, duration, user and request id. The id comes
 * from {@code X-Request-Id} (or is generated), is echoed in the response and is in the MDC and a
 * request attribute while the request runs, so other log lines and problem details can name it.
 * Never logs query strings (they may hold codes or tokens) or bodies. Mapped first in web.xml.
 */
public class RequestLogFilter extends HttpFilter {

    static final String LOGGER_NAME = "dev.parley.web.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    /** Request attribute set by the API's bearer filter (the JAX-RS principal is not the servlet one). */
    private static final String CALLER_ATTRIBUTE = "parley.caller";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String id = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.info("{} {} {} {}ms user={} rid={}", request.getMethod(), path(request), status, ms, user(request), id);
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri == null ? "-" : uri.replaceAll("[\\r\\n\\t ]", "_");
    }

    static String user(HttpServletRequest request) {
        if (request.getAttribute(CALLER_ATTRIBUTE) instanceof Caller caller) {
            return caller.username();
        }
        Principal principal = request.getUserPrincipal();
        return principal == null ? "-" : principal.getName();
    }
}
