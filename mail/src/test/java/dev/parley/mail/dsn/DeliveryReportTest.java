package dev.parley.mail.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryReportTest {

    private static final byte[] ORIGINAL = "Subject: hello\nFrom: a@x.test\n\nbody line\n".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    private static String render(DeliveryReport r) throws Exception {
        return new String(r.render(NOW, new ByteArrayInputStream(ORIGINAL)), StandardCharsets.UTF_8);
    }

    @Test
    void failureCarriesTheStatusFieldsAndTheWholeOriginal() throws Exception {
        String s = render(new DeliveryReport("mx.parley.test", "a@x.test", "env-1", NOW.minusSeconds(60), null,
                List.of(new DsnRecipient("b@y.test", "rfc822;B@y.test", DsnAction.FAILED,
                        "550 5.1.1 no such user (127.0.0.1:2626)", "127.0.0.1", null))));
        assertTrue(s.contains("Content-Type: multipart/report; report-type=delivery-status;"), s);
        assertTrue(s.contains("\r\nReporting-MTA: dns; mx.parley.test\r\nOriginal-Envelope-Id: env-1\r\n"), s);
        assertTrue(s.contains("\r\n\r\nOriginal-Recipient: rfc822;B@y.test\r\nFinal-Recipient: rfc822; b@y.test\r\n"
                + "Action: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; 127.0.0.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 no such user (127.0.0.1:2626)\r\n"), s);
        assertTrue(s.contains("Content-Type: message/rfc822\r\n\r\nSubject: hello\r\nFrom: a@x.test\r\n\r\nbody line\r\n"), s);
        assertTrue(s.contains("To: <a@x.test>"));
        assertTrue(s.contains("Auto-Submitted: auto-replied"));
    }

    @Test
    void retHdrsAndDelaysCarryOnlyTheHeader() throws Exception {
        String s = render(new DeliveryReport("h", "a@x.test", null, null, null, List.of(new DsnRecipient("b@y.test",
                null, DsnAction.DELAYED, "421 4.4.2 connection refused", null, NOW.plusSeconds(3600)))));
        assertTrue(s.contains("Content-Type: text/rfc822-headers\r\n\r\nSubject: hello\r\nFrom: a@x.test\r\n\r\n--"), s);
        assertFalse(s.contains("body line"));
        assertTrue(s.contains("Status: 4.4.2"));
        assertTrue(s.contains("Will-Retry-Until: "));
        assertFalse(s.contains("Original-Envelope-Id"));
        String f = render(new DeliveryReport("h", "a@x.test", null, null, "hdrs",
                List.of(new DsnRecipient("b@y.test", null, DsnAction.FAILED, "no code", null, null))));
        assertFalse(f.contains("body line"));
        assertTrue(f.contains("Status: 5.0.0"));
    }

    @Test
    void neverForTheNullSender() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryReport("h", "", null, null, null,
                List.of(new DsnRecipient("b@y.test", null, DsnAction.FAILED, "550 5.1.1 x", null, null))));
    }

    @Test
    void statusFromTheEnhancedCode() {
        assertEquals("2.0.0", new DsnRecipient("b@y.test", null, DsnAction.DELIVERED, "250 ok", null, null).status());
        assertEquals("5.7.1", new DsnRecipient("b@y.test", null, DsnAction.FAILED, "554 5.7.1 relay", null, null).status());
    }
}
