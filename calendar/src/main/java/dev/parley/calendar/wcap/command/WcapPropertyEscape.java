package dev.parley.calendar.wcap.command;

/** Escaping of one TEXT list item (RFC 5545 §3.3.11) for multi-valued properties such as CATEGORIES. */
final class WcapPropertyEscape {

    private WcapPropertyEscape() {
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
