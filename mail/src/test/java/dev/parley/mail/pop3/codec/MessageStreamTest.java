package dev.parley.mail.pop3.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 1939 §3 byte-stuffing and termination, RFC 1939 §7 TOP, across chunk boundaries. */
class MessageStreamTest {

    private static String drain(MessageStream stream) throws IOException {
        StringBuilder out = new StringBuilder();
        while (!stream.isEndOfInput()) {
            ByteBuf chunk = stream.readChunk(ByteBufAllocator.DEFAULT);
            out.append(chunk.toString(StandardCharsets.ISO_8859_1));
            chunk.release();
        }
        stream.close();
        return out.toString();
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void linesStartingWithADotGetAnotherDot() throws IOException {
        assertEquals("S: x\r\n\r\n..\r\n...x\r\na.b\r\n.\r\n", drain(MessageStream.whole(in("S: x\r\n\r\n.\r\n..x\r\na.b\r\n"))));
    }

    @Test
    void bareLfBecomesCrlfAndAMissingLastLineEndIsAdded() throws IOException {
        assertEquals("a\r\nb\r\n.c\r\n.\r\n".replace(".c", "..c"), drain(MessageStream.whole(in("a\nb\r\n.c"))));
    }

    @Test
    void emptyMessageIsJustTheTerminator() throws IOException {
        assertEquals(".\r\n", drain(MessageStream.whole(in(""))));
    }

    @Test
    void dotsAtChunkBoundariesAreStuffed() throws IOException {
        // Put a line start exactly at the first byte of the second and third chunks.
        String filler = "x".repeat(MessageStream.CHUNK - 2) + "\r\n";
        String message = filler + ".first\r\n" + "y".repeat(MessageStream.CHUNK - 9) + "\r\n" + ".second\r\n";
        String expected = filler + "..first\r\n" + "y".repeat(MessageStream.CHUNK - 9) + "\r\n" + "..second\r\n.\r\n";
        assertEquals(expected, drain(MessageStream.whole(in(message))));
    }

    @Test
    void crlfSplitAcrossChunksStaysOneLineEnd() throws IOException {
        String message = "x".repeat(MessageStream.CHUNK - 1) + "\r\n.y\r\n";
        assertEquals("x".repeat(MessageStream.CHUNK - 1) + "\r\n..y\r\n.\r\n", drain(MessageStream.whole(in(message))));
    }

    @Test
    void topStopsReadingOnceEnoughLinesWereSent() throws IOException {
        String body = "line\r\n".repeat(100_000);
        ByteArrayInputStream source = new ByteArrayInputStream(("Subject: big\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        String out = drain(MessageStream.top(source, 2));
        assertEquals("Subject: big\r\n\r\nline\r\nline\r\n.\r\n", out);
        assertTrue(source.available() > body.length() - 2 * MessageStream.CHUNK, "the rest was not read");
    }

    @Test
    void topOfAMessageWithoutBodyOrBlankLine() throws IOException {
        assertEquals("Subject: only\r\n.\r\n", drain(MessageStream.top(in("Subject: only\r\n"), 5)));
    }

    @Test
    void topCountsLfOnlyBlankLine() throws IOException {
        assertEquals("A: b\r\n\r\n.x\r\n.\r\n".replace(".x", "..x"), drain(MessageStream.top(in("A: b\n\n.x\ny\n"), 1)));
    }
}
