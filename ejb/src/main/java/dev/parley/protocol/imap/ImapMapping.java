package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.BackendException.Reason;
import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.SearchCriteria;
import dev.parley.store.mail.api.StoreException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Translation between the IMAP engine's back-end types ({@code dev.parley.mail.imap.backend}) and the
 * message store's API ({@code dev.parley.store.mail.api}), and the one place where store refusals
 * become IMAP response codes (STYLE: exceptions map to replies in exactly one place).
 */
final class ImapMapping {

    private ImapMapping() {
    }

    /** What a store refusal means to an IMAP client; {@code missingIsTryCreate} for APPEND/COPY/MOVE targets. */
    static BackendException failure(RuntimeException e, boolean missingIsTryCreate) {
        if (e instanceof StoreException se) {
            return switch (se.kind()) {
                case NOT_FOUND -> new BackendException(missingIsTryCreate ? Reason.TRY_CREATE : Reason.NONEXISTENT,
                        missingIsTryCreate ? "Mailbox does not exist" : "No such mailbox");
                case EXISTS -> new BackendException(Reason.ALREADY_EXISTS, "Mailbox already exists");
                case HAS_CHILDREN -> new BackendException(Reason.HAS_CHILDREN, "Mailbox has children");
                case CANNOT -> new BackendException(Reason.CANNOT, clientSafe(se));
                case INVALID -> new BackendException(Reason.CANNOT, clientSafe(se));
                case QUOTA_EXCEEDED -> new BackendException(Reason.OVER_QUOTA, "Quota exceeded");
                case FORBIDDEN -> new BackendException(Reason.NO_PERMISSION, "Permission denied");
                case UNAVAILABLE -> BackendException.unavailable(se.getMessage(), se);
            };
        }
        return BackendException.unavailable("store failure: " + e, e);
    }

    /** Store messages for client errors name the offending input, never internals; keep them short. */
    private static String clientSafe(StoreException e) {
        String message = e.getMessage() == null ? "Not possible" : e.getMessage();
        StringBuilder ascii = new StringBuilder();
        for (char c : message.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return ascii.length() > 200 ? ascii.substring(0, 200) : ascii.toString();
    }

    static dev.parley.store.mail.api.Flags toStore(Flags flags) {
        List<String> names = new ArrayList<>();
        for (String name : flags.names()) {
            // \Recent is session state (RFC 3501 §2.3.2); other unknown \-flags cannot be stored
            if (!name.startsWith("\\") || Flag.fromImap(name).isPresent()) {
                names.add(name);
            }
        }
        return dev.parley.store.mail.api.Flags.parse(names);
    }

    static Flags toImap(dev.parley.store.mail.api.Flags flags) {
        return Flags.of(flags.names());
    }

    static dev.parley.store.mail.api.UidSet toStore(UidSet uids) {
        List<dev.parley.store.mail.api.UidSet.Range> ranges = new ArrayList<>(uids.ranges().size());
        for (UidSet.Range r : uids.ranges()) {
            ranges.add(new dev.parley.store.mail.api.UidSet.Range(r.low(), r.high()));
        }
        return new dev.parley.store.mail.api.UidSet(ranges);
    }

    static List<Uid> uids(List<Long> values) {
        List<Uid> out = new ArrayList<>(values.size());
        for (long v : values) {
            out.add(Uid.of(v));
        }
        return out;
    }

    /** The UIDs of a store set that was built from single UIDs (never an open range). */
    static List<Uid> uids(dev.parley.store.mail.api.UidSet set) {
        List<Uid> out = new ArrayList<>();
        for (dev.parley.store.mail.api.UidSet.Range r : set.ranges()) {
            for (long v = r.first(); v <= r.last(); v++) {
                out.add(Uid.of(v));
            }
        }
        return out;
    }

    /**
     * Listings as the engine's metadata. Flag sets repeat (the store shares one {@code Flags} per
     * distinct set in a listing), so each distinct set is converted once.
     */
    static List<MessageMeta> metas(List<MessageListing> listings) {
        List<MessageMeta> out = new ArrayList<>(listings.size());
        // the listing shares one Flags per distinct set: identity finds it without hashing two sets per row
        Map<dev.parley.store.mail.api.Flags, Flags> converted = new java.util.IdentityHashMap<>();
        for (MessageListing m : listings) {
            Flags flags = converted.computeIfAbsent(m.flags(), ImapMapping::toImap);
            out.add(new MessageMeta(Uid.of(m.uid()), ModSeq.of(m.modseq()), flags, m.internalDate(), m.size()));
        }
        return out;
    }

    static SearchCriteria toStore(SearchKey key) {
        // Java 17: no pattern matching for switch yet
        if (key instanceof SearchKey.All) {
            return new SearchCriteria.All();
        } else if (key instanceof SearchKey.HasFlag f) {
            return flag(f);
        } else if (key instanceof SearchKey.Header h) {
            return new SearchCriteria.Header(h.field().toLowerCase(Locale.ROOT), h.text());
        } else if (key instanceof SearchKey.Text t) {
            return new SearchCriteria.Text(t.bodyOnly() ? SearchCriteria.TextScope.BODY : SearchCriteria.TextScope.TEXT,
                    t.text());
        } else if (key instanceof SearchKey.Date d) {
            return new SearchCriteria.Date(d.sent() ? SearchCriteria.DateField.SENT : SearchCriteria.DateField.INTERNAL,
                    SearchCriteria.Comparison.valueOf(d.comparison().name()), d.date());
        } else if (key instanceof SearchKey.Size s) {
            return new SearchCriteria.Size(s.larger(), s.octets());
        } else if (key instanceof SearchKey.UidIn u) {
            return new SearchCriteria.Uids(toStore(u.uids()));
        } else if (key instanceof SearchKey.ModSeqAtLeast m) {
            return new SearchCriteria.ModSeq(m.modSeq().value());
        } else if (key instanceof SearchKey.EmailId e) {
            return ObjectIds.emailHex(e.id()).<SearchCriteria>map(SearchCriteria.BlobPrefix::new)
                    .orElse(new SearchCriteria.Not(new SearchCriteria.All()));
        } else if (key instanceof SearchKey.ThreadId t) {
            java.util.OptionalLong thread = ObjectIds.threadNumber(t.id());
            return thread.isPresent() ? new SearchCriteria.Thread(thread.getAsLong())
                    : new SearchCriteria.Not(new SearchCriteria.All());
        } else if (key instanceof SearchKey.Not n) {
            return new SearchCriteria.Not(toStore(n.key()));
        } else if (key instanceof SearchKey.Or o) {
            return new SearchCriteria.Or(toStore(o.left()), toStore(o.right()));
        } else if (key instanceof SearchKey.And a) {
            List<SearchCriteria> all = new ArrayList<>(a.keys().size());
            a.keys().forEach(k -> all.add(toStore(k)));
            return new SearchCriteria.And(all);
        }
        throw new IllegalArgumentException("unknown search key " + key);
    }

    private static SearchCriteria flag(SearchKey.HasFlag f) {
        SearchCriteria has;
        if (f.flag().startsWith("\\")) {
            has = Flag.fromImap(f.flag()).<SearchCriteria>map(SearchCriteria.HasFlag::new)
                    // a system flag the store does not keep is on no message
                    .orElse(new SearchCriteria.Not(new SearchCriteria.All()));
        } else {
            has = new SearchCriteria.HasKeyword(f.flag());
        }
        return f.set() ? has : new SearchCriteria.Not(has);
    }
}
