package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.Flags;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * RFC 4314 §4: which flags a user may set or clear. {@code \Seen} needs the 's' right,
 * {@code \Deleted} the 't' right, every other flag and keyword the 'w' right. Flags the user may
 * not change are left out of STORE and APPEND silently, as RFC 4314 §4 allows for STORE ("the
 * server SHOULD ... ignore" the flags the user has no right for) rather than failing the command.
 */
final class FlagRights {

    private FlagRights() {
    }

    static boolean permitted(String rights, String flag) {
        char needed = flag.equalsIgnoreCase(Flags.SEEN) ? 's' : flag.equalsIgnoreCase(Flags.DELETED) ? 't' : 'w';
        return rights.indexOf(needed) >= 0;
    }

    /** {@code flags} less those the rights do not allow to change. */
    static Flags permitted(String rights, Flags flags) {
        if (allFlags(rights)) {
            return flags;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String f : flags.names()) {
            if (permitted(rights, f)) {
                kept.add(f);
            }
        }
        return Flags.of(kept);
    }

    /** True when the rights allow every flag change ('s', 't' and 'w'). */
    static boolean allFlags(String rights) {
        return rights.indexOf('s') >= 0 && rights.indexOf('t') >= 0 && rights.indexOf('w') >= 0;
    }
}
