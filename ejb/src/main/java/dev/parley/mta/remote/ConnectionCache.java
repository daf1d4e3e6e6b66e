package dev.parley.mta.remote;

import dev.parley.mail.smtp.client.SmtpConnection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Open connections kept between transactions, per next hop (as the Sun MTA's and Postfix's connection
 * caches): a connection is taken for one transaction and given back when still usable; one unused for
 * longer than {@code idleMillis} is closed when next looked at.
 */
public final class ConnectionCache {

    private record Idle(SmtpConnection connection, long since) {
    }

    private final Map<Hop, Deque<Idle>> idle = new HashMap<>();
    private final long idleMillis;
    private final int perHop;

    public ConnectionCache(long idleMillis, int perHop) {
        this.idleMillis = idleMillis;
        this.perHop = perHop;
    }

    /** A cached connection to {@code hop}, or null. */
    public SmtpConnection take(Hop hop) {
        long now = System.currentTimeMillis();
        while (true) {
            Idle i;
            synchronized (this) {
                Deque<Idle> q = idle.get(hop);
                i = q == null ? null : q.pollFirst();
            }
            if (i == null) {
                return null;
            }
            if (now - i.since() <= idleMillis && i.connection().usable()) {
                return i.connection();
            }
            i.connection().close();
        }
    }

    /** Gives a connection back after a transaction; closes it when it is broken or the cache is full. */
    public void give(Hop hop, SmtpConnection c) {
        if (!c.usable()) {
            c.close();
            return;
        }
        synchronized (this) {
            Deque<Idle> q = idle.computeIfAbsent(hop, h -> new ArrayDeque<>());
            if (q.size() < perHop) {
                q.addFirst(new Idle(c, System.currentTimeMillis()));
                return;
            }
        }
        c.close();
    }

    /** Closes every cached connection whose idle time ran out (called from the job controller's tick). */
    public void expire() {
        long now = System.currentTimeMillis();
        java.util.List<SmtpConnection> old = new java.util.ArrayList<>();
        synchronized (this) {
            for (Deque<Idle> q : idle.values()) {
                q.removeIf(i -> {
                    if (now - i.since() > idleMillis) {
                        old.add(i.connection());
                        return true;
                    }
                    return false;
                });
            }
        }
        old.forEach(SmtpConnection::close);
    }

    public void closeAll() {
        java.util.List<SmtpConnection> all = new java.util.ArrayList<>();
        synchronized (this) {
            idle.values().forEach(q -> q.forEach(i -> all.add(i.connection())));
            idle.clear();
        }
        all.forEach(SmtpConnection::close);
    }
}
