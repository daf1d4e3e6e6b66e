package dev.parley.mail.imap;

import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.Responder;
import io.netty.channel.Channel;

/** Writes a session's responses to its channel (thread-safe: Netty queues writes from other threads). */
final class ImapOutput implements Responder {

    private final Channel channel;
    private final ImapSession session;

    ImapOutput(Channel channel, ImapSession session) {
        this.channel = channel;
        this.session = session;
    }

    @Override
    public ResponseBuilder start() {
        return new ResponseBuilder(channel.alloc(), session.utf8());
    }

    @Override
    public void send(ResponseBuilder response) {
        channel.write(response.crlf());
    }

    @Override
    public void continuation(String text) {
        ResponseBuilder b = start().tagged("+");
        if (!text.isEmpty()) {
            b.text(text);
        } else {
            b.atom("");
        }
        send(b);
    }

    /** {@code tag OK [CODE] text}. */
    void tagged(String tag, Completion completion) {
        ResponseBuilder b = start().tagged(tag).atom(completion.status().name());
        if (completion.code() != null) {
            b.atom(completion.code().render());
        }
        send(b.text(completion.text()));
    }

    @Override
    public void flush() {
        channel.flush();
    }
}
