package dev.parley.mail.imap.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** RFC 9051 §9 {@code date} and {@code date-time} in both directions. */
public final class ImapDates {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.ROOT);

    private ImapDates() {
    }

    /** Reads a {@code date} ({@code 1-Feb-1994}, optionally quoted) from the reader. */
    public static LocalDate date(ImapReader reader) throws SyntaxException {
        String text = reader.peekIs('"') ? reader.string() : reader.atom();
        return date(text);
    }

    static LocalDate date(String text) throws SyntaxException {
        String[] p = text.split("-");
        if (p.length != 3 || p[0].isEmpty() || p[0].length() > 2 || p[2].length() != 4) {
            throw new SyntaxException("bad date: " + text);
        }
        try {
            return LocalDate.of(Integer.parseInt(p[2]), month(p[1]), Integer.parseInt(p[0]));
        } catch (NumberFormatException | DateTimeException e) {
            throw new SyntaxException("bad date: " + text);
        }
    }

    /** {@code date-time}: {@code "17-Jul-1996 02:44:25 -0700"}, day may be space-padded. */
    public static Instant dateTime(String text) throws SyntaxException {
        if (text.length() != 26 && text.length() != 25) {
            throw new SyntaxException("bad date-time: " + text);
        }
        String padded = text.charAt(0) == ' ' ? "0" + text.substring(1) : text.length() == 25 ? "0" + text : text;
        try {
            LocalDate day = date(padded.substring(0, 11));
            int h = Integer.parseInt(padded.substring(12, 14));
            int m = Integer.parseInt(padded.substring(15, 17));
            int s = Integer.parseInt(padded.substring(18, 20));
            char sign = padded.charAt(21);
            if (padded.charAt(11) != ' ' || padded.charAt(14) != ':' || padded.charAt(17) != ':'
                    || padded.charAt(20) != ' ' || (sign != '+' && sign != '-')) {
                throw new SyntaxException("bad date-time: " + text);
            }
            int zh = Integer.parseInt(padded.substring(22, 24));
            int zm = Integer.parseInt(padded.substring(24, 26));
            ZoneOffset zone = ZoneOffset.ofHoursMinutes(sign == '-' ? -zh : zh, sign == '-' ? -zm : zm);
            return ZonedDateTime.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), h, m, s, 0, zone).toInstant();
        } catch (NumberFormatException | DateTimeException | StringIndexOutOfBoundsException e) {
            throw new SyntaxException("bad date-time: " + text);
        }
    }

    /** RFC 9051 §9 date-time for INTERNALDATE, in UTC. */
    public static String format(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private static int month(String name) throws SyntaxException {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        throw new SyntaxException("bad month: " + name);
    }
}
