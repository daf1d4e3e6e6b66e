package dev.parley.mta.delivery;

import dev.parley.mail.mime.MessageParser;
import dev.parley.mail.sieve.Action;
import dev.parley.mail.sieve.MimeMessageContext;
import dev.parley.mail.sieve.Script;
import dev.parley.mail.sieve.Sieve;
import dev.parley.mail.sieve.SieveResult;
import dev.parley.mail.sieve.VacationTracker;
import dev.parley.mta.vacation.VacationResponses;
import dev.parley.mta.vacation.VacationSender;
import dev.parley.mta.queue.Claimed;
import dev.parley.mta.queue.Outcome;
import dev.parley.mta.route.Destination;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobStore;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.sieve.api.SieveUnavailableException;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.StoredDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final Directory directory;
    private final MessageStore store;
    private final BlobStore blobs;
    private final SieveScripts scripts;
    private final Sieve sieve;
    private final int maxHops;
    private final boolean overQuotaPermanent;
    private final Set<Long> provisioned = ConcurrentHashMap.newKeySet();
    private final VacationResponses responses;
    private final VacationSender vacations;

    public LocalDelivery(Directory directory, MessageStore store, BlobStore blobs, SieveScripts scripts, Sieve sieve,
                         int maxHops, boolean overQuotaPermanent) {
        this(directory, store, blobs, scripts, sieve, maxHops, overQuotaPermanent, null, null);
    }

    /**
     * @param responses RFC 5230 response tracking, or null to answer every vacation that passes §4.5
     * @param vacations sends vacation replies through the queue, or null to only log them
     */
    public LocalDelivery(Directory directory, MessageStore store, BlobStore blobs, SieveScripts scripts, Sieve sieve,
                         int maxHops, boolean overQuotaPermanent, VacationResponses responses, VacationSender vacations) {
        this.responses = responses;
        this.vacations = vacations;
        this.directory = directory;
        this.store = store;
        this.blobs = blobs;
        this.scripts = scripts;
        this.sieve = sieve;
        this.maxHops = maxHops;
        this.overQuotaPermanent = overQuotaPermanent;
    }

    /** Plans and stores one recipient (LMTP's immediate delivery, and the fallback of a failed batch). */
    public Outcome deliver(Claimed r) {
        Plan plan = plan(r);
        return plan.needsStore() ? store(plan) : plan.outcome();
    }

    /** Everything but the store: resolve, expand, check loops, run Sieve. Never throws. */
    public Plan plan(Claimed r) {
        return plan(r, new Lookups());
    }

    /**
     * Plans a batch; directory answers and Sieve scripts are looked up once per address and account in it
     * (one job-controller batch often holds several messages for one mailbox).
     */
    public List<Plan> planAll(List<Claimed> batch, java.util.function.Consumer<Claimed> before,
                              java.util.function.Consumer<Claimed> after) {
        Lookups lookups = new Lookups();
        List<Plan> plans = new ArrayList<>(batch.size());
        for (Claimed r : batch) {
            before.accept(r);
            try {
                plans.add(plan(r, lookups));
            } finally {
                after.accept(r);
            }
        }
        return plans;
    }

    /** Answers within one batch. */
    private final class Lookups {
        private final Map<String, Destination> destinations = new java.util.HashMap<>();
        private final Map<Long, List<Script>> scripts = new java.util.HashMap<>();

        Destination resolve(String address) {
            Destination d = destinations.get(address);
            if (d == null) {
                d = directory.resolve(address);
                destinations.put(address, d);
            }
            return d;
        }

        List<Script> scripts(long accountId, String address) {
            List<Script> found = scripts.get(accountId);
            if (found == null) {
                found = LocalDelivery.this.scripts.scriptsFor(accountId, address);
                scripts.put(accountId, found);
            }
            return found;
        }
    }

    private Plan plan(Claimed r, Lookups look) {
        try {
            Destination d = look.resolve(r.address());
            return switch (d.kind()) {
                case REMOTE -> Plan.remote(r);
                case UNKNOWN -> Plan.done(r, Outcome.failed("550 5.1.1 <" + r.address() + ">: no such user"));
                case ACCOUNT -> toAccount(r, d, look);
                case ALIAS, CATCHALL, GROUP -> expand(r, d, look);
            };
        } catch (RuntimeException e) {
            LOG.warn("{}: delivery to <{}> failed temporarily: {}", r.queueId(), r.address(), e.toString());
            return Plan.done(r, Outcome.deferred("451 4.3.0 temporary failure: " + e.getClass().getSimpleName()));
        }
    }

    /**
     * Stores the copies of several plans in one store transaction, referencing the queue's blob (no second
     * copy, ADR 0045); if the store refuses any of them, each plan is stored on its own so that only the
     * refused one fails. Outcomes in the order of {@code plans}.
     */
    public List<Outcome> storeAll(List<Plan> plans) {
        List<StoredDelivery> all = new ArrayList<>();
        for (Plan p : plans) {
            for (Plan.Copy c : p.copies()) {
                all.add(new StoredDelivery(c.accountId(), c.mailbox(), c.flags(), p.recipient().blob()));
            }
        }
        if (!all.isEmpty()) {
            try {
                store.deliverStored(all);
            } catch (RuntimeException e) {
                LOG.debug("batch of {} copies refused ({}); storing one by one", all.size(), e.toString());
                return plans.stream().map(this::store).toList();
            }
        }
        return plans.stream().map(Plan::onStored).toList();
    }

    /** Stores one plan's copies; every store refusal becomes an outcome. */
    public Outcome store(Plan plan) {
        Claimed r = plan.recipient();
        try {
            for (Plan.Copy c : plan.copies()) {
                storeCopy(r, c);
            }
            return plan.onStored();
        } catch (StoreException e) {
            return storeFailure(plan.copies().get(0).address(), e);
        } catch (RuntimeException e) {
            LOG.warn("{}: storing for <{}> failed temporarily: {}", r.queueId(), r.address(), e.toString());
            return Outcome.deferred("451 4.3.0 message store unavailable");
        }
    }

    /** Alias, catch-all and group: a single account target is delivered at once, anything else is queued anew. */
    private Plan expand(Claimed r, Destination d, Lookups look) {
        Set<String> finals = new LinkedHashSet<>();
        String refusal = collect(d, r.envelopeFrom(), finals, new LinkedHashSet<>(), 0, look);
        if (refusal != null) {
            return Plan.done(r, Outcome.failed(refusal));
        }
        finals.remove(r.address().toLowerCase(Locale.ROOT));
        if (finals.isEmpty()) {
            return Plan.done(r, Outcome.discarded("250 2.1.5 expanded to no recipients"));
        }
        if (finals.size() == 1) {
            Destination only = look.resolve(finals.iterator().next());
            if (only.kind() == Destination.Kind.ACCOUNT) {
                return toAccount(r, only, look);
            }
        }
        return Plan.done(r, Outcome.expanded(List.copyOf(finals)));
    }

    /** Adds the final addresses (accounts, remote) behind {@code d}; returns a refusal reply or null. */
    private String collect(Destination d, String sender, Set<String> finals, Set<String> seen, int depth, Lookups look) {
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
                return collect(look.resolve(d.target()), sender, finals, seen, depth + 1, look);
            }
            case GROUP -> {
                String refusal = postingRefusal(d, sender);
                if (refusal != null) {
                    return refusal;
                }
                for (String member : directory.members(d.groupId())) {
                    String r = collect(look.resolve(member), sender, finals, seen, depth + 1, look);
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

    private Plan toAccount(Claimed r, Destination d, Lookups look) {
        HeaderScan scan;
        try (InputStream in = blobs.open(r.blob())) {
            scan = HeaderScan.of(in, HEADER_SCAN_LIMIT);
        } catch (IOException e) {
            return Plan.done(r, Outcome.deferred("451 4.3.0 message content unavailable"));
        }
        if (scan.received() > maxHops) {
            return Plan.done(r, Outcome.failed("554 5.4.6 too many hops (" + scan.received() + " Received: fields)"));
        }
        if (scan.deliveredTo().contains(d.address())) {
            return Plan.done(r, Outcome.failed("554 5.4.6 mail loop: already delivered to <" + d.address() + ">"));
        }
        if (provisioned.add(d.accountId())) {
            store.provision(d.accountId());
        }
        List<Script> active;
        try {
            active = look.scripts(d.accountId(), d.address());
        } catch (SieveUnavailableException e) {
            // the scripts cannot be read: deliver later rather than file past the user's rules
            LOG.warn("{}: Sieve scripts of <{}> unavailable, deferred: {}", r.queueId(), d.address(), e.getMessage());
            return Plan.done(r, Outcome.deferred("451 4.3.0 Sieve scripts unavailable"));
        }
        List<Plan.Copy> copies = new ArrayList<>();
        List<String> redirects = new ArrayList<>();
        if (active.isEmpty()) {
            copies.add(new Plan.Copy(d.accountId(), d.address(), null, Flags.NONE, false));
        } else {
            String refusal = runSieve(r, d, active, copies, redirects);
            if (refusal != null) {
                return Plan.done(r, Outcome.failed(refusal));
            }
        }
        if (copies.isEmpty() && redirects.isEmpty()) {
            return Plan.done(r, Outcome.discarded("250 2.0.0 discarded by Sieve"));
        }
        Outcome after = redirects.isEmpty()
                ? Outcome.delivered(d.address(), "250 2.1.5 delivered to <" + d.address() + ">")
                : new Outcome(Outcome.Kind.EXPANDED, "250 2.1.5 delivered to <" + d.address() + ">, redirected to "
                        + redirects.size(), d.address(), redirects);
        if (copies.isEmpty()) {
            return Plan.done(r, after);
        }
        return Plan.store(r, copies, after);
    }

    /**
     * One copy, referencing the queue's blob. RFC 5228 §4.1: fileinto a mailbox that does not exist must
     * not lose the message — it is created with {@code :create} (RFC 5490 §3.2), else kept in INBOX.
     */
    private void storeCopy(Claimed r, Plan.Copy c) {
        try {
            store.deliverStored(List.of(new StoredDelivery(c.accountId(), c.mailbox(), c.flags(), r.blob())));
        } catch (StoreException e) {
            if (c.mailbox() == null || e.kind() != StoreException.Kind.NOT_FOUND) {
                throw e;
            }
            if (c.create()) {
                try {
                    store.createMailbox(c.accountId(), c.mailbox(), null);
                    LOG.info("{}: fileinto :create \"{}\" for <{}>: mailbox created", r.queueId(), c.mailbox(), c.address());
                } catch (StoreException exists) {
                    LOG.debug("{}: creating \"{}\": {}", r.queueId(), c.mailbox(), exists.getMessage());
                }
                try {
                    store.deliverStored(List.of(new StoredDelivery(c.accountId(), c.mailbox(), c.flags(), r.blob())));
                    return;
                } catch (StoreException again) {
                    if (again.kind() != StoreException.Kind.NOT_FOUND) {
                        throw again;
                    }
                }
            }
            LOG.info("{}: fileinto \"{}\" for <{}>: no such mailbox, kept in INBOX", r.queueId(), c.mailbox(), c.address());
            store.deliverStored(List.of(new StoredDelivery(c.accountId(), null, c.flags(), r.blob())));
        }
    }

    private Outcome storeFailure(String address, StoreException e) {
        return switch (e.kind()) {
            case QUOTA_EXCEEDED -> overQuotaPermanent
                    ? Outcome.failed("552 5.2.2 <" + address + ">: mailbox full")
                    : Outcome.deferred("452 4.2.2 <" + address + ">: mailbox full");
            case UNAVAILABLE -> Outcome.deferred("451 4.3.0 message store unavailable");
            case NOT_FOUND -> Outcome.failed("550 5.1.1 <" + address + ">: mailbox unavailable");
            default -> Outcome.failed("554 5.3.0 <" + address + ">: " + e.kind().name().toLowerCase(Locale.ROOT));
        };
    }

    /**
     * Runs the scripts (site first, then the user's) and fills the copies and redirects from their
     * actions; returns a refusal or null. A script that fails keeps the message (RFC 5228 §2.10.6),
     * logged once for this delivery.
     */
    private String runSieve(Claimed r, Destination d, List<Script> active, List<Plan.Copy> copies, List<String> redirects) {
        MimeMessageContext context;
        try (InputStream in = blobs.open(r.blob())) {
            byte[] raw = in.readAllBytes();
            context = new MimeMessageContext(raw, new MessageParser().parse(raw), r.envelopeFrom(), d.address(),
                    mailboxesOf(d.accountId()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: Sieve skipped for <{}> (message not parsed: {}), kept", r.queueId(), d.address(), e.toString());
            copies.add(new Plan.Copy(d.accountId(), d.address(), null, Flags.NONE, false));
            return null;
        }
        Map<String, Plan.Copy> boxes = new LinkedHashMap<>();
        // RFC 5230 §4.5: the address the mail came to (an alias, +detail) is also the user's
        List<String> mine = r.address().equalsIgnoreCase(d.address()) ? List.of() : List.of(r.address());
        for (Script script : active) {
            SieveResult result;
            try {
                VacationTracker tracker = responses == null ? VacationTracker.NONE : responses.of(d.accountId());
                result = sieve.run(script, context, tracker, mine);
            } catch (RuntimeException e) {
                result = new SieveResult(List.of(new Action.Keep(List.of())), List.of(e.toString()));
            }
            if (result.failed()) {
                LOG.warn("{}: Sieve for <{}> failed, kept: {}", r.queueId(), d.address(), result.errors());
            }
            for (Action a : result.actions()) {
                if (a instanceof Action.Keep k) {
                    boxes.merge("INBOX", new Plan.Copy(d.accountId(), d.address(), null, flags(r, k.flags()), false),
                            LocalDelivery::union);
                } else if (a instanceof Action.FileInto f) {
                    String name = "INBOX".equalsIgnoreCase(f.mailbox()) ? null : f.mailbox();
                    boxes.merge(name == null ? "INBOX" : name,
                            new Plan.Copy(d.accountId(), d.address(), name, flags(r, f.flags()), f.create()),
                            LocalDelivery::union);
                } else if (a instanceof Action.Redirect rd) {
                    redirects.add(rd.address().toLowerCase(Locale.ROOT));
                } else if (a instanceof Action.Reject rj) {
                    // RFC 5429 §2.1/§2.2: refused in the LMTP reply when delivering at LMTP time; otherwise the
                    // recipient fails and the non-delivery report carries the reason
                    return "550 5.7.1 " + rj.reason().replaceAll("[\\r\\n]+", " ");
                } else if (a instanceof Action.Vacation v) {
                    // RFC 5230 §5: queued from <> to the sender; already recorded by the tracker (§4.1)
                    if (vacations != null) {
                        vacations.send(r.queueId(), d.address(), v);
                    } else {
                        LOG.info("{}: vacation reply to <{}> not sent (no sender configured)", r.queueId(), v.recipient());
                    }
                }
            }
        }
        copies.addAll(boxes.values());
        return null;
    }

    /** RFC 5490 §3.1 mailboxexists: the account's mailboxes, listed once per delivery when first asked. */
    private java.util.function.Predicate<String> mailboxesOf(long accountId) {
        Set<String>[] names = new Set[1];
        return name -> {
            if (names[0] == null) {
                names[0] = new java.util.HashSet<>();
                store.listMailboxes(accountId).forEach(m -> names[0].add(m.name()));
            }
            return "INBOX".equalsIgnoreCase(name) || names[0].contains(name);
        };
    }

    private static Plan.Copy union(Plan.Copy a, Plan.Copy b) {
        Set<dev.parley.store.mail.api.Flag> system = new java.util.HashSet<>(a.flags().system());
        system.addAll(b.flags().system());
        java.util.TreeSet<String> keywords = new java.util.TreeSet<>(a.flags().keywords());
        keywords.addAll(b.flags().keywords());
        return new Plan.Copy(a.accountId(), a.address(), a.mailbox(), new Flags(system, keywords), a.create() || b.create());
    }

    /** RFC 5232 flags for the stored copy; names that are neither system flags nor valid keywords are dropped. */
    private static Flags flags(Claimed r, List<String> names) {
        if (names.isEmpty()) {
            return Flags.NONE;
        }
        List<String> valid = new ArrayList<>();
        for (String n : names) {
            try {
                Flags.parse(List.of(n));
                valid.add(n);
            } catch (StoreException e) {
                LOG.info("{}: Sieve flag \"{}\" is not an IMAP flag, not set", r.queueId(), n);
            }
        }
        return Flags.parse(valid);
    }
}
