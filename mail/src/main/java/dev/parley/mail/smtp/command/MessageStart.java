package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.backend.Envelope;
import dev.parley.mail.smtp.backend.MessageSink;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;
import dev.parley.mail.smtp.session.SmtpSession;
import dev.parley.mail.smtp.session.Transaction;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;

/** Checks shared by DATA and BDAT, and opening the back end's sink with the {@code Received:} field. */
final class MessageStart {

    private MessageStart() {
    }

    /** Null when a message may be sent now, else the reply (RFC 5321 §4.1.1.4, RFC 3030 §2). */
    static SmtpReply refusal(SmtpSession session, Transaction.Transfer wanted) {
        Transaction tx = session.transaction();
        if (tx == null) {
            return SmtpReplies.BAD_SEQUENCE.detail("need MAIL and RCPT first");
        }
        if (tx.recipients().isEmpty()) {
            return SmtpReplies.NO_VALID_RECIPIENTS;
        }
        if (tx.transfer() != Transaction.Transfer.NONE && tx.transfer() != wanted) {
            return SmtpReplies.BAD_SEQUENCE.detail("DATA and BDAT cannot be mixed");
        }
        return null;
    }

    /** Opens the sink and writes the trace field first (RFC 5321 §4.4: prepended, never changed). */
    static void open(SmtpSession session, Transaction tx) throws Exception {
        Envelope envelope = new Envelope(tx.mailFrom(), tx.recipients(), session.info());
        MessageSink sink = session.backend().beginMessage(envelope);
        tx.sink(sink);
        String received = ReceivedHeader.render(envelope, session.config().hostname(), sink.queueId(), ZonedDateTime.now());
        ByteBuf header = Unpooled.wrappedBuffer(received.getBytes(StandardCharsets.UTF_8));
        try {
            sink.write(header);
        } finally {
            header.release();
        }
    }
}
