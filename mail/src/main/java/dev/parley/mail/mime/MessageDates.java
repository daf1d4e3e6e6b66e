package dev.parley.mail.mime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RFC 5322 §3.3 {@code date-time} leniently, with the obsolete forms of §4.3 (two- and
 * three-digit years, named zones, missing seconds, missing day of week, comments) that old mail
 * carries. Returns {@code null} rather than guessing when a part is missing.
 */
final class MessageDates {

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private MessageDates() {
    }

    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        List<String> t = tokens(value);
        int i = 0;
        if (i < t.size() && !Character.isDigit(t.get(i).charAt(0))) {
            i++; // day-of-week, with or without its comma
        }
        if (t.size() - i < 4) {
            return null;
        }
        Integer day = number(t.get(i));
        int month = t.get(i + 1).length() >= 3
                ? MONTHS.indexOf(t.get(i + 1).substring(0, 3).toLowerCase(Locale.ROOT)) : -1;
        Integer year = number(t.get(i + 2));
        String[] time = t.get(i + 3).split(":");
        if (day == null || month < 0 || month % 3 != 0 || year == null || time.length < 2) {
            return null;
        }
        // RFC 5322 §4.3: two-digit years below 50 are 20xx, other two- and three-digit years + 1900
        year = year < 50 && t.get(i + 2).length() <= 2 ? year + 2000 : year < 1000 ? year + 1900 : year;
        Integer hour = number(time[0]);
        Integer minute = number(time[1]);
        Integer second = time.length > 2 ? number(time[2]) : Integer.valueOf(0);
        if (hour == null || minute == null || second == null) {
            return null;
        }
        ZoneOffset zone = zone(t.size() > i + 4 ? t.get(i + 4) : "+0000");
        try {
            LocalDateTime local = LocalDateTime.of(year, month / 3 + 1, day, hour, minute, Math.min(second, 59));
            return local.toInstant(zone == null ? ZoneOffset.UTC : zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n'
                    || ((c == '-' || c == '+') && cur.length() > 0 && cur.indexOf(":") >= 0))) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                if (c == '-' || c == '+') {
                    cur.append(c); // "12:00:00+0200" written without a space
                }
            } else if (depth == 0) {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    /** RFC 5322 §3.3 numeric zones and §4.3 obsolete names; unknown names count as +0000. */
    private static ZoneOffset zone(String z) {
        if ((z.startsWith("+") || z.startsWith("-")) && z.length() == 5) {
            Integer hhmm = number(z.substring(1));
            if (hhmm == null || hhmm % 100 > 59 || hhmm / 100 > 18) {
                return null;
            }
            int seconds = (hhmm / 100 * 3600 + hhmm % 100 * 60) * (z.charAt(0) == '-' ? -1 : 1);
            return ZoneOffset.ofTotalSeconds(seconds);
        }
        return switch (z.toUpperCase(Locale.ROOT)) {
            case "EDT" -> ZoneOffset.ofHours(-4);
            case "EST", "CDT" -> ZoneOffset.ofHours(-5);
            case "CST", "MDT" -> ZoneOffset.ofHours(-6);
            case "MST", "PDT" -> ZoneOffset.ofHours(-7);
            case "PST" -> ZoneOffset.ofHours(-8);
            default -> ZoneOffset.UTC;
        };
    }
}
