package dev.parley.store.mail.api;

import java.util.Locale;
import java.util.Optional;

/** RFC 9051 §2.3.2 system flags that the store keeps ({@code \Recent} is gone in IMAP4rev2). */
public enum Flag {
    SEEN("\\Seen", "seen"),
    ANSWERED("\\Answered", "answered"),
    FLAGGED("\\Flagged", "flagged"),
    DELETED("\\Deleted", "deleted"),
    DRAFT("\\Draft", "draft");

    private final String imapName;
    private final String column;

    Flag(String imapName, String column) {
        this.imapName = imapName;
        this.column = column;
    }

    public String imapName() {
        return imapName;
    }

    /** The boolean column of {@code mail.message}. */
    public String column() {
        return column;
    }

    /** Flag names are case-insensitive (RFC 9051 §2.3.2). */
    public static Optional<Flag> fromImap(String name) {
        for (Flag f : values()) {
            if (f.imapName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
