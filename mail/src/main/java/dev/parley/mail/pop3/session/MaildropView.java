package dev.parley.mail.pop3.session;

import dev.parley.mail.pop3.backend.MaildropEntry;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The session's numbering of the maildrop (RFC 1939 §5): message n is entry n-1 for the whole
 * session, and messages marked deleted keep their number but vanish from STAT, LIST and UIDL.
 */
public final class MaildropView {

    private final List<MaildropEntry> entries;
    private final BitSet deleted = new BitSet();

    public MaildropView(List<MaildropEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Number of messages present in the snapshot, deleted or not. */
    public int size() {
        return entries.size();
    }

    public int count() {
        return entries.size() - deleted.cardinality();
    }

    public long octets() {
        long total = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (!deleted.get(i)) {
                total += entries.get(i).size();
            }
        }
        return total;
    }

    public boolean exists(int number) {
        return number >= 1 && number <= entries.size();
    }

    public boolean isDeleted(int number) {
        return deleted.get(number - 1);
    }

    public MaildropEntry entry(int number) {
        return entries.get(number - 1);
    }

    public void delete(int number) {
        deleted.set(number - 1);
    }

    /** RSET (RFC 1939 §5). */
    public void undeleteAll() {
        deleted.clear();
    }

    /** Zero-based indexes of the messages marked deleted, for {@code Maildrop.commitDeletions}. */
    public Set<Integer> deletedIndexes() {
        Set<Integer> indexes = new LinkedHashSet<>();
        deleted.stream().forEach(indexes::add);
        return indexes;
    }
}
