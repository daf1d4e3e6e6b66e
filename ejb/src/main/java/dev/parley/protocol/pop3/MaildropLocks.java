package dev.parley.protocol.pop3;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RFC 1939 §8: one POP3 session per maildrop at a time. The lock lives in this JVM; with several
 * front-end nodes it would become a Hazelcast {@code FencedLock} or a PostgreSQL advisory lock held by
 * the session (docs/adr/0031-imap-pop3-over-the-store.md). IMAP sessions are not excluded.
 */
public final class MaildropLocks {

    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    /** True when the caller got the lock and must {@link #release} it. */
    public boolean tryLock(long accountId) {
        return held.add(accountId);
    }

    public void release(long accountId) {
        held.remove(accountId);
    }

    public boolean isLocked(long accountId) {
        return held.contains(accountId);
    }
}
