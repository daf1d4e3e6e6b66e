package dev.parley.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageParserTest {

    private final MessageParser parser = new MessageParser();

    @Test
    void simpleTextMessageHasEnvelopeSizesAndThreadKeys() {
        byte[] raw = Corpus.crlf("simple.eml");
        ParsedMessage m = parser.parse(raw);
        Envelope e = m.envelope();
        assertEquals("Mon, 7 Feb 1994 21:52:25 -0800 (PST)", e.date());
        assertEquals("Re: [parley-dev] Fwd: lunch (fwd)", e.subject());
        assertEquals(List.of(new Address("Alice Example", null, "alice", "example.org")), e.from());
        assertEquals(List.of(), e.sender(), "absent Sender stays absent; the renderer defaults it");
        assertEquals(e.from(), e.senderOrFrom());
        assertEquals(List.of(new Address(null, null, "bob", "example.com"),
                new Address("Carol Q. Public", null, "carol", "example.net")), e.to());
        assertEquals("<B27397-0100000@example.org>", e.messageId());
        assertEquals("<parent@example.org>", e.inReplyTo());

        assertEquals(raw.length, m.size());
        String text = new String(raw, java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(text.indexOf("\r\n\r\n") + 4, m.headerLength());
        BodyPart body = m.body();
        assertEquals("text/plain", body.mimeType());
        assertEquals(Map.of("charset", "us-ascii"), body.params());
        assertEquals("7bit", body.encoding());
        assertEquals(new Offsets(0, m.headerLength(), raw.length), body.offsets());
        assertEquals("Hello Bob,\r\n\r\nlunch at noon?\r\n", Corpus.cut(raw, body.offsets(), false));
        assertEquals(3, body.lines());
        assertEquals(body.offsets().bodyLength(), body.size());

        assertEquals(new ThreadKeys("<B27397-0100000@example.org>", List.of("<parent@example.org>"), "lunch"),
                m.threadKeys());
        assertEquals(Instant.parse("1994-02-08T05:52:25Z"), m.sentDate());
        assertTrue(m.searchText().contains("lunch at noon?"));
        assertTrue(m.searchText().contains("Carol Q. Public"));
    }

    @Test
    void alternativeHasTwoPartsWithExactOffsetsAndDecodedSearchText() {
        byte[] raw = Corpus.crlf("alternative.eml");
        ParsedMessage m = parser.parse(raw);
        BodyPart root = m.body();
        assertEquals("multipart/alternative", root.mimeType());
        assertEquals(Map.of("boundary", "alt-b"), root.params());
        assertEquals(2, root.parts().size());
        BodyPart plain = root.parts().get(0);
        BodyPart html = root.parts().get(1);
        assertEquals("quoted-printable", plain.encoding());
        assertEquals("Caf=C3=A9 au lait", Corpus.cut(raw, plain.offsets(), false));
        assertEquals("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n",
                Corpus.cut(raw, plain.offsets(), true));
        assertEquals(1, plain.lines());
        assertEquals(17, plain.size());
        assertEquals("text/html", html.mimeType());
        assertTrue(Corpus.cut(raw, html.offsets(), false).endsWith("</html>"));
        // the multipart's body runs from the preamble to the end of the epilogue
        assertEquals("preamble is ignored\r\n--alt-b", Corpus.cut(raw, root.offsets(), false).substring(0, 28));
        assertEquals(raw.length, root.offsets().end());
        // envelope values stay raw (RFC 9051 §7.5.2); search text is decoded
        assertEquals("=?ISO-8859-1?Q?Andr=E9?= Pirard", m.envelope().from().get(0).name());
        assertEquals("If you can read this you understand the example.", m.threadKeys().baseSubject());
        assertEquals(List.of("<a@example.org>", "<b@example.org>"), m.threadKeys().references());
        assertTrue(m.searchText().contains("André Pirard"));
        assertTrue(m.searchText().contains("Keld Jørn Simonsen"));
        assertTrue(m.searchText().contains("Café au lait"), m.searchText());
        assertTrue(m.searchText().contains("Café au lait\nCafé au lait"), "HTML reduced to text");
        assertFalse(m.searchText().contains("x()"), "script bodies are not text");
    }

    @Test
    void attachmentKeepsRawParametersAndAllMimeFields() {
        byte[] raw = Corpus.crlf("mixed-attachment.eml");
        BodyPart root = parser.parse(raw).body();
        assertEquals("multipart/mixed", root.mimeType());
        BodyPart text = root.parts().get(0);
        assertEquals("See attached.\r\n", Corpus.cut(raw, text.offsets(), false));
        assertEquals(1, text.lines(), "the blank line before the delimiter is part of the body");
        BodyPart pdf = root.parts().get(1);
        assertEquals("application/pdf", pdf.mimeType());
        assertEquals(Map.of("name", "report.pdf"), pdf.params());
        assertEquals("base64", pdf.encoding());
        assertEquals("<pdf1@example.org>", pdf.id());
        assertEquals("yearly report", pdf.description());
        assertEquals("Q2hlY2sgSW50ZWdyaXR5IQ==", pdf.md5());
        assertEquals(List.of("fr", "en"), pdf.language());
        assertEquals("http://example.org/r.pdf", pdf.location());
        assertEquals(0, pdf.lines(), "lines only for text and message/rfc822");
        assertEquals("JVBERi0xLjQK\r\nJSVFT0YK", Corpus.cut(raw, pdf.offsets(), false));
        Disposition d = pdf.disposition();
        assertTrue(d.isAttachment());
        assertEquals(List.of("filename*0*", "filename*1"), List.copyOf(d.params().keySet()));
        assertEquals(Map.of("filename", "€ rapport annuel.pdf"), HeaderDecoder.decodeParameters(d.params()));
    }

    @Test
    void encapsulatedMessageHasItsOwnEnvelopeAndStructure() {
        byte[] raw = Corpus.crlf("nested-rfc822.eml");
        ParsedMessage m = parser.parse(raw);
        BodyPart rfc822 = m.body().parts().get(1);
        assertEquals("message/rfc822", rfc822.mimeType());
        assertTrue(rfc822.isEncapsulatedMessage());
        assertEquals("forwarded", rfc822.description());
        Envelope inner = rfc822.messageEnvelope();
        assertEquals("the original", inner.subject());
        assertEquals("<inner@example.net>", inner.messageId());
        assertEquals(List.of(new Address("Heidi", null, "heidi", "example.net")), inner.from());
        BodyPart alt = rfc822.messageBody();
        assertEquals(rfc822.offsets().bodyStart(), alt.offsets().headerStart());
        assertEquals(rfc822.offsets().end(), alt.offsets().end());
        assertEquals("multipart/alternative", alt.mimeType());
        assertEquals("inner text\r\nsecond line", Corpus.cut(raw, alt.parts().get(0).offsets(), false));
        assertEquals(2, alt.parts().get(0).lines());
        assertEquals("<p>inner text</p>", Corpus.cut(raw, alt.parts().get(1).offsets(), false));
        String whole = Corpus.cut(raw, rfc822.offsets(), false);
        assertTrue(whole.startsWith("From: Heidi") && whole.endsWith("--inner--\r\n"), whole);
        assertEquals(whole.split("\r\n", -1).length - 1, rfc822.lines(), "lines of the whole encapsulated message");
        assertEquals("the original", m.threadKeys().baseSubject());
    }

    @Test
    void rawUtf8HeadersAreReadAsUtf8() {
        ParsedMessage m = parser.parse(Corpus.crlf("utf8-headers.eml"));
        assertEquals("Grüße aus Köln", m.envelope().subject());
        assertEquals(List.of(new Address("Jörg Müller", null, "jörg", "bücher.example")), m.envelope().from());
        assertEquals("李四", m.envelope().to().get(0).name());
        assertTrue(m.searchText().contains("Schöne Grüße!"));
    }

    @Test
    void groupSyntaxBecomesRfc9051Markers() {
        Envelope e = parser.parse(Corpus.crlf("group.eml")).envelope();
        assertEquals(List.of(Address.groupStart("undisclosed-recipients"), Address.groupEnd()), e.to());
        assertTrue(e.to().get(0).isGroupStart());
        assertTrue(e.to().get(1).isGroupEnd());
        assertEquals(List.of(Address.groupStart("Team"), new Address(null, null, "judy", "example.org"),
                new Address("Mallory", null, "mallory", "example.org"), Address.groupEnd(),
                new Address(null, null, "oscar", "example.org")), e.cc());
        assertEquals(List.of(new Address(null, "@relay.example", "peggy", "example.org")), e.bcc());
        assertEquals(List.of(new Address(null, null, "list-owner", "example.org")), e.sender());
        assertEquals(List.of(new Address(null, null, "replies", "example.org")), e.replyToOrFrom());
    }

    @Test
    void missingCloseDelimiterEndsPartsAtEndOfMessage() {
        byte[] raw = Corpus.crlf("missing-end-boundary.eml");
        BodyPart root = parser.parse(raw).body();
        assertEquals(2, root.parts().size());
        assertEquals("first", Corpus.cut(raw, root.parts().get(0).offsets(), false));
        assertEquals("second, and the message ends without a close delimiter\r\n",
                Corpus.cut(raw, root.parts().get(1).offsets(), false));
        assertEquals(raw.length, root.parts().get(1).offsets().end());
    }

    @Test
    void multipartWithoutBoundaryDegradesToText() {
        byte[] raw = Corpus.crlf("no-boundary.eml");
        BodyPart root = parser.parse(raw).body();
        assertEquals("text/plain", root.mimeType());
        assertTrue(root.parts().isEmpty());
        assertEquals(1, root.lines());
    }

    @Test
    void multipartWhoseBoundaryNeverAppearsDegradesToText() {
        byte[] raw = Corpus.crlfText("Content-Type: multipart/mixed; boundary=zz\n\nno delimiter at all\n");
        BodyPart root = parser.parse(raw).body();
        assertEquals("text/plain", root.mimeType());
        assertEquals("no delimiter at all\r\n", Corpus.cut(raw, root.offsets(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple.eml", "alternative.eml", "mixed-attachment.eml", "nested-rfc822.eml",
            "utf8-headers.eml", "group.eml", "missing-end-boundary.eml", "no-boundary.eml"})
    void bareLfInputHasTheSameStructure(String name) {
        ParsedMessage crlf = parser.parse(Corpus.crlf(name));
        byte[] lfRaw = Corpus.lf(name);
        ParsedMessage lf = parser.parse(lfRaw);
        assertEquals(crlf.envelope(), lf.envelope());
        assertEquals(shape(crlf.body()), shape(lf.body()));
        assertEquals(lfRaw.length, lf.size());
        assertEquals(crlf.threadKeys(), lf.threadKeys());
    }

    private static String shape(BodyPart p) {
        StringBuilder b = new StringBuilder(p.mimeType()).append(p.params()).append(" lines=").append(p.lines());
        p.parts().forEach(c -> b.append('(').append(shape(c)).append(')'));
        if (p.messageBody() != null) {
            b.append('[').append(shape(p.messageBody())).append(']');
        }
        return b.toString();
    }

    @Test
    void messageWithoutBodyOrBlankLineIsAllHeader() {
        byte[] raw = Corpus.crlfText("Subject: only a header\nFrom: a@b.example");
        ParsedMessage m = parser.parse(raw);
        assertEquals(raw.length, m.headerLength());
        assertEquals(0, m.body().size());
        assertEquals("only a header", m.envelope().subject());
        assertNull(m.sentDate());
    }

    @Test
    void emptyInputIsAnEmptyTextMessage() {
        ParsedMessage m = parser.parse(new byte[0]);
        assertEquals(0, m.size());
        assertEquals("text/plain", m.body().mimeType());
        assertEquals(Envelope.EMPTY, m.envelope());
    }
}
