package dev.parley.mail.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BoundedLineDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new BoundedLineDecoder(10));

    private void write(String s) {
        channel.writeInbound(Unpooled.copiedBuffer(s, StandardCharsets.US_ASCII));
    }

    private String line() {
        Object msg = channel.readInbound();
        if (msg instanceof ByteBuf buf) {
            String s = buf.toString(StandardCharsets.US_ASCII);
            buf.release();
            return s;
        }
        return msg == null ? null : msg.toString();
    }

    @Test
    void splitsOnCrlfAndBareLf() {
        write("HELO a\r\nNOOP\nQU");
        assertEquals("HELO a", line());
        assertEquals("NOOP", line());
        assertNull(line());
        write("IT\r");
        assertNull(line());
        write("\n");
        assertEquals("QUIT", line());
    }

    @Test
    void exactlyAtLimitIsAccepted() {
        write("0123456789\r\n");
        assertEquals("0123456789", line());
    }

    @Test
    void overlongLineIsReportedWithLengthAndDiscarded() {
        write("0123456789X\r\nok\r\n");
        OversizedLine oversized = channel.readInbound();
        assertEquals("line too long: 11 bytes (limit 10)", oversized.describe());
        assertEquals("ok", line());
    }

    @Test
    void overlongLineAcrossPacketsCountsEveryByte() {
        write("0123456789abc");
        assertNull(line());
        write("defgh");
        write("ij\r\nnext\r\n");
        OversizedLine oversized = channel.readInbound();
        assertEquals(new OversizedLine(20, 10), oversized);
        assertEquals("next", line());
    }

    @Test
    void discardBufferedDropsPipelinedPlaintext() {
        BoundedLineDecoder decoder = channel.pipeline().get(BoundedLineDecoder.class);
        write("STARTTLS\r\nINJECTED\r\n");
        // a real protocol handler calls discardBuffered while handling STARTTLS; here after the fact
        assertEquals("STARTTLS", line());
        decoder.discardBuffered();
        write("AFTER\r\n");
        assertEquals("INJECTED", line()); // already decoded before the discard
        assertEquals("AFTER", line());
    }
}
