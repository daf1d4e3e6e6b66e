package dev.parley.mail.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolServerTest {

    @Test
    void servesOnAFreePortRefusesOverLimitAndStopsCleanly() throws Exception {
        NioEventLoopGroup group = new NioEventLoopGroup(1);
        try {
            ConnectionLimiter limiter = new ConnectionLimiter(1, 1, "* BYE Too many connections\r\n");
            ProtocolServer server = new ProtocolServer("test", new InetSocketAddress("127.0.0.1", 0), group, group, limiter,
                    new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                                @Override
                                public void channelActive(ChannelHandlerContext ctx) {
                                    ctx.writeAndFlush(ctx.alloc().buffer().writeBytes("* OK hello\r\n".getBytes(StandardCharsets.US_ASCII)));
                                }
                            });
                        }
                    });
            InetSocketAddress address = server.start();
            assertTrue(server.isRunning());
            try (Socket first = new Socket(address.getAddress(), address.getPort());
                 Socket second = new Socket(address.getAddress(), address.getPort())) {
                assertEquals("* OK hello\r\n", readLine(first.getInputStream()));
                assertEquals("* BYE Too many connections\r\n", readLine(second.getInputStream()));
                assertEquals(-1, second.getInputStream().read());
            }
            server.stop(5, TimeUnit.SECONDS);
            assertFalse(server.isRunning());
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    private static String readLine(InputStream in) throws Exception {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            sb.append((char) c);
            if (c == '\n') {
                break;
            }
        }
        return sb.toString();
    }
}
