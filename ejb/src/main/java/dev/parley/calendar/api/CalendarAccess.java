package dev.parley.calendar.api;

/**
 * What a grant allows on another user's calendar, weakest first; each includes the ones before it
 * (CALDAV:read-free-busy ⊂ DAV:read ⊂ DAV:write, RFC 4791 §6.1.1, RFC 3744 §3). The owner has all.
 */
public enum CalendarAccess {
    FREE_BUSY("free-busy"), READ("read"), WRITE("write");

    private final String value;

    CalendarAccess(String value) {
        this.value = value;
    }

    /** The stored and displayed form: free-busy, read, write. */
    public String value() {
        return value;
    }

    public boolean includes(CalendarAccess other) {
        return compareTo(other) >= 0;
    }

    public static CalendarAccess of(String value) {
        for (CalendarAccess a : values()) {
            if (a.value.equalsIgnoreCase(value) || a.name().equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no calendar access " + value);
    }
}
