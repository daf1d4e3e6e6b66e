package dev.parley.web.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.directory.api.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.MDC;

class RequestLogFilterTest {

    private final RequestLogFilter filter = new RequestLogFilter();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);

    @Test
    void saneClientIdIsKeptAndEchoed() throws Exception {
        when(request.getHeader(RequestIds.HEADER)).thenReturn("abc-123");
        AtomicReference<String> inMdc = new AtomicReference<>();
        doAnswer(call -> {
            inMdc.set(MDC.get(RequestIds.MDC_KEY));
            return null;
        }).when(chain).doFilter(request, response);

        filter.doFilter(request, response, chain);

        verify(response).setHeader(RequestIds.HEADER, "abc-123");
        verify(request).setAttribute(RequestIds.ATTRIBUTE, "abc-123");
        assertEquals("abc-123", inMdc.get(), "the id is in the MDC while the request runs");
        assertNull(MDC.get(RequestIds.MDC_KEY), "and gone afterwards");
    }

    @Test
    void missingOrForgedIdIsReplaced() throws Exception {
        when(request.getHeader(RequestIds.HEADER)).thenReturn("evil\r\nINFO fake log line");

        filter.doFilter(request, response, chain);

        ArgumentCaptor<String> id = ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(eq(RequestIds.HEADER), id.capture());
        assertNotEquals("evil\r\nINFO fake log line", id.getValue());
        UUID.fromString(id.getValue());
    }

    @Test
    void userIsTheApiCallerOrThePrincipal() {
        when(request.getAttribute("parley.caller")).thenReturn(new Caller("parley-admin", Set.of("admin")));
        assertEquals("parley-admin", RequestLogFilter.user(request));

        HttpServletRequest browser = mock(HttpServletRequest.class);
        Principal alice = () -> "alice@example.test";
        when(browser.getUserPrincipal()).thenReturn(alice);
        assertEquals("alice@example.test", RequestLogFilter.user(browser));

        assertEquals("-", RequestLogFilter.user(mock(HttpServletRequest.class)));
    }

    @Test
    void generatesIdsWhenAbsent() {
        assertEquals(36, RequestIds.acceptOrGenerate(null).length());
        assertEquals("x".repeat(128), RequestIds.acceptOrGenerate("x".repeat(128)));
        assertEquals(36, RequestIds.acceptOrGenerate("x".repeat(129)).length());
    }
}
