package dev.parley.mta.delivery;

import dev.parley.mail.mime.MessageParser;
import dev.parley.mail.sieve.Action;
import dev.parley.mail.sieve.MimeMessageContext;
import dev.parley.mail.sieve.Script;
import dev.parley.mail.sieve.Sieve;
import dev.parley.mail.sieve.SieveResult;
import dev.parley.mta.queue.Claimed;
import dev.parley.mta.queue.Outcome;
import dev.parley.mta.route.Destination;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobStore;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.StoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one leased recipient: resolve it in the directory, expand aliases and groups (posting policy,
 * loops), run Sieve, store. Never throws: every failure becomes an {@link Outcome}, temporary unless
 * it is known to be permanent (STYLE: a failing back end gives a temporary reply).
 */
public final class LocalDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDelivery.class);
    private static final int MAX_EXPANSION_DEPTH = 10;
    private static final int HEADER_SCAN_LIMIT = 256 * 1024;
    static final String REMOTE_NOT_YET = "451 4.4.0 remote delivery not yet available";

    private final Directory directory;
    private final MessageStore store;
    private final BlobStore blobs;
    private final SieveScripts scripts;
    private final Sieve sieve;
    private final int maxHops;
    private final boolean overQuotaPermanent;
    private final Set<Long> provisioned = ConcurrentHashMap.newKeySet();

    public LocalDelivery(Directory directory, MessageStore store, BlobStore blobs, SieveScripts scripts, Sieve sieve,
                         int maxHops, boolean overQuotaPermanent) {
        this.directory = directory;
        this.store = store;
        this.blobs = blobs;
        this.scripts = scripts;
        this.sieve = sieve;
        this.maxHops = maxHops;
        this.overQuotaPermanent = overQuotaPermanent;
    }

    public Outcome deliver(Claimed r) {
        try {
            Destination d = directory.resolve(r.address());
            return switch (d.kind()) {
                case REMOTE -> Outcome.deferred(REMOTE_NOT_YET);
                case UNKNOWN -> Outcome.failed("550 5.1.1 <" + r.address() + ">: no such user");
                case ACCOUNT -> toAccount(r, d);
                case ALIAS, CATCHALL, GROUP -> expand(r, d);
            };
        } catch (RuntimeException e) {
            LOG.warn("{}: delivery to <{}> failed temporarily: {}", r.queueId(), r.address(), e.toString());
            return Outcome.deferred("451 4.3.0 temporary failure: " + e.getClass().getSimpleName());
        }
    }

    /** Alias, catch-all and group: a single account target is delivered at once, anything else is queued anew. */
    private Outcome expand(Claimed r, Destination d) {
        Set<String> finals = new LinkedHashSet<>();
        String refusal = collect(d, r.envelopeFrom(), finals, new LinkedHashSet<>(), 0);
        if (refusal != null) {
            return Outcome.failed(refusal);
        }
        finals.remove(r.address().toLowerCase(Locale.ROOT));
        if (finals.isEmpty()) {
            return Outcome.discarded("250 2.1.5 expanded to no recipients");
        }
        if (finals.size() == 1) {
            Destination only = directory.resolve(finals.iterator().next());
            if (only.kind() == Destination.Kind.ACCOUNT) {
                return toAccount(r, only);
            }
        }
        return Outcome.expanded(List.copyOf(finals));
    }

    /** Adds the final addresses (accounts, remote) behind {@code d}; returns a refusal reply or null. */
    private String collect(Destination d, String sender, Set<String> finals, Set<String> seen, int depth) {
        if (!seen.add(d.address())) {
            return null; // an alias/group cycle: each address is expanded once
        }
        if (depth > MAX_EXPANSION_DEPTH) {
            return "554 5.4.6 alias expansion too deep at <" + d.address() + ">";
        }
        switch (d.kind()) {
            case ACCOUNT, REMOTE -> finals.add(d.address());
            case UNKNOWN -> LOG.info("expansion: <{}> does not exist, skipped", d.address());
            case ALIAS, CATCHALL -> {
                return collect(directory.resolve(d.target()), sender, finals, seen, depth + 1);
            }
            case GROUP -> {
                String refusal = postingRefusal(d, sender);
                if (refusal != null) {
                    return refusal;
                }
                for (String member : directory.members(d.groupId())) {
                    String r = collect(directory.resolve(member), sender, finals, seen, depth + 1);
                    if (r != null) {
                        return r;
                    }
                }
            }
            default -> throw new IllegalStateException(d.kind().name());
        }
        return null;
    }

    private String postingRefusal(Destination group, String sender) {
        String policy = group.policy() == null ? "anyone" : group.policy();
        String from = sender.toLowerCase(Locale.ROOT);
        boolean allowed = switch (policy) {
            case "members" -> !from.isEmpty() && directory.members(group.groupId()).contains(canonical(from));
            case "domain" -> !from.isEmpty() && canonical(from).endsWith("@" + group.domain());
            default -> true;
        };
        return allowed ? null : "550 5.7.1 <" + group.address() + ">: sender may not post to this group (" + policy + ")";
    }

    private String canonical(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address
                : address.substring(0, at + 1) + directory.canonicalDomain(address.substring(at + 1)).orElse(address.substring(at + 1));
    }

    private Outcome toAccount(Claimed r, Destination d) {
        HeaderScan scan;
        try (InputStream in = blobs.open(r.blob())) {
            scan = HeaderScan.of(in, HEADER_SCAN_LIMIT);
        } catch (IOException e) {
            return Outcome.deferred("451 4.3.0 message content unavailable");
        }
        if (scan.received() > maxHops) {
            return Outcome.failed("554 5.4.6 too many hops (" + scan.received() + " Received: fields)");
        }
        if (scan.deliveredTo().contains(d.address())) {
            return Outcome.failed("554 5.4.6 mail loop: already delivered to <" + d.address() + ">");
        }
        if (provisioned.add(d.accountId())) {
            store.provision(d.accountId());
        }
        List<Script> active = scripts.scriptsFor(d.accountId(), d.address());
        List<String> mailboxes = new ArrayList<>();
        List<String> redirects = new ArrayList<>();
        if (active.isEmpty()) {
            mailboxes.add(null);
        } else {
            String refusal = runSieve(r, d, active, mailboxes, redirects);
            if (refusal != null) {
                return Outcome.failed(refusal);
            }
        }
        try {
            for (String mailbox : mailboxes) {
                store(r, d, mailbox);
            }
        } catch (StoreException e) {
            return storeFailure(r, d, e);
        } catch (IOException e) {
            return Outcome.deferred("451 4.3.0 message content unavailable");
        }
        if (mailboxes.isEmpty() && redirects.isEmpty()) {
            return Outcome.discarded("250 2.0.0 discarded by Sieve");
        }
        if (!redirects.isEmpty()) {
            return new Outcome(Outcome.Kind.EXPANDED, "250 2.1.5 delivered to <" + d.address() + ">, redirected to "
                    + redirects.size(), d.address(), redirects);
        }
        return Outcome.delivered(d.address(), "250 2.1.5 delivered to <" + d.address() + ">");
    }

    private void store(Claimed r, Destination d, String mailbox) throws IOException {
        byte[] trace = ("Delivered-To: " + d.address() + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try (InputStream body = blobs.open(r.blob());
             InputStream raw = new SequenceInputStream(new ByteArrayInputStream(trace), body)) {
            store.deliver(d.accountId(), mailbox, raw);
        } catch (StoreException e) {
            if (mailbox != null && e.kind() == StoreException.Kind.NOT_FOUND) {
                // RFC 5228 §4.1: fileinto a mailbox that does not exist must not lose the message
                LOG.info("{}: fileinto \"{}\" for <{}>: no such mailbox, kept in INBOX", r.queueId(), mailbox, d.address());
                store(r, d, null);
                return;
            }
            throw e;
        }
    }

    private Outcome storeFailure(Claimed r, Destination d, StoreException e) {
        return switch (e.kind()) {
            case QUOTA_EXCEEDED -> overQuotaPermanent
                    ? Outcome.failed("552 5.2.2 <" + d.address() + ">: mailbox full")
                    : Outcome.deferred("452 4.2.2 <" + d.address() + ">: mailbox full");
            case UNAVAILABLE -> Outcome.deferred("451 4.3.0 message store unavailable");
            case NOT_FOUND -> Outcome.failed("550 5.1.1 <" + d.address() + ">: mailbox unavailable");
            default -> Outcome.failed("554 5.3.0 <" + d.address() + ">: " + e.kind().name().toLowerCase(Locale.ROOT));
        };
    }

    /** Fills mailboxes (null = INBOX) and redirects from the scripts' actions; returns a refusal or null. */
    private String runSieve(Claimed r, Destination d, List<Script> active, List<String> mailboxes, List<String> redirects) {
        MimeMessageContext context;
        try (InputStream in = blobs.open(r.blob())) {
            byte[] raw = in.readAllBytes();
            context = new MimeMessageContext(raw, new MessageParser().parse(raw), r.envelopeFrom(), d.address());
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: Sieve skipped for <{}> (message not parsed: {}), kept", r.queueId(), d.address(), e.toString());
            mailboxes.add(null);
            return null;
        }
        Set<String> boxes = new LinkedHashSet<>();
        for (Script script : active) {
            SieveResult result;
            try {
                result = sieve.run(script, context);
            } catch (RuntimeException e) {
                result = new SieveResult(List.of(new Action.Keep(List.of())), List.of(e.toString()));
            }
            if (!result.errors().isEmpty()) {
                LOG.warn("{}: Sieve for <{}> failed, kept: {}", r.queueId(), d.address(), result.errors());
            }
            for (Action a : result.actions()) {
                if (a instanceof Action.Keep) {
                    boxes.add("INBOX");
                } else if (a instanceof Action.FileInto f) {
                    boxes.add(f.mailbox());
                } else if (a instanceof Action.Redirect rd) {
                    redirects.add(rd.address().toLowerCase(Locale.ROOT));
                } else if (a instanceof Action.Reject rj) {
                    return "550 5.7.1 " + rj.reason().replaceAll("[\\r\\n]+", " ");
                } else if (a instanceof Action.Vacation v) {
                    // RFC 5230 replies need the outbound path (remote delivery): next round
                    LOG.info("{}: vacation reply to <{}> not sent (outbound mail not yet available)", r.queueId(),
                            v.recipient());
                }
            }
        }
        for (String box : boxes) {
            mailboxes.add("INBOX".equalsIgnoreCase(box) ? null : box);
        }
        return null;
    }
}
