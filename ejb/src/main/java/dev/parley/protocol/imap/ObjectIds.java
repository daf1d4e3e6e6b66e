package dev.parley.protocol.imap;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * RFC 8474 object ids of the store (objectid = 1*255(ALPHA / DIGIT / "_" / "-"), §3):
 * <ul>
 * <li>MAILBOXID {@code F<mailbox id>}: the mailbox row keeps its id across RENAME (§4.1);</li>
 * <li>EMAILID {@code M<first 24 hex digits of the blob's SHA-256>}: the same for every copy of the same
 * octets and kept by MOVE, which the RFC allows (§5.1: identical messages may share one);</li>
 * <li>THREADID {@code T<thread id>} from the store's thread assignment (§5.2).</li>
 * </ul>
 * The prefixes keep the three kinds apart, as the RFC asks ids not to be reused across kinds.
 */
final class ObjectIds {

    /** 96 bits of the content hash: collisions are out of reach, the id stays short. */
    static final int EMAIL_HEX = 24;
    private static final Pattern EMAIL = Pattern.compile("M[0-9a-f]{" + EMAIL_HEX + "}");
    private static final Pattern NUMBERED = Pattern.compile("[0-9]{1,18}");

    private ObjectIds() {
    }

    static String mailbox(long id) {
        return id <= 0 ? null : "F" + id;
    }

    static String email(String blobSha256) {
        return blobSha256 == null || blobSha256.length() < EMAIL_HEX ? null
                : "M" + blobSha256.substring(0, EMAIL_HEX).toLowerCase(Locale.ROOT);
    }

    static String thread(long threadId) {
        return threadId <= 0 ? null : "T" + threadId;
    }

    /** The hex prefix an EMAILID stands for, or empty when the id is not one of ours (matches nothing). */
    static Optional<String> emailHex(String id) {
        return EMAIL.matcher(id).matches() ? Optional.of(id.substring(1)) : Optional.empty();
    }

    static OptionalLong threadNumber(String id) {
        return id.length() > 1 && id.charAt(0) == 'T' && NUMBERED.matcher(id.substring(1)).matches()
                ? OptionalLong.of(Long.parseLong(id.substring(1))) : OptionalLong.empty();
    }
}
