package dev.parley.contacts;

import dev.parley.contacts.api.ContactsException;

/** RFC 6578 §3.2 sync tokens are URIs: {@code urn:parley:contacts:sync:<book>:<modseq>}. */
final class SyncTokens {

    private static final String PREFIX = "urn:parley:contacts:sync:";

    private SyncTokens() {
    }

    static String of(long bookId, long modseq) {
        return PREFIX + bookId + ":" + modseq;
    }

    /** The modseq of a token issued for this book; DAV:valid-sync-token otherwise (RFC 6578 §3.2). */
    static long modseq(String token, long bookId, long current) {
        if (token == null || token.isBlank()) {
            return 0;
        }
        if (token.startsWith(PREFIX)) {
            String[] parts = token.substring(PREFIX.length()).split(":");
            try {
                if (parts.length == 2 && Long.parseLong(parts[0]) == bookId) {
                    long modseq = Long.parseLong(parts[1]);
                    if (modseq >= 0 && modseq <= current) {
                        return modseq;
                    }
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new ContactsException(ContactsException.Kind.INVALID_SYNC_TOKEN, "not a sync token of this address book: " + token);
    }
}
