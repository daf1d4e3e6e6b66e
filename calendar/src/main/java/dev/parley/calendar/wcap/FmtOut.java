package dev.parley.calendar.wcap;

import java.util.Locale;

/**
 * The {@code fmt-out} parameter (SUN63 acbeo): {@code text/calendar} is the default, {@code text/xml}
 * the other 6.x format. {@code text/js} (iCS 5.x, deprecated) and {@code text/html} (old UI login) are
 * refused with errno 58.
 */
public enum FmtOut {
    CALENDAR("text/calendar"),
    XML("text/xml");

    private final String mediaType;

    FmtOut(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static FmtOut parse(String value) {
        if (value == null || value.isBlank()) {
            return CALENDAR;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (FmtOut f : values()) {
            if (f.mediaType.equals(v)) {
                return f;
            }
        }
        throw new WcapException(WcapErrno.WCAP_NO_SUCH_FORMAT, "unsupported fmt-out: " + value);
    }
}
