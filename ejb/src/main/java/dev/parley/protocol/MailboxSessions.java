package dev.parley.protocol;

import dev.parley.store.mail.api.MailboxChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open IMAP sessions of this JVM by account and mailbox, told about committed store changes
 * (docs/adr/0024-change-notification.md). A notification is a mere ping: each session asks the
 * store what changed at a point where it may report it, so notifying too often is harmless.
 *
 * <p>Shared change feed: the sessions of one (account, mailbox) share a {@link Feed}. A session's
 * {@link Registration#changesSince} reuses the feed's cached delta when it was read from a modseq at or
 * below the session's, after the latest notification for that mailbox (its highest modseq is not below
 * the notified one), after the latest account-wide RENAMED/DELETED/CREATED, and not longer than
 * {@link #MAX_CACHE_AGE_NANOS} ago; otherwise it reads once and caches. So a new message read by 5,000
 * idlers costs one store read, not 5,000. The engine's {@code SelectedView.apply} takes a delta read
 * from an older modseq (it ignores UIDs it knows or that lie below its highest, and expunges only UIDs it
 * knows).
 *
 * <p>Multi-node: a Hazelcast relay would publish each {@link MailboxChanged} it observes here to the
 * topic {@code parley.mailbox-changes} and call {@link #changed(MailboxChanged)} for messages from
 * other nodes (docs/adr/0031-imap-pop3-over-the-store.md). One JVM for now.
 */
@ApplicationScoped
public class MailboxSessions {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxSessions.class);

    /** A cached delta older than this is read again, should a change ever go unannounced. */
    static final long MAX_CACHE_AGE_NANOS = 2_000_000_000L;

    /** accountId → registrations. */
    private final Map<Long, Set<Registration>> open = new ConcurrentHashMap<>();
    /** accountId → mailbox name (as the sessions selected it) → shared feed; changed under its own lock. */
    private final Map<Long, Map<String, Feed>> feeds = new ConcurrentHashMap<>();

    /** The shared change feed of one (account, mailbox). */
    static final class Feed {
        private final AtomicLong notified = new AtomicLong(Long.MIN_VALUE);
        private final AtomicLong generation = new AtomicLong();
        private int refs; // guarded by feeds
        // guarded by this
        private Object cached;
        private long cachedFrom;
        private long cachedHighest;
        private long cachedGeneration;
        private long cachedAt;

        void notified(long modseq) {
            notified.accumulateAndGet(modseq, Math::max);
        }

        void invalidate() {
            generation.incrementAndGet();
        }

        @SuppressWarnings("unchecked")
        synchronized <T> T changesSince(long modseq, LongFunction<T> read, ToLongFunction<T> highestOf) {
            // both read before the store: a change announced while it reads makes this read stale
            long gen = generation.get();
            long note = notified.get();
            long now = System.nanoTime();
            if (cached != null && cachedFrom <= modseq && cachedHighest >= note && cachedGeneration == gen
                    && now - cachedAt < MAX_CACHE_AGE_NANOS) {
                return (T) cached;
            }
            cached = null;
            T fresh = read.apply(modseq);
            cached = fresh;
            cachedFrom = modseq;
            cachedHighest = highestOf.applyAsLong(fresh);
            cachedGeneration = gen;
            cachedAt = now;
            return fresh;
        }
    }

    /** One session's open mailbox; {@link #close()} deregisters it. */
    public final class Registration implements AutoCloseable {
        private final long accountId;
        private final String mailbox;
        private final LongConsumer listener;
        private final Feed feed;
        private boolean closed; // guarded by feeds

        private Registration(long accountId, String mailbox, LongConsumer listener, Feed feed) {
            this.accountId = accountId;
            this.mailbox = mailbox;
            this.listener = listener;
            this.feed = feed;
        }

        /**
         * The changes since {@code modseq} from the mailbox's shared feed: a delta cached by another
         * session when still current (see the class comment), else {@code read.apply(modseq)}, cached.
         * The delta may start below {@code modseq}; per-session bookkeeping stays with the caller.
         *
         * @param highestOf the highest modseq the delta reports
         */
        public <T> T changesSince(long modseq, LongFunction<T> read, ToLongFunction<T> highestOf) {
            return feed.changesSince(modseq, read, highestOf);
        }

        @Override
        public void close() {
            open.computeIfPresent(accountId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
            synchronized (feeds) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--feed.refs == 0) {
                    Map<String, Feed> ofAccount = feeds.get(accountId);
                    if (ofAccount != null) {
                        ofAccount.remove(mailbox, feed);
                        if (ofAccount.isEmpty()) {
                            feeds.remove(accountId);
                        }
                    }
                }
            }
        }
    }

    /**
     * @param listener told the modseq of each committed change to the mailbox ({@link Long#MAX_VALUE}
     *                 when the whole mailbox may have changed: renamed or deleted), on the committing
     *                 thread
     */
    public Registration register(long accountId, String mailbox, LongConsumer listener) {
        Feed feed;
        synchronized (feeds) {
            feed = feeds.computeIfAbsent(accountId, id -> new ConcurrentHashMap<>()).computeIfAbsent(mailbox, m -> new Feed());
            feed.refs++;
        }
        Registration registration = new Registration(accountId, mailbox, listener, feed);
        open.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(registration);
        return registration;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxChanged change) {
        changed(change);
    }

    /** Pings the sessions the change concerns: the mailbox's, or all of the account's for renames/deletes. */
    public void changed(MailboxChanged change) {
        boolean whole = change.kind() == MailboxChanged.Kind.RENAMED || change.kind() == MailboxChanged.Kind.DELETED;
        // feeds first: a pinged session must not be handed a delta read before this change
        Map<String, Feed> ofAccount = feeds.get(change.accountId());
        if (ofAccount != null) {
            for (Map.Entry<String, Feed> e : ofAccount.entrySet()) {
                if (whole || change.kind() == MailboxChanged.Kind.CREATED) {
                    e.getValue().invalidate();
                } else if (e.getKey().equalsIgnoreCase(change.mailbox())) {
                    e.getValue().notified(change.modseq());
                    e.getValue().invalidate(); // modseq alone: robust to a store whose counters differ
                }
            }
        }
        Set<Registration> registrations = open.get(change.accountId());
        if (registrations == null) {
            return;
        }
        for (Registration r : registrations) {
            if (whole || r.mailbox.equalsIgnoreCase(change.mailbox())) {
                try {
                    r.listener.accept(whole ? Long.MAX_VALUE : change.modseq());
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
