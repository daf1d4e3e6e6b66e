package dev.parley.mail.pop3.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

import java.nio.charset.StandardCharsets;

/** Writes {@link Pop3Response}s with CRLF line ends; other messages (message streams) pass by. */
@ChannelHandler.Sharable
public final class Pop3ResponseEncoder extends MessageToByteEncoder<Pop3Response> {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};

    @Override
    protected void encode(ChannelHandlerContext ctx, Pop3Response msg, ByteBuf out) {
        if (msg instanceof Pop3Response.Reply reply) {
            status(reply, out);
        } else if (msg instanceof Pop3Response.MultiLine multi) {
            status(multi.status(), out);
            for (String line : multi.lines()) {
                if (line.startsWith(".")) {
                    out.writeByte('.'); // RFC 1939 §3: byte-stuff lines starting with the termination octet
                }
                out.writeCharSequence(line, StandardCharsets.UTF_8);
                out.writeBytes(CRLF);
            }
            out.writeBytes(TERMINATOR);
        } else if (msg instanceof Pop3Response.Continuation challenge) {
            out.writeCharSequence("+ ", StandardCharsets.US_ASCII);
            out.writeCharSequence(challenge.base64(), StandardCharsets.US_ASCII);
            out.writeBytes(CRLF);
        }
    }

    private static void status(Pop3Response.Reply reply, ByteBuf out) {
        out.writeCharSequence(reply.ok() ? "+OK" : "-ERR", StandardCharsets.US_ASCII);
        if (reply.code() != null) {
            out.writeCharSequence(" [" + reply.code().wire() + "]", StandardCharsets.US_ASCII);
        }
        if (!reply.text().isEmpty()) {
            out.writeByte(' ');
            out.writeCharSequence(reply.text(), StandardCharsets.UTF_8);
        }
        out.writeBytes(CRLF);
    }
}
