package dev.parley.mail.imap.response;

import dev.parley.mail.mime.MessageParser;
import dev.parley.mail.mime.ParsedMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponseBuilderTest {

    private static String render(ResponseBuilder b) {
        ByteBuf buf = b.crlf();
        String s = buf.toString(StandardCharsets.UTF_8);
        buf.release();
        return s;
    }

    @Test
    void quotesEscapesAndFallsBackToLiterals() {
        ResponseBuilder b = new ResponseBuilder(ByteBufAllocator.DEFAULT, false).untagged()
                .string("plain").string("with \"quote\" and \\").string("two\r\nlines").string("naïve").nstring(null);
        assertEquals("* \"plain\" \"with \\\"quote\\\" and \\\\\" {10}\r\ntwo\r\nlines {6}\r\nnaïve NIL\r\n", render(b));
    }

    @Test
    void utf8SessionsGetQuotedUtf8() {
        ResponseBuilder b = new ResponseBuilder(ByteBufAllocator.DEFAULT, true).untagged().string("naïve");
        assertEquals("* \"naïve\"\r\n", render(b));
    }

    @Test
    void astringUsesAtomsOnlyWhenSafe() {
        ResponseBuilder b = new ResponseBuilder(ByteBufAllocator.DEFAULT, false).untagged()
                .astring("INBOX").astring("with space").astring("NIL").astring("");
        assertEquals("* INBOX \"with space\" \"NIL\" \"\"\r\n", render(b));
    }

    @Test
    void bodyStructureOfNestedMessage() {
        String raw = "From: a@b.c\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nouter\r\n"
                + "--b1\r\nContent-Type: message/rfc822\r\n\r\n"
                + "From: x@y.z\r\nSubject: inner\r\n\r\ninner body\r\n"
                + "--b1--\r\n";
        ParsedMessage parsed = new MessageParser().parse(raw.getBytes(StandardCharsets.US_ASCII));
        ResponseBuilder b = new ResponseBuilder(ByteBufAllocator.DEFAULT, false).untagged();
        BodyStructureWriter.write(b, parsed.body(), false);
        assertEquals("* ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 5 1)"
                + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 41 (NIL \"inner\" ((NIL NIL \"x\" \"y.z\")) "
                + "((NIL NIL \"x\" \"y.z\")) ((NIL NIL \"x\" \"y.z\")) NIL NIL NIL NIL NIL) "
                + "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 10 1) 4) \"MIXED\")\r\n", render(b));
    }

    @Test
    void envelopeWithGroupSyntax() {
        String raw = "From: Bob <bob@example.org>\r\nTo: undisclosed-recipients:;\r\nSubject: =?UTF-8?B?w6k=?=\r\n\r\nx";
        ParsedMessage parsed = new MessageParser().parse(raw.getBytes(StandardCharsets.US_ASCII));
        ResponseBuilder b = new ResponseBuilder(ByteBufAllocator.DEFAULT, false).untagged();
        EnvelopeWriter.write(b, parsed.envelope());
        assertEquals("* (NIL \"=?UTF-8?B?w6k=?=\" ((\"Bob\" NIL \"bob\" \"example.org\")) ((\"Bob\" NIL \"bob\" \"example.org\")) "
                + "((\"Bob\" NIL \"bob\" \"example.org\")) ((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) "
                + "NIL NIL NIL NIL)\r\n", render(b));
    }
}
