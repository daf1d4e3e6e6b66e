package dev.parley.calendar.wcap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Renders response blocks as {@code text/calendar} (one VCALENDAR per block, concatenated) or
 * {@code text/xml} (the iCalendar-in-XML shape: {@code <iCalendar><iCal version prodid METHOD>…</iCal></iCalendar>},
 * SUN63 acbhd). In XML a component drops its leading V ({@code <EVENT>}, {@code <TODO>},
 * {@code <FREEBUSY>}), a FREEBUSY period is one {@code <FB FBTYPE=…>start/end</FB>} per period and
 * REQUEST-STATUS is {@code <RSTATUS>}, as Mozilla's provider reads them.
 */
public final class WcapWriter {

    public static final String PRODID = "-//Parley//Parley Calendar Server//EN";
    public static final String ERRNO = "X-NSCP-WCAP-ERRNO";

    private WcapWriter() {
    }

    public static String render(FmtOut fmt, List<WcapCalendar> blocks) {
        return fmt == FmtOut.XML ? xml(blocks) : calendar(blocks);
    }

    public static String calendar(List<WcapCalendar> blocks) {
        StringBuilder sb = new StringBuilder();
        for (WcapCalendar b : blocks) {
            line(sb, "BEGIN:VCALENDAR");
            line(sb, "VERSION:2.0");
            line(sb, "PRODID:" + PRODID);
            line(sb, "METHOD:PUBLISH");
            for (WcapProperty p : b.properties()) {
                property(sb, p);
            }
            for (WcapComponent c : b.components()) {
                component(sb, c);
            }
            line(sb, ERRNO + ":" + b.errno().code());
            line(sb, "END:VCALENDAR");
        }
        return sb.toString();
    }

    /** A calendar object resource to store: VCALENDAR with the components, no METHOD (RFC 4791 §4.1), no errno. */
    public static String object(List<WcapComponent> components) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:" + PRODID);
        for (WcapComponent c : components) {
            component(sb, c);
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    private static void component(StringBuilder sb, WcapComponent c) {
        line(sb, "BEGIN:" + c.name());
        for (WcapProperty p : c.properties()) {
            property(sb, p);
        }
        for (WcapComponent child : c.children()) {
            component(sb, child);
        }
        line(sb, "END:" + c.name());
    }

    private static void property(StringBuilder sb, WcapProperty p) {
        StringBuilder l = new StringBuilder(p.name());
        for (Map.Entry<String, String> e : p.params().entrySet()) {
            l.append(';').append(e.getKey()).append('=').append(paramValue(e.getValue()));
        }
        l.append(':').append(p.icalValue());
        line(sb, l.toString());
    }

    /** RFC 5545 §3.2: a parameter value with ':' ';' or ',' is quoted; DQUOTE cannot appear. */
    private static String paramValue(String v) {
        String s = v.replace("\"", "'");
        return s.matches(".*[:;,].*") ? "\"" + s + "\"" : s;
    }

    /** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space, not inside a UTF-8 sequence. */
    static void line(StringBuilder sb, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            int len;
            if (Character.isHighSurrogate(c) && i + 1 < content.length()) {
                len = 4;
            } else {
                len = String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
            }
            if (octets + len > 75) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.append(c);
            if (len == 4) {
                sb.append(content.charAt(++i));
            }
            octets += len;
        }
        sb.append("\r\n");
    }

    public static String xml(List<WcapCalendar> blocks) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iCalendar>\n");
        for (WcapCalendar b : blocks) {
            sb.append("<iCal version=\"2.0\" prodid=\"").append(esc(PRODID)).append("\" METHOD=\"PUBLISH\">\n");
            for (WcapProperty p : b.properties()) {
                xmlProperty(sb, p);
            }
            for (WcapComponent c : b.components()) {
                xmlComponent(sb, c);
            }
            sb.append('<').append(ERRNO).append('>').append(b.errno().code()).append("</").append(ERRNO).append(">\n");
            sb.append("</iCal>\n");
        }
        return sb.append("</iCalendar>\n").toString();
    }

    private static void xmlComponent(StringBuilder sb, WcapComponent c) {
        String name = c.name().length() > 1 && c.name().charAt(0) == 'V' ? c.name().substring(1) : c.name();
        sb.append('<').append(name).append(">\n");
        for (WcapProperty p : c.properties()) {
            if (p.name().equals("FREEBUSY")) {
                for (String period : p.value().split(",")) {
                    xmlElement(sb, "FB", p.params(), period.trim());
                }
            } else if (p.name().equals("REQUEST-STATUS")) {
                xmlElement(sb, "RSTATUS", p.params(), p.value());
            } else {
                xmlProperty(sb, p);
            }
        }
        for (WcapComponent child : c.children()) {
            xmlComponent(sb, child);
        }
        sb.append("</").append(name).append(">\n");
    }

    private static void xmlProperty(StringBuilder sb, WcapProperty p) {
        xmlElement(sb, p.name(), p.params(), p.value());
    }

    private static void xmlElement(StringBuilder sb, String name, Map<String, String> params, String value) {
        sb.append('<').append(name);
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(' ').append(e.getKey()).append("=\"").append(esc(e.getValue())).append('"');
        }
        sb.append('>').append(esc(value)).append("</").append(name).append(">\n");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // XML 1.0 §2.2: control characters other than tab/CR/LF cannot appear at all
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
