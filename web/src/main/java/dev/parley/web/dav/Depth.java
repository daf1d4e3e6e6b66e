package dev.parley.web.dav;

/** The {@code Depth} request header (RFC 4918 §10.2). */
public enum Depth {
    ZERO, ONE, INFINITY;

    /** Parses the header; {@code fallback} when absent (PROPFIND: infinity, REPORT: 0). */
    public static Depth parse(String header, Depth fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        return switch (header.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "0" -> ZERO;
            case "1" -> ONE;
            case "infinity" -> INFINITY;
            default -> throw DavException.badRequest("Depth must be 0, 1 or infinity");
        };
    }
}
