package dev.parley.calendar.caldav;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.w3c.dom.Element;

/**
 * A {@code CALDAV:time-range} (RFC 4791 §9.9): UTC date-times, either end open (null). Both missing
 * or not in UTC form is {@code valid-filter} (§9.9: "MUST be date with UTC time").
 */
public record TimeRange(Instant start, Instant end) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    public TimeRange {
        if (start == null && end == null) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "time-range needs start or end");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "time-range end must be after start");
        }
    }

    public static TimeRange parse(Element e) {
        return new TimeRange(instant(Xml.attr(e, "start")), instant(Xml.attr(e, "end")));
    }

    /** Parses {@code 20060104T000000Z}. */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), UTC).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "not a UTC date-time: " + value);
        }
    }

    /** RFC 4791 §9.9: overlaps when start &lt; range end and end &gt; range start (open ends always match). */
    public boolean overlaps(Instant from, Instant to) {
        return (end == null || from.isBefore(end)) && (start == null || to.isAfter(start));
    }
}
