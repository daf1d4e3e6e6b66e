package dev.parley.mail.mime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile and broken input: never an exception, always a valid structure within the limits. */
class MalformedInputTest {

    private final MessageParser parser = new MessageParser(new MimeLimits(4096, 20, 5, 1000));

    @Test
    void randomBinaryJunkNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[random.nextInt(5000)];
            random.nextBytes(junk);
            ParsedMessage m = assertDoesNotThrow(() -> parser.parse(junk));
            assertEquals(junk.length, m.size());
            assertValid(m.body(), junk.length);
        }
    }

    @Test
    void mutatedCorpusNeverThrows() {
        Random random = new Random(7);
        String[] names = {"alternative.eml", "mixed-attachment.eml", "nested-rfc822.eml", "missing-end-boundary.eml"};
        for (String name : names) {
            byte[] original = Corpus.crlf(name);
            for (int i = 0; i < 200; i++) {
                byte[] raw = original.clone();
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    raw[random.nextInt(raw.length)] = (byte) "\r\n-:;=\"<>@ x\u00ff".charAt(random.nextInt(13));
                }
                int cut = random.nextInt(raw.length + 1);
                byte[] truncated = java.util.Arrays.copyOf(raw, cut);
                ParsedMessage m = assertDoesNotThrow(() -> parser.parse(truncated));
                assertValid(m.body(), truncated.length);
            }
        }
    }

    @Test
    void nestingDeeperThanTheLimitBecomesAnOpaqueLeaf() {
        StringBuilder b = new StringBuilder();
        int levels = 12;
        for (int i = 0; i < levels; i++) {
            b.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
        }
        b.append("Content-Type: text/plain\n\ndeep\n");
        for (int i = levels - 1; i >= 0; i--) {
            b.append("--b").append(i).append("--\n");
        }
        byte[] raw = Corpus.crlfText(b.toString());
        ParsedMessage m = parser.parse(raw);
        int depth = 0;
        BodyPart p = m.body();
        while (p.isMultipart()) {
            p = p.parts().get(0);
            depth++;
        }
        assertEquals(5, depth, "multiparts down to the depth limit");
        assertEquals("application/octet-stream", p.mimeType());
        assertTrue(Corpus.cut(raw, p.offsets(), false).contains("deep"));
        assertValid(m.body(), raw.length);
    }

    @Test
    void partsBeyondTheLimitStayInsideTheirMultipart() {
        StringBuilder b = new StringBuilder("Content-Type: multipart/mixed; boundary=p\n\n");
        for (int i = 0; i < 50; i++) {
            b.append("--p\n\npart ").append(i).append('\n');
        }
        b.append("--p--\n");
        byte[] raw = Corpus.crlfText(b.toString());
        BodyPart root = parser.parse(raw).body();
        assertEquals(20, root.parts().size());
        assertEquals("part 19", Corpus.cut(raw, root.parts().get(19).offsets(), false));
        assertEquals(raw.length, root.offsets().end());
    }

    @Test
    void hugeHeaderLineIsBoundedAndLaterFieldsStillCountInOffsets() {
        String huge = "X-Huge: " + "a".repeat(200_000) + "\n";
        byte[] raw = Corpus.crlfText("Subject: first\n" + huge + "From: late@example.org\n\nbody\n");
        ParsedMessage m = parser.parse(raw);
        assertEquals("first", m.envelope().subject());
        assertEquals(raw.length - 6, m.headerLength());
        assertEquals("body\r\n", Corpus.cut(raw, m.body().offsets(), false));
        assertTrue(m.envelope().from().isEmpty(), "fields past maxHeaderBytes are not interpreted");
    }

    @Test
    void hugeBodyLineIsNotMistakenForADelimiter() {
        String line = "x".repeat(20_000) + "--b";
        byte[] raw = Corpus.crlfText("Content-Type: multipart/mixed; boundary=b\n\n--b\n\n" + line + "\n--b--\n");
        BodyPart root = parser.parse(raw).body();
        assertEquals(1, root.parts().size());
        assertEquals(line, Corpus.cut(raw, root.parts().get(0).offsets(), false));
    }

    @Test
    void searchTextIsBounded() {
        byte[] raw = Corpus.crlfText("Subject: s\n\n" + "word ".repeat(10_000));
        assertEquals(1000, parser.parse(raw).searchText().length());
    }

    @Test
    void base64MessageRfc822IsALeaf() {
        byte[] raw = Corpus.crlfText("Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\nU3ViamVjdDogeA==\n");
        BodyPart body = parser.parse(raw).body();
        assertEquals("message/rfc822", body.mimeType());
        assertTrue(!body.isEncapsulatedMessage());
    }

    @Test
    void partWithoutHeaderOrBlankLineEndsAtTheNextDelimiter() {
        byte[] raw = Corpus.crlfText("Content-Type: multipart/mixed; boundary=q\n\n--q\n--q\nContent-Type: text/plain\n--q--\n");
        BodyPart root = parser.parse(raw).body();
        assertEquals(2, root.parts().size());
        for (BodyPart p : root.parts()) {
            assertEquals(0, p.size());
        }
        assertEquals("Content-Type: text/plain", Corpus.cut(raw, root.parts().get(1).offsets(), true));
    }

    @Test
    void garbageContentTypeFallsBackToTextPlain() {
        byte[] raw = "Content-Type: ;;;=\"\r\nContent-Transfer-Encoding: \r\n\r\nx".getBytes(StandardCharsets.US_ASCII);
        BodyPart body = parser.parse(raw).body();
        assertEquals("text/plain", body.mimeType());
        assertEquals("7bit", body.encoding());
    }

    /** Offsets nest, lie within the message, and every multipart has parts. */
    static void assertValid(BodyPart p, long size) {
        Offsets o = p.offsets();
        assertTrue(o.end() <= size, "end " + o.end() + " beyond " + size);
        assertEquals(o.bodyLength(), p.size());
        for (BodyPart c : p.parts()) {
            assertTrue(c.offsets().headerStart() >= o.bodyStart() && c.offsets().end() <= o.end());
            assertValid(c, size);
        }
        if (p.messageBody() != null) {
            assertEquals(o.bodyStart(), p.messageBody().offsets().headerStart());
            assertTrue(p.messageBody().offsets().end() <= o.end());
            assertValid(p.messageBody(), size);
        }
    }
}
