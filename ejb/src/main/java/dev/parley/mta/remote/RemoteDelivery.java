package dev.parley.mta.remote;

import dev.parley.mail.smtp.client.Envelope;
import dev.parley.mail.smtp.client.SmtpClientSettings;
import dev.parley.mail.smtp.client.SmtpConnection;
import dev.parley.mail.smtp.client.SmtpException;
import dev.parley.mail.smtp.client.SmtpReply;
import dev.parley.mta.dsn.DsnParameters;
import dev.parley.mta.queue.Claimed;
import dev.parley.mta.queue.Outcome;
import dev.parley.store.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery to other domains (RFC 5321 §5, ADR 0041): the recipients of one message in one domain go in
 * one transaction to the first next hop that takes it (configured route or smarthost, else the MX hosts
 * in order). At most {@code perDomain} connections per destination domain at a time; connections are
 * reused from a {@link ConnectionCache}. Per recipient: 2yz delivered, 5yz failed, anything else
 * (4yz, connection failures, DNS trouble) deferred for a retry.
 */
public final class RemoteDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteDelivery.class);

    private final BlobStore blobs;
    private final MxResolver mx;
    private final Supplier<Routes> routes;
    private final String heloName;
    private final Duration connectTimeout;
    private final int perDomain;
    private final ConnectionCache cache;
    private final Map<String, Semaphore> domainSlots = new ConcurrentHashMap<>();
    private final Function<List<Long>, Map<Long, DsnParameters>> dsn;

    public RemoteDelivery(BlobStore blobs, MxResolver mx, Supplier<Routes> routes, String heloName,
                          Duration connectTimeout, int perDomain, ConnectionCache cache) {
        this(blobs, mx, routes, heloName, connectTimeout, perDomain, cache, ids -> Map.of());
    }

    /** @param dsn the RFC 3461 parameters of queued recipients by id, passed on to DSN-capable next hops */
    public RemoteDelivery(BlobStore blobs, MxResolver mx, Supplier<Routes> routes, String heloName,
                          Duration connectTimeout, int perDomain, ConnectionCache cache,
                          Function<List<Long>, Map<Long, DsnParameters>> dsn) {
        this.dsn = dsn;
        this.blobs = blobs;
        this.mx = mx;
        this.routes = routes;
        this.heloName = heloName;
        this.connectTimeout = connectTimeout;
        this.perDomain = perDomain;
        this.cache = cache;
    }

    /** Outcomes for {@code batch} (all remote recipients), in its order. */
    public List<Outcome> deliver(List<Claimed> batch) {
        Map<String, List<Claimed>> groups = new LinkedHashMap<>();
        for (Claimed r : batch) {
            groups.computeIfAbsent(r.queueId() + " " + domain(r.address()), k -> new ArrayList<>()).add(r);
        }
        Map<Claimed, Outcome> out = new IdentityHashMap<>();
        Routes current = routes.get();
        for (List<Claimed> group : groups.values()) {
            List<Outcome> o = deliverGroup(group, current);
            for (int i = 0; i < group.size(); i++) {
                out.put(group.get(i), o.get(i));
            }
        }
        return batch.stream().map(out::get).toList();
    }

    static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private List<Outcome> deliverGroup(List<Claimed> group, Routes current) {
        String domain = domain(group.get(0).address());
        List<Hop> hops;
        var fixed = current.fixed(domain);
        if (fixed.isPresent()) {
            hops = fixed.get();
        } else {
            MxResolver.Answer a = mx.resolve(domain);
            if (a instanceof MxResolver.NoMail n) {
                return repeat(Outcome.failed(n.reply()), group.size());
            }
            if (a instanceof MxResolver.TryLater t) {
                return repeat(Outcome.deferred(t.reply()), group.size());
            }
            hops = ((MxResolver.Hosts) a).hosts().stream().map(h -> new Hop(h, 25)).toList();
        }
        SmtpClientSettings settings = current.viaSmarthost(domain)
                ? new SmtpClientSettings(heloName, connectTimeout, Duration.ofMinutes(5), false, current.username(),
                        current.password())
                : new SmtpClientSettings(heloName, connectTimeout, Duration.ofMinutes(5), false, null, null);
        Semaphore slots = domainSlots.computeIfAbsent(domain, d -> new Semaphore(perDomain));
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return repeat(Outcome.deferred("451 4.3.0 interrupted"), group.size());
        }
        try {
            SmtpReply last = SmtpReply.connectionFailure("no host to try for " + domain);
            for (Hop hop : hops) {
                SmtpConnection c = cache.take(hop);
                boolean reused = c != null;
                try {
                    if (c == null) {
                        c = SmtpConnection.open(hop.host(), hop.port(), settings);
                    }
                } catch (SmtpException e) {
                    last = e.reply();
                    LOG.info("{}: {} for {}: {}", group.get(0).queueId(), hop, domain, last.text());
                    if (last.permanent() && hops.size() == 1) {
                        break;
                    }
                    continue; // §5.1: the next MX host on a connection failure or refusal
                }
                List<SmtpReply> replies = send(c, group);
                if (reused && !c.usable()) {
                    // RFC 5321 §4.5.3.2.7: the server may have closed an idle cached connection; once more on a new one
                    LOG.info("{}: cached connection to {} was closed by the server; reconnecting", group.get(0).queueId(), hop);
                    try {
                        c = SmtpConnection.open(hop.host(), hop.port(), settings);
                        replies = send(c, group);
                    } catch (SmtpException e) {
                        last = e.reply();
                        continue;
                    }
                }
                boolean passedOn = c.offers("DSN");
                cache.give(hop, c);
                List<Outcome> result = new ArrayList<>(group.size());
                for (int i = 0; i < group.size(); i++) {
                    result.add(outcome(group.get(i), replies.get(i), hop, passedOn));
                }
                return result;
            }
            Outcome o = last.permanent() ? Outcome.failed(last.text()) : Outcome.deferred(asTemporary(last));
            return repeat(o, group.size());
        } finally {
            slots.release();
        }
    }

    private List<SmtpReply> send(SmtpConnection c, List<Claimed> group) {
        Claimed first = group.get(0);
        Map<Long, DsnParameters> params = dsnParameters(group);
        List<Envelope.Rcpt> rcpts = group.stream().map(r -> {
            DsnParameters p = params.get(r.id());
            return p == null ? new Envelope.Rcpt(r.address(), null, null)
                    : new Envelope.Rcpt(r.address(), p.notifyValue(), p.orcpt());
        }).toList();
        DsnParameters any = params.get(first.id());
        Envelope env = new Envelope(first.envelopeFrom(), rcpts, first.blob().size(), true,
                any == null ? null : any.ret(), any == null ? null : any.envId());
        try (InputStream in = blobs.open(first.blob())) {
            return c.send(env, in);
        } catch (IOException e) {
            c.close();
            return repeat(new SmtpReply(451, List.of("4.3.0 queued message unreadable: " + e.getMessage())), group.size());
        }
    }

    /** RFC 3461 §4: what the client sends only when the next hop offers DSN. Missing parameters send none. */
    private Map<Long, DsnParameters> dsnParameters(List<Claimed> group) {
        try {
            return dsn.apply(group.stream().map(Claimed::id).toList());
        } catch (RuntimeException e) {
            LOG.warn("{}: DSN parameters unreadable, not passed on: {}", group.get(0).queueId(), e.toString());
            return Map.of();
        }
    }

    /** The reply and the hop; a hop that offered DSN took the RFC 3461 parameters (the Notifier reads the mark). */
    private static Outcome outcome(Claimed r, SmtpReply reply, Hop hop, boolean passedOn) {
        String text = reply.text() + " (" + hop + (passedOn ? ", DSN passed on" : "") + ")";
        if (reply.positive()) {
            return Outcome.delivered(r.address(), text);
        }
        return reply.permanent() ? Outcome.failed(text) : Outcome.deferred(asTemporary(reply));
    }

    /** Keeps the stored reply a 4yz one, so that expiry can turn it into 5yz (the job controller does). */
    private static String asTemporary(SmtpReply reply) {
        String t = reply.text();
        return t.startsWith("4") ? t : "451 4.4.1 " + t;
    }

    private static <T> List<T> repeat(T t, int n) {
        List<T> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(t);
        }
        return l;
    }
}
