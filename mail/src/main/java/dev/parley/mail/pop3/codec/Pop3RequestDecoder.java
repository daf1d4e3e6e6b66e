package dev.parley.mail.pop3.codec;

import dev.parley.mail.net.OversizedLine;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns lines from the {@code BoundedLineDecoder} into {@link Pop3Request}s. {@link OversizedLine}
 * passes through for the session to answer. Lines are decoded as UTF-8 (user names may be
 * non-ASCII); malformed bytes become U+FFFD and simply fail to match any command.
 */
public final class Pop3RequestDecoder extends MessageToMessageDecoder<Object> {

    @Override
    public boolean acceptInboundMessage(Object msg) {
        return msg instanceof ByteBuf || msg instanceof OversizedLine;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, Object msg, List<Object> out) {
        if (msg instanceof ByteBuf line) {
            int octets = line.readableBytes();
            out.add(Pop3Request.parse(line.toString(StandardCharsets.UTF_8), octets));
        } else {
            out.add(msg);
        }
    }
}
