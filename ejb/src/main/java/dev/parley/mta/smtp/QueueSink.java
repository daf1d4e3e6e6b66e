package dev.parley.mta.smtp;

import dev.parley.mail.smtp.backend.DeliveryResult;
import dev.parley.mail.smtp.backend.Envelope;
import dev.parley.mail.smtp.backend.MessageSink;
import dev.parley.mail.smtp.backend.Recipient;
import dev.parley.mail.smtp.backend.Verdict;
import dev.parley.mta.queue.NewMessage;
import dev.parley.mta.queue.Outcome;
import dev.parley.store.blob.BlobRef;
import io.netty.buffer.ByteBuf;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one message into the spool, then on commit: blob {@code put} (fsynced), queue rows in one
 * transaction, and only then the {@code 250} (DESIGN: durability). Runs on the engine's worker executor.
 */
final class QueueSink implements MessageSink {

    private static final Logger LOG = LoggerFactory.getLogger(QueueSink.class);

    private final String queueId;
    private final Envelope envelope;
    private final MtaServices services;
    private final Spool spool;
    private long size;

    QueueSink(String queueId, Envelope envelope, MtaServices services) {
        this.queueId = queueId;
        this.envelope = envelope;
        this.services = services;
        this.spool = new Spool(services.settings().spool(), 1 << 20);
    }

    @Override
    public String queueId() {
        return queueId;
    }

    @Override
    public void write(ByteBuf data) throws Exception {
        spool.write(data);
    }

    /**
     * The blob is made durable on this (worker) thread — concurrent sessions' fsyncs overlap in the file
     * system's journal — then the queue rows go to the group committer, and the {@code 250} follows its
     * commit (ADR 0045).
     */
    @Override
    public CompletionStage<DeliveryResult> commit() {
        BlobRef blob;
        try {
            try (InputStream in = spool.open()) {
                blob = services.blobs().put(in);
            } finally {
                spool.discard();
            }
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        size = blob.size();
        var s = envelope.session();
        CompletableFuture<List<Long>> queued = services.ingest().submit(message(blob));
        // SMTP: finished on the committer's thread (a log line, a wake-up); LMTP delivers first, on a worker
        return s.mode().isLmtp() ? queued.thenComposeAsync(this::delivered, services.workers())
                : queued.thenCompose(this::delivered);
    }

    private CompletionStage<DeliveryResult> delivered(List<Long> ids) {
        var s = envelope.session();
        // one line per transaction, as the Sun MTA's mail.log_current "E" records
        LOG.info("E {} {} from=<{}> rcpts={} size={} ip={} helo={} auth={} to={}", queueId,
                s.mode().name().toLowerCase(Locale.ROOT), envelope.mailFrom().reversePath(),
                envelope.recipients().size(), size,
                s.remoteAddress() == null ? "-" : s.remoteAddress().getHostAddress(), s.heloName(),
                s.authenticatedUser() == null ? "-" : s.authenticatedUser(),
                envelope.recipients().stream().map(r -> "<" + r.address() + ">").collect(Collectors.joining(",")));
        if (!s.mode().isLmtp()) {
            services.controller().wake();
            return CompletableFuture.completedFuture(DeliveryResult.queued(queueId));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Outcome o : services.controller().deliverNow(ids)) {
            verdicts.add(lmtpVerdict(o));
        }
        return CompletableFuture.completedFuture(new DeliveryResult(queueId, verdicts));
    }

    /**
     * RFC 2033 §4.2: a delivered (or still queued: we hold it and retry) recipient is 250; a permanent
     * failure is refused here, so the LMTP client bounces it and the queue does not.
     */
    static Verdict lmtpVerdict(Outcome o) {
        if (o.kind() != Outcome.Kind.FAILED) {
            return Verdict.accept();
        }
        String reply = o.reply();
        if (reply.startsWith("552")) {
            return Verdict.reject(Verdict.Rejection.OVER_QUOTA);
        }
        if (reply.startsWith("550 5.1.1")) {
            return Verdict.reject(Verdict.Rejection.UNKNOWN_USER);
        }
        // the engine's catalogue has no free-text permanent refusal; 550 5.7.1 is the nearest (policy, Sieve reject)
        return Verdict.reject(Verdict.Rejection.SENDER_REJECTED);
    }

    private NewMessage message(BlobRef blob) {
        var from = envelope.mailFrom();
        var s = envelope.session();
        List<NewMessage.NewRecipient> rcpts = new ArrayList<>();
        for (Recipient r : envelope.recipients()) {
            rcpts.add(new NewMessage.NewRecipient(r.address().toLowerCase(Locale.ROOT),
                    r.orcpt() == null ? null : r.orcpt().addressType() + ";" + r.orcpt().address(),
                    r.notifyOn().stream().map(n -> n.name()).collect(Collectors.toSet())));
        }
        String body = switch (from.body()) {
            case SEVEN_BIT -> "7bit";
            case EIGHT_BIT_MIME -> "8bitmime";
            case BINARY_MIME -> "binarymime";
        };
        return new NewMessage(queueId, from.reversePath(), from.envelopeId(),
                from.ret() == null ? null : from.ret().name().toLowerCase(Locale.ROOT), body, from.smtpUtf8(), blob,
                s.mode().name().toLowerCase(Locale.ROOT),
                s.remoteAddress() == null ? null : s.remoteAddress().getHostAddress(), s.heloName(), s.authenticatedUser(),
                rcpts);
    }

    @Override
    public void abort() {
        spool.discard();
    }
}
