package dev.parley.mail.imap.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a connection keeps between commands: thousands of IDLE connections each hold it. */
class ImapFrameDecoderMemoryTest {

    @Test
    void aLargeAppendDoesNotStayWithTheConnection() {
        ImapFrameDecoder decoder = new ImapFrameDecoder(64 * 1024, 64 * 1024, 50L << 20, 100L << 20);
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        int size = 60_000;
        String head = "a1 APPEND INBOX {" + size + "+}\r\n";
        channel.writeInbound(Unpooled.copiedBuffer(head, StandardCharsets.US_ASCII));
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[size]));
        channel.writeInbound(Unpooled.copiedBuffer("\r\n", StandardCharsets.US_ASCII));
        CommandFrame frame = assertInstanceOf(CommandFrame.class, channel.readInbound());
        assertEquals(head.length() + size, frame.bytes().length);
        assertTrue(decoder.frameCapacity() <= ImapFrameDecoder.KEEP_CAPACITY, "kept " + decoder.frameCapacity());

        channel.writeInbound(Unpooled.copiedBuffer("a2 IDLE\r\n", StandardCharsets.US_ASCII));
        CommandFrame idle = assertInstanceOf(CommandFrame.class, channel.readInbound());
        assertEquals("a2 IDLE", new String(idle.bytes(), StandardCharsets.US_ASCII));
        assertTrue(decoder.frameCapacity() <= ImapFrameDecoder.KEEP_CAPACITY);
        channel.finishAndReleaseAll();
    }
}
