package dev.parley.store.mail.api;

import java.util.List;

/**
 * A committed change to a mailbox, fired as a CDI event inside the changing transaction and observed
 * with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so observers (IMAP IDLE, open
 * sessions, the browser client) only ever see changes that are durable.
 *
 * <p>Across Payara instances an observer on each node re-publishes the event to a Hazelcast
 * {@code ITopic} ("parley.mailbox-changes") and delivers what other nodes publish to its local
 * sessions (docs/adr/0024-change-notification.md); the record is serialisable as plain data for that.
 *
 * @param uids affected UIDs (new, flagged, expunged); empty for mailbox-level kinds
 */
public record MailboxChanged(long accountId, long mailboxId, String mailbox, Kind kind, List<Long> uids,
                             long modseq) implements java.io.Serializable {

    public enum Kind { APPENDED, FLAGS, EXPUNGED, CREATED, DELETED, RENAMED }

    public MailboxChanged {
        uids = List.copyOf(uids);
    }
}
