package dev.parley.mail.smtp.session;

import dev.parley.mail.smtp.backend.MailFrom;
import dev.parley.mail.smtp.backend.MessageSink;
import dev.parley.mail.smtp.backend.Recipient;
import dev.parley.mail.smtp.codec.SmtpReply;

import java.util.ArrayList;
import java.util.List;

/**
 * One mail transaction (RFC 5321 §3.3): MAIL, accepted RCPTs, then DATA or a series of BDAT chunks.
 * Touched only by the session's serial worker.
 */
public final class Transaction {

    /** How the message body is being sent; RFC 3030 §2 forbids mixing DATA and BDAT. */
    public enum Transfer { NONE, DATA, CHUNKS }

    /** The BDAT command whose chunk is being read; {@code error} is the reply if it is refused. */
    public record Chunk(long size, boolean last, SmtpReply error) {
    }

    private final MailFrom mailFrom;
    private final List<Recipient> recipients = new ArrayList<>();
    private MessageSink sink;
    private Transfer transfer = Transfer.NONE;
    private long size;
    private boolean tooBig;
    private boolean failed;

    public Transaction(MailFrom mailFrom) {
        this.mailFrom = mailFrom;
    }

    public MailFrom mailFrom() {
        return mailFrom;
    }

    public List<Recipient> recipients() {
        return recipients;
    }

    public MessageSink sink() {
        return sink;
    }

    public void sink(MessageSink sink) {
        this.sink = sink;
    }

    public Transfer transfer() {
        return transfer;
    }

    public void transfer(Transfer transfer) {
        this.transfer = transfer;
    }

    public long size() {
        return size;
    }

    /** Counts octets; returns false once the limit is passed (RFC 1870 §6.3: read on, then 552). */
    public boolean count(long octets, long limit) {
        size += octets;
        if (size > limit) {
            tooBig = true;
        }
        return !tooBig;
    }

    public boolean tooBig() {
        return tooBig;
    }

    /** The back end failed mid-message: read to the end, then answer 451. */
    public boolean failed() {
        return failed;
    }

    public void fail() {
        failed = true;
    }
}
