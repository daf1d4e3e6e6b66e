package dev.parley.store.mail;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.mail.mime.MessageParser;
import dev.parley.mail.mime.ParsedMessage;
import org.junit.jupiter.api.Test;

class MetadataJsonTest {

    static final String MESSAGE = String.join("\r\n",
            "From: \"Alice A.\" <alice@example.test>",
            "To: bob@example.test, Team: carol@example.test;",
            "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=",
            "Message-ID: <1@example.test>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"b\"; charset=x; a=1",
            "",
            "--b",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "hello",
            "--b",
            "Content-Type: message/rfc822",
            "Content-Disposition: attachment; filename=\"fwd.eml\"",
            "",
            "Subject: inner",
            "",
            "inner body",
            "--b--",
            "");

    @Test
    void envelopeAndBodyStructureSurviveTheRoundTrip() {
        ParsedMessage parsed = new MessageParser().parse(MESSAGE.getBytes(UTF_8));
        assertEquals(parsed.envelope(), MetadataJson.readEnvelope(MetadataJson.envelope(parsed.envelope())));
        String json = MetadataJson.bodyStructure(parsed.body());
        assertEquals(parsed.body(), MetadataJson.readBodyStructure(json));
        assertTrue(json.contains("\"params\":[[\"boundary\",\"b\"],[\"charset\",\"x\"],[\"a\",\"1\"]]"), json);
    }

    @Test
    void headerTextIsUnfoldedDecodedAndLowerCasedByName() {
        String headers = HeaderText.of(("Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n and more\r\nX-Long:\r\n\tvalue\r\n"
                + "not a field\r\n\r\nbody: no").getBytes(UTF_8));
        assertEquals("subject: Grüße and more\nx-long: value\n", headers);
    }

    @Test
    void sortKeysFollowRfc5256() {
        ParsedMessage parsed = new MessageParser().parse(MESSAGE.getBytes(UTF_8));
        SortKeys keys = SortKeys.of(parsed, java.time.Instant.EPOCH);
        assertEquals("alice", keys.from());
        assertEquals("bob", keys.to());
        assertEquals(java.time.Instant.EPOCH, keys.date(), "no Date header: the internal date");
    }
}
