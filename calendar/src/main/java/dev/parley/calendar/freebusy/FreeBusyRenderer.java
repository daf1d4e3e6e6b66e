package dev.parley.calendar.freebusy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes free/busy time as an iCalendar VFREEBUSY (RFC 5545 §3.6.4, §3.8.2.6): the CALDAV:free-busy-query
 * answer (RFC 4791 §7.10: DTSTART/DTEND of the asked range, FREEBUSY in UTC, no METHOD) and, with
 * organizer and attendee, the iTIP REPLY to a VFREEBUSY REQUEST (RFC 5546 §3.3.2, RFC 6638 §5).
 */
public final class FreeBusyRenderer {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private FreeBusyRenderer() {
    }

    public static String utc(Instant i) {
        return UTC.format(i);
    }

    /** RFC 4791 §7.10 free-busy-query response body. */
    public static String query(Instant from, Instant to, List<Busy> busy, Instant now) {
        return render(null, null, null, from, to, busy, now);
    }

    /** RFC 5546 §3.3.2 VFREEBUSY REPLY of {@code attendee} to {@code organizer}'s request {@code uid}. */
    public static String reply(String uid, String organizer, String attendee, Instant from, Instant to, List<Busy> busy,
            Instant now) {
        return render(uid, organizer, attendee, from, to, busy, now);
    }

    private static String render(String uid, String organizer, String attendee, Instant from, Instant to, List<Busy> busy,
            Instant now) {
        StringBuilder b = new StringBuilder();
        b.append("BEGIN:VCALENDAR").append(CRLF).append("VERSION:2.0").append(CRLF)
                .append("PRODID:-//Parley//Calendar//EN").append(CRLF);
        if (attendee != null) {
            b.append("METHOD:REPLY").append(CRLF);
        }
        b.append("BEGIN:VFREEBUSY").append(CRLF);
        if (uid != null) {
            b.append("UID:").append(uid).append(CRLF);
        }
        b.append("DTSTAMP:").append(utc(now)).append(CRLF)
                .append("DTSTART:").append(utc(from)).append(CRLF)
                .append("DTEND:").append(utc(to)).append(CRLF);
        if (organizer != null) {
            b.append("ORGANIZER:").append(mailto(organizer)).append(CRLF);
        }
        if (attendee != null) {
            b.append("ATTENDEE:").append(mailto(attendee)).append(CRLF);
        }
        for (Busy p : busy) {
            b.append("FREEBUSY");
            if (!p.type().equals(Busy.BUSY)) {
                b.append(";FBTYPE=").append(p.type());
            }
            b.append(':').append(utc(p.start())).append('/').append(utc(p.end())).append(CRLF);
        }
        b.append("END:VFREEBUSY").append(CRLF).append("END:VCALENDAR").append(CRLF);
        return b.toString();
    }

    private static String mailto(String address) {
        return address.regionMatches(true, 0, "mailto:", 0, 7) ? address : "mailto:" + address;
    }
}
