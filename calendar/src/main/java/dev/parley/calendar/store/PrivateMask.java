package dev.parley.calendar.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * What a non-owner sees of a PRIVATE or CONFIDENTIAL component (RFC 5545 §3.8.1.3 leaves the meaning to
 * the server; Sun's calendar server showed such events only as busy time): the times and recurrence of
 * each VEVENT/VTODO/VJOURNAL, its UID, CLASS, TRANSP and STATUS, and {@code SUMMARY:Busy}; everything else
 * (description, location, attendees, alarms, attachments) is removed. VTIMEZONEs stay as they are.
 */
public final class PrivateMask {

    private static final Set<String> KEPT = Set.of("UID", "DTSTAMP", "DTSTART", "DTEND", "DUE", "DURATION", "RRULE", "RDATE",
            "EXDATE", "RECURRENCE-ID", "CLASS", "TRANSP", "STATUS", "SEQUENCE", "CREATED", "LAST-MODIFIED");
    private static final Set<String> MASKED = Set.of("VEVENT", "VTODO", "VJOURNAL");

    private PrivateMask() {
    }

    /** Whether a CLASS value hides the component from non-owners. */
    public static boolean hides(String classification) {
        return classification != null && !classification.equalsIgnoreCase("PUBLIC");
    }

    public static String mask(String ical) {
        String unfolded = ical.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        for (String raw : unfolded.split("\r?\n")) {
            if (raw.isEmpty()) {
                continue;
            }
            String name = propertyName(raw);
            if (name.equals("BEGIN")) {
                String comp = raw.substring(6).strip().toUpperCase(Locale.ROOT);
                boolean inMasked = open.stream().anyMatch(MASKED::contains);
                open.push(comp);
                if (!inMasked) {
                    out.append(raw).append("\r\n");
                }
                continue;
            }
            if (name.equals("END")) {
                String comp = open.isEmpty() ? "" : open.pop();
                boolean inMasked = open.stream().anyMatch(MASKED::contains);
                if (!inMasked) {
                    if (MASKED.contains(comp)) {
                        out.append("SUMMARY:Busy\r\n");
                    }
                    out.append(raw).append("\r\n");
                }
                continue;
            }
            String top = open.isEmpty() ? "" : open.peek();
            boolean inMasked = open.stream().anyMatch(MASKED::contains);
            if (!inMasked || (MASKED.contains(top) && KEPT.contains(name))) {
                out.append(raw).append("\r\n");
            }
        }
        return out.toString();
    }

    /** Whether any component of the object has a CLASS other than PUBLIC. */
    public static boolean hidden(String ical) {
        String unfolded = ical.replace("\r\n ", "").replace("\r\n\t", "");
        for (String line : unfolded.split("\r?\n")) {
            if (propertyName(line).equals("CLASS") && line.indexOf(':') > 0
                    && hides(line.substring(line.indexOf(':') + 1).strip())) {
                return true;
            }
        }
        return false;
    }

    private static String propertyName(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
            end++;
        }
        return line.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
