package dev.parley.mail.imap;

import dev.parley.mail.imap.parse.CommandFrame;
import dev.parley.mail.imap.parse.ImapFrameDecoder;
import dev.parley.mail.imap.session.ImapConfig;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import dev.parley.mail.net.StartTls;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Commands that change the layers under IMAP (STARTTLS, COMPRESS) must act on the bytes that
 * follow them before the framer reads those bytes as commands. This runs on the event loop as each
 * frame arrives, before the frame is queued for execution, and pauses reading until the command
 * has switched the pipeline.
 */
final class LayerSwitches {

    private LayerSwitches() {
    }

    /**
     * What a frame asks for: {@code paused} when reading stopped for a layer switch, and for
     * COMPRESS the (compressed) bytes that followed the command, for the inflater.
     */
    record Pending(boolean paused, ByteBuf leftover) {
        static final Pending NONE = new Pending(false, null);
    }

    static Pending beforeQueueing(ChannelHandlerContext ctx, CommandFrame frame, ImapSession session, ImapConfig config) {
        String command = commandOf(frame);
        if (command == null) {
            return Pending.NONE;
        }
        ImapFrameDecoder framer = ctx.pipeline().get(ImapFrameDecoder.class);
        if (command.equals("STARTTLS") && config.tls() != null && !StartTls.isActive(ctx.channel())
                && session.state() == SessionState.NOT_AUTHENTICATED) {
            // RFC 9051 §6.2.1: nothing read after STARTTLS may be taken as a command (CVE-2011-0411).
            ctx.channel().config().setAutoRead(false);
            if (framer != null) {
                framer.discardBuffered();
            }
            return new Pending(true, null);
        }
        if (command.equals("COMPRESS DEFLATE") && !session.compressed()
                && (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED)) {
            // RFC 4978 §3: what follows the command is compressed; keep it from the framer.
            ctx.channel().config().setAutoRead(false);
            return new Pending(true, framer == null ? Unpooled.EMPTY_BUFFER : framer.takeBuffered());
        }
        return Pending.NONE;
    }

    /** The command and arguments in upper case when the frame is short, else null. */
    private static String commandOf(CommandFrame frame) {
        if (frame.bytes().length > 64) {
            return null;
        }
        String text = new String(frame.bytes(), StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
        int sp = text.indexOf(' ');
        return sp > 0 ? text.substring(sp + 1) : null;
    }
}
