package dev.parley.mail.imap;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 4978 COMPRESS=DEFLATE. */
class CompressTest {

    private final EmbeddedChannel deflater = new EmbeddedChannel(new JdkZlibEncoder(ZlibWrapper.NONE));
    private final EmbeddedChannel inflater = new EmbeddedChannel(new JdkZlibDecoder(ZlibWrapper.NONE));

    private byte[] compress(String text) {
        deflater.writeOutbound(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuf buf;
        while ((buf = deflater.readOutbound()) != null) {
            byte[] b = new byte[buf.readableBytes()];
            buf.readBytes(b);
            out.writeBytes(b);
            buf.release();
        }
        return out.toByteArray();
    }

    private String inflate(EmbeddedChannel server) {
        ByteBuf buf;
        while ((buf = server.readOutbound()) != null) {
            inflater.writeInbound(buf);
        }
        StringBuilder sb = new StringBuilder();
        while ((buf = inflater.readInbound()) != null) {
            sb.append(buf.toString(StandardCharsets.US_ASCII));
            buf.release();
        }
        return sb.toString();
    }

    @Test
    void compressionStartsRightAfterTheOkEvenWithPipelinedData() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();
        byte[] command = "c COMPRESS DEFLATE\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] next = compress("d NOOP\r\n");
        byte[] packet = new byte[command.length + next.length];
        System.arraycopy(command, 0, packet, 0, command.length);
        System.arraycopy(next, 0, packet, command.length, next.length);
        imap.channel.writeInbound(Unpooled.wrappedBuffer(packet));
        ByteBuf ok = imap.channel.readOutbound();
        assertEquals("c OK DEFLATE active\r\n", ok.toString(StandardCharsets.US_ASCII));
        ok.release();
        assertEquals("d OK NOOP completed\r\n", inflate(imap.channel));
        imap.channel.writeInbound(Unpooled.wrappedBuffer(compress("e COMPRESS DEFLATE\r\n")));
        assertEquals("e NO [COMPRESSIONACTIVE] DEFLATE is already active\r\n", inflate(imap.channel));
        imap.channel.writeInbound(Unpooled.wrappedBuffer(compress("f CAPABILITY\r\n")));
        assertTrue(inflate(imap.channel).contains("COMPRESS=DEFLATE"));
    }

    @Test
    void compressBeforeLoginIsBadAndUnknownMechanismToo() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        assertEquals("a BAD COMPRESS is not valid in the not authenticated state\r\n", imap.send("a COMPRESS DEFLATE"));
        imap.loggedIn();
        assertEquals("b BAD unknown compression mechanism LZ4\r\n", imap.send("b COMPRESS LZ4"));
    }
}
