package dev.parley.mail.imap.backend;

/** RFC 6154 special-use attributes the store assigns to mailboxes. */
public enum SpecialUse {
    ALL("\\All"), ARCHIVE("\\Archive"), DRAFTS("\\Drafts"), FLAGGED("\\Flagged"),
    JUNK("\\Junk"), SENT("\\Sent"), TRASH("\\Trash");

    private final String attribute;

    SpecialUse(String attribute) {
        this.attribute = attribute;
    }

    /** The LIST attribute, e.g. {@code \Sent}. */
    public String attribute() {
        return attribute;
    }

    /** By attribute, case-insensitive; null when unknown. */
    public static SpecialUse fromAttribute(String attribute) {
        for (SpecialUse use : values()) {
            if (use.attribute.equalsIgnoreCase(attribute)) {
                return use;
            }
        }
        return null;
    }
}
