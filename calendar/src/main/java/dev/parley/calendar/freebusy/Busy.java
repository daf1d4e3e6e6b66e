package dev.parley.calendar.freebusy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One busy period with its FBTYPE (RFC 5545 §3.2.9: BUSY, BUSY-TENTATIVE, BUSY-UNAVAILABLE), and the
 * rules that turn event instances into free/busy time (RFC 4791 §7.10): transparent and cancelled
 * instances do not count, tentative ones are BUSY-TENTATIVE; periods are clipped to the asked range and
 * overlapping or touching periods of the same type are merged.
 */
public record Busy(Instant start, Instant end, String type) {

    public static final String BUSY = "BUSY";
    public static final String TENTATIVE = "BUSY-TENTATIVE";
    public static final String UNAVAILABLE = "BUSY-UNAVAILABLE";

    public Busy {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(type, "type");
    }

    /**
     * RFC 4791 §7.10 table: the FBTYPE of an event instance with TRANSP {@code transp} and STATUS
     * {@code status} (either may be null), or null when it is not busy time.
     */
    public static String typeOf(String transp, String status) {
        if (transp != null && transp.toUpperCase(Locale.ROOT).equals("TRANSPARENT")) {
            return null;
        }
        if (status == null) {
            return BUSY;
        }
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "CANCELLED" -> null;
            case "TENTATIVE" -> TENTATIVE;
            default -> BUSY;
        };
    }

    /** Clips to [from, to), drops empty periods and merges overlapping or touching ones of the same type. */
    public static List<Busy> merge(List<Busy> periods, Instant from, Instant to) {
        List<Busy> sorted = new ArrayList<>();
        for (Busy b : periods) {
            Instant s = b.start.isBefore(from) ? from : b.start;
            Instant e = b.end.isAfter(to) ? to : b.end;
            if (e.isAfter(s)) {
                sorted.add(new Busy(s, e, b.type));
            }
        }
        sorted.sort(Comparator.comparing(Busy::type).thenComparing(Busy::start));
        List<Busy> out = new ArrayList<>();
        for (Busy b : sorted) {
            Busy last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type.equals(b.type) && !b.start.isAfter(last.end)) {
                if (b.end.isAfter(last.end)) {
                    out.set(out.size() - 1, new Busy(last.start, b.end, b.type));
                }
            } else {
                out.add(b);
            }
        }
        out.sort(Comparator.comparing(Busy::start).thenComparing(Busy::type));
        return out;
    }
}
