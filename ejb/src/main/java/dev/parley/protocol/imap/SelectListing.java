package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.MailboxListing;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.UidSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What SELECT needs of a mailbox, in UID order: immutable, so the sessions that have the mailbox
 * open share one (ADR 0025). A later SELECT brings it up to date with the store's changes since its
 * highest modseq (RFC 7162: changed rows and vanished UIDs) instead of reading every row again.
 *
 * @param uidNext    at least one above every UID the mailbox has had (RFC 9051 §2.3.1.1)
 * @param keywords   keywords defined in the mailbox (the FLAGS response)
 * @param messages   unmodifiable, ascending UIDs
 */
record SelectListing(long uidValidity, long uidNext, long highestModseq, List<String> keywords, List<MessageMeta> messages) {

    /** The whole mailbox from the store. */
    static SelectListing read(MessageStore store, long accountId, String name) {
        // the status was read before the rows (one transaction): a row changed in between has a
        // modseq above the listing's and is reported again by the next refresh or changesSince, harmlessly
        MailboxListing selected = store.snapshot(accountId, name);
        List<MessageMeta> messages = ImapMapping.metas(selected.messages());
        long lastUid = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid().value();
        var status = selected.status();
        return new SelectListing(status.uidValidity(), Math.max(Math.max(1, status.uidNext()), lastUid + 1),
                status.highestModseq(), List.copyOf(selected.keywords()), Collections.unmodifiableList(messages));
    }

    /** This listing with the store's changes since its highest modseq; itself when nothing changed. */
    SelectListing refresh(MessageStore store, long accountId, String name) {
        Changes changes = store.changesSince(accountId, name, highestModseq);
        if (changes.changed().isEmpty() && changes.vanished().isEmpty() && changes.highestModseq() <= highestModseq) {
            return this;
        }
        return merge(changes.highestModseq(), ImapMapping.metas(changes.changed()), changes.vanished());
    }

    /** Replaces changed messages, adds new ones in UID order, drops vanished ones. */
    SelectListing merge(long newHighest, List<MessageMeta> changed, UidSet vanished) {
        Map<Long, MessageMeta> byUid = new HashMap<>();
        long next = uidNext;
        Set<String> words = new LinkedHashSet<>(keywords);
        for (MessageMeta m : changed) {
            byUid.put(m.uid().value(), m);
            next = Math.max(next, m.uid().value() + 1);
            for (String flag : m.flags().names()) {
                if (!flag.startsWith("\\")) {
                    words.add(flag);
                }
            }
        }
        Set<Long> gone = new HashSet<>();
        for (UidSet.Range r : vanished.ranges()) {
            for (long uid = r.first(); uid <= r.last(); uid++) {
                gone.add(uid);
            }
            next = Math.max(next, r.last() + 1);
        }
        List<MessageMeta> out = new ArrayList<>(messages.size() + byUid.size());
        for (MessageMeta m : messages) {
            long uid = m.uid().value();
            if (gone.contains(uid)) {
                byUid.remove(uid);
                continue;
            }
            MessageMeta newer = byUid.remove(uid);
            out.add(newer != null && newer.modSeq().value() >= m.modSeq().value() ? newer : m);
        }
        if (!byUid.isEmpty()) {
            long last = out.isEmpty() ? 0 : out.get(out.size() - 1).uid().value();
            List<MessageMeta> added = new ArrayList<>(byUid.values());
            added.removeIf(m -> gone.contains(m.uid().value()));
            added.sort(Comparator.comparingLong(m -> m.uid().value()));
            out.addAll(added);
            if (!added.isEmpty() && added.get(0).uid().value() < last) {
                out.sort(Comparator.comparingLong(m -> m.uid().value()));
            }
        }
        return new SelectListing(uidValidity, next, Math.max(highestModseq, newHighest), List.copyOf(words),
                Collections.unmodifiableList(out));
    }
}
