package dev.parley.mail.imap.backend;

/**
 * Told that a selected mailbox may have changed (another session or the MTA appended, stored
 * flags or expunged). Called from any thread, possibly more often than needed; it carries no data:
 * the engine asks {@link SelectedMailbox#changesSince(ModSeq)} at a point where it may report
 * changes (RFC 9051 §5.5, §7.5.1). This keeps cross-node notification (Hazelcast) a mere ping.
 */
@FunctionalInterface
public interface MailboxListener {

    void mailboxChanged();
}
