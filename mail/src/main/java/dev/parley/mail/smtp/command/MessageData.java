package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.backend.DeliveryResult;
import dev.parley.mail.smtp.backend.MessageSink;
import dev.parley.mail.smtp.backend.Recipient;
import dev.parley.mail.smtp.backend.Verdict;
import dev.parley.mail.smtp.codec.SmtpInput;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;
import dev.parley.mail.smtp.session.Transaction;
import io.netty.buffer.ByteBuf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Message bytes after DATA's 354 or a BDAT command: streamed to the sink as they arrive, counted
 * against SIZE (RFC 1870 §6.3: read to the end, then {@code 552 5.3.4}), and committed at the end.
 * {@code 250} goes out only when the back end's commit stage completes (DESIGN: durability).
 */
final class MessageData {

    private static final Logger LOG = LoggerFactory.getLogger(MessageData.class);

    private MessageData() {
    }

    static void piece(SmtpSession session, ByteBuf data) {
        try {
            Transaction tx = session.transaction();
            Transaction.Chunk chunk = session.chunk();
            boolean wanted = tx != null && tx.sink() != null && !tx.failed()
                    && (chunk == null ? tx.transfer() == Transaction.Transfer.DATA : chunk.error() == null);
            if (!wanted) {
                return;
            }
            if (!tx.count(data.readableBytes(), session.config().maxMessageSize())) {
                LOG.debug("message exceeds {} octets; reading on and discarding", session.config().maxMessageSize());
                abort(tx);
                return;
            }
            try {
                tx.sink().write(data);
            } catch (Exception e) {
                LOG.error("writing the message to the back end failed: {}", e.toString());
                tx.fail();
                abort(tx);
            }
        } finally {
            data.release();
        }
    }

    static CompletionStage<Outcome> end(SmtpSession session, SmtpInput.DataEnd end) {
        Transaction.Chunk chunk = session.chunk();
        session.chunk(null);
        Transaction tx = session.transaction();
        if (chunk != null && chunk.error() != null) {
            return done(chunk.error());
        }
        if (tx == null || chunk == null && tx.transfer() != Transaction.Transfer.DATA) {
            return CompletableFuture.completedFuture(Outcome.nothing()); // chunk of a refused BDAT line
        }
        SmtpReply failure = tx.tooBig() ? SmtpReplies.MESSAGE_TOO_BIG
                : tx.failed() ? SmtpReplies.TEMPORARY_FAILURE
                : end.bareLineEnding() ? SmtpReplies.BARE_LINE_ENDING : null;
        if (failure != null) {
            session.resetTransaction();
            boolean lastReply = chunk == null || chunk.last();
            return CompletableFuture.completedFuture(lastReply ? replies(session, tx, r -> failure, null) : Outcome.reply(failure));
        }
        if (chunk != null && !chunk.last()) {
            return done(SmtpReplies.CHUNK_OK.withText(chunk.size() + " octets received"));
        }
        return commit(session, tx);
    }

    private static CompletionStage<Outcome> commit(SmtpSession session, Transaction tx) {
        session.finishTransaction();
        MessageSink sink = tx.sink();
        CompletionStage<DeliveryResult> stage;
        try {
            stage = sink.commit();
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        String sessionId = session.id();
        return stage.handle((result, error) -> {
            if (error != null) {
                LOG.error("[{}] committing message {} failed: {}", sessionId, sink.queueId(), String.valueOf(error));
                return replies(session, tx, r -> SmtpReplies.TEMPORARY_FAILURE, null);
            }
            // the back end logs the transaction line with its queue id (one line per transaction)
            LOG.debug("[{}] message {} accepted from <{}> for {} recipient(s), {} octets", sessionId, result.queueId(),
                    tx.mailFrom().reversePath(), tx.recipients().size(), tx.size());
            return replies(session, tx, null, result);
        });
    }

    /** SMTP: one reply. LMTP (RFC 2033 §4.2): one per accepted recipient, in RCPT order. */
    private static Outcome replies(SmtpSession session, Transaction tx,
                                   java.util.function.Function<Recipient, SmtpReply> failure, DeliveryResult result) {
        if (!session.mode().isLmtp()) {
            return Outcome.reply(failure != null ? failure.apply(null)
                    : SmtpReplies.QUEUED.withText("OK queued as " + result.queueId()));
        }
        List<SmtpReply> replies = new ArrayList<>();
        List<Recipient> recipients = tx.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            if (failure != null) {
                replies.add(failure.apply(r).detail("<" + r.address() + ">"));
                continue;
            }
            Verdict verdict = i < result.perRecipient().size() ? result.perRecipient().get(i) : Verdict.accept();
            replies.add(verdict.accepted()
                    ? SmtpReplies.DELIVERED.withText("<" + r.address() + "> delivered as " + result.queueId())
                    : verdict.rejection().reply().detail("<" + r.address() + ">"));
        }
        return new Outcome(replies, Outcome.After.CONTINUE);
    }

    private static void abort(Transaction tx) {
        MessageSink sink = tx.sink();
        tx.sink(null);
        if (sink != null) {
            try {
                sink.abort();
            } catch (RuntimeException e) {
                LOG.error("aborting the partial message failed: {}", e.toString());
            }
        }
    }

    private static CompletionStage<Outcome> done(SmtpReply reply) {
        return CompletableFuture.completedFuture(Outcome.reply(reply));
    }
}
