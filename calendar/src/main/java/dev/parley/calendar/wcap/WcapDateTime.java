package dev.parley.calendar.wcap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date-times on the WCAP wire: iCalendar basic format (RFC 5545 §3.3.5), normally UTC
 * ({@code 20070312T121500Z}); a local form ({@code 20070312T121500}) is read in the request's
 * {@code tzid} (UTC without one); a date ({@code 20070312}) is its start of day. {@code 0} (or an empty
 * value) means "unbounded / none" (SUN63 acbev; Mozilla's getIcalUTC(null) sends "0").
 */
public final class WcapDateTime {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private WcapDateTime() {
    }

    /** True for the "unbounded" value {@code 0} and for an absent or empty value. */
    public static boolean isUnbounded(String value) {
        return value == null || value.isBlank() || value.trim().equals("0");
    }

    /**
     * Parses a WCAP date-time; {@code null} when unbounded. A malformed value gives
     * {@link WcapException} with {@code errno} (the failing command's errno).
     */
    public static Instant parse(String value, ZoneId zone, WcapErrno errno) {
        if (isUnbounded(value)) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.endsWith("Z") || v.endsWith("z")) {
                return Instant.from(UTC.parse(v.substring(0, v.length() - 1) + "Z"));
            }
            ZoneId z = zone == null ? ZoneOffset.UTC : zone;
            if (v.length() == 8) {
                return LocalDate.parse(v, DATE).atStartOfDay(z).toInstant();
            }
            return LocalDateTime.parse(v, LOCAL).atZone(z).toInstant();
        } catch (DateTimeParseException e) {
            throw new WcapException(errno, "not a WCAP date-time: " + v);
        }
    }

    /** The UTC basic form, or {@code 0} for {@code null}. */
    public static String format(Instant instant) {
        return instant == null ? "0" : UTC.format(instant);
    }
}
