package dev.parley.protocol;

import dev.parley.store.mail.api.MailboxChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open IMAP sessions of this JVM by account and mailbox, told about committed store changes
 * (docs/adr/0024-change-notification.md). A notification is a mere ping: each session asks the
 * store what changed at a point where it may report it, so notifying too often is harmless.
 *
 * <p>Multi-node: a Hazelcast relay would publish each {@link MailboxChanged} it observes here to the
 * topic {@code parley.mailbox-changes} and call {@link #changed(MailboxChanged)} for messages from
 * other nodes (docs/adr/0031-imap-pop3-over-the-store.md). One JVM for now.
 */
@ApplicationScoped
public class MailboxSessions {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxSessions.class);

    /** accountId → registrations. */
    private final Map<Long, Set<Registration>> open = new ConcurrentHashMap<>();

    /** One session's open mailbox; {@link #close()} deregisters it. */
    public final class Registration implements AutoCloseable {
        private final long accountId;
        private final String mailbox;
        private final Runnable listener;

        private Registration(long accountId, String mailbox, Runnable listener) {
            this.accountId = accountId;
            this.mailbox = mailbox;
            this.listener = listener;
        }

        @Override
        public void close() {
            open.computeIfPresent(accountId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }

    public Registration register(long accountId, String mailbox, Runnable listener) {
        Registration registration = new Registration(accountId, mailbox, listener);
        open.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(registration);
        return registration;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxChanged change) {
        changed(change);
    }

    /** Pings the sessions the change concerns: the mailbox's, or all of the account's for renames/deletes. */
    public void changed(MailboxChanged change) {
        Set<Registration> registrations = open.get(change.accountId());
        if (registrations == null) {
            return;
        }
        boolean whole = change.kind() == MailboxChanged.Kind.RENAMED || change.kind() == MailboxChanged.Kind.DELETED;
        for (Registration r : registrations) {
            if (whole || r.mailbox.equalsIgnoreCase(change.mailbox())) {
                try {
                    r.listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("session listener failed for account {}", change.accountId(), e);
                }
            }
        }
    }

    /** Open registrations, for tests and metrics. */
    public int size() {
        return open.values().stream().mapToInt(Set::size).sum();
    }
}
