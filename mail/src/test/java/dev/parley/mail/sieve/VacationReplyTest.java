package dev.parley.mail.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RFC 5230 §5: the reply message a vacation action sends. */
class VacationReplyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    private static Action.Vacation vacation(String subject, String reason, boolean mime) {
        return new Action.Vacation("a@example.net", null, subject, reason, mime, "h", Duration.ofDays(7),
                "<m1@example.net>", "<m0@example.net> <m1@example.net>");
    }

    private static String render(Action.Vacation v) {
        return new String(new VacationReply(v, "ken@example.org", "mx.example.org").render(NOW), StandardCharsets.UTF_8);
    }

    @Test
    void carriesTheRfc5230Section5Fields() {
        String m = render(vacation("Auto: lunch", "I'm away\nuntil Monday", false));
        String header = m.substring(0, m.indexOf("\r\n\r\n") + 2);
        assertTrue(header.contains("From: ken@example.org\r\n"), header); // §5.5
        assertTrue(header.contains("To: <a@example.net>\r\n"), header); // §5.6
        assertTrue(header.contains("Subject: Auto: lunch\r\n"), header); // §5.4
        assertTrue(header.contains("Date: Wed, 25 Nov 2026 06:00:00 GMT\r\n"), header); // §5.3
        assertTrue(header.contains("Auto-Submitted: auto-replied\r\n"), header); // §5.7
        assertTrue(header.contains("In-Reply-To: <m1@example.net>\r\n"), header); // §5.8
        assertTrue(header.contains("References: <m0@example.net> <m1@example.net>\r\n"), header);
        assertTrue(header.contains("Message-ID: <"), header);
        assertTrue(header.contains("Content-Type: text/plain; charset=utf-8\r\n"), header); // §5.9
        assertTrue(m.endsWith("\r\n\r\nI'm away\r\nuntil Monday\r\n"), m);
        assertFalse(m.replace("\r\n", "").contains("\n"), "CRLF line ends only");
    }

    @Test
    void mimeReasonIsTheWholeBodyEntity() {
        String entity = "Content-Type: text/html; charset=us-ascii\n\n<p>away</p>\n";
        String m = render(vacation("Auto: x", entity, true));
        assertTrue(m.contains("MIME-Version: 1.0\r\nContent-Type: text/html; charset=us-ascii\r\n\r\n<p>away</p>\r\n"), m);
        assertFalse(m.contains("text/plain"), m);
    }

    @Test
    void nonAsciiSubjectsAreEncodedWordsAndHeaderInjectionIsFolded() {
        String subject = "Abwesenheit: Grüße aus München, bis Montag — ".repeat(3).strip();
        String m = render(vacation(subject + "\r\nBcc: victim@example.com", "x", false));
        String line = m.lines().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow();
        assertTrue(line.startsWith("Subject: =?utf-8?B?"), line);
        assertFalse(m.contains("\r\nBcc:"), "a script cannot add header fields through :subject");
        StringBuilder decoded = new StringBuilder();
        for (String word : m.substring(m.indexOf("Subject: ") + 9, m.indexOf("\r\nDate:")).split("\r\n ")) {
            assertTrue(word.length() <= 75, "RFC 2047 §2: encoded word of at most 75 characters: " + word);
            decoded.append(new String(Base64.getDecoder().decode(word.substring(10, word.length() - 2)),
                    StandardCharsets.UTF_8));
        }
        assertEquals(subject + " Bcc: victim@example.com", decoded.toString());
    }

    @Test
    void neverToTheNullReversePath() {
        Action.Vacation v = new Action.Vacation("", null, "s", "r", false, "h", Duration.ofDays(1), null, null);
        assertThrows(IllegalArgumentException.class, () -> new VacationReply(v, "ken@example.org", "mx"));
    }
}
