package dev.parley.calendar.wcap;

import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/**
 * One property of a WCAP response: {@code value} is the plain value (for XML), {@code icalValue} its
 * iCalendar form (escaped per RFC 5545 §3.3.11 where the property is TEXT).
 */
public record WcapProperty(String name, Map<String, String> params, String value, String icalValue) {

    public WcapProperty {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        value = value == null ? "" : value;
        icalValue = icalValue == null ? value : icalValue;
    }

    /** A value with no characters to escape (numbers, ids, date-times, lists meant as lists). */
    public static WcapProperty of(String name, Object value) {
        String v = String.valueOf(value);
        return new WcapProperty(name, Map.of(), v, v);
    }

    /** A TEXT value, escaped for iCalendar. */
    public static WcapProperty text(String name, String value) {
        return new WcapProperty(name, Map.of(), value, escape(value));
    }

    public WcapProperty withParam(String param, String paramValue) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put(param, paramValue);
        return new WcapProperty(name, p, value, icalValue);
    }

    public static WcapProperty from(Property p) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Parameter param : p.getParameterList().getAll()) {
            params.put(param.getName(), param.getValue());
        }
        String prefix = p.getName() + p.getParameterList().toString() + ":";
        String line = p.toString();
        String wire = line.startsWith(prefix) ? line.substring(prefix.length()) : p.getValue();
        wire = wire.replaceAll("[\r\n]+$", "");
        return new WcapProperty(p.getName(), params, p.getValue(), wire);
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        sb.append("\\n");
                    }
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
