package dev.parley.mail.pop3.codec;

import java.util.Locale;

/**
 * One client line, split per RFC 1939 §3: a case-insensitive keyword, then arguments separated by
 * single spaces. {@link #line()} keeps the whole line for SASL continuation responses
 * (RFC 5034 §4), which are not commands.
 *
 * @param verb     the keyword in upper case (empty for an empty line)
 * @param argument everything after the first space, trailing spaces removed; empty if none
 * @param line     the complete line without CRLF
 * @param octets   length of the line in octets without CRLF
 */
public record Pop3Request(String verb, String argument, String line, int octets) {

    public Pop3Request {
        if (verb == null || argument == null || line == null) {
            throw new IllegalArgumentException("null field");
        }
    }

    public static Pop3Request parse(String line, int octets) {
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        String argument = space < 0 ? "" : line.substring(space + 1).stripTrailing();
        return new Pop3Request(verb, argument, line, octets);
    }

    public boolean hasArgument() {
        return !argument.isEmpty();
    }

    /** The argument split at single spaces (RFC 1939 §3). */
    public String[] arguments() {
        return argument.isEmpty() ? new String[0] : argument.split(" ", -1);
    }

    /** Never shows arguments: they may be a password (PASS) or a SASL response. */
    @Override
    public String toString() {
        return "Pop3Request[" + (verb.length() <= 8 ? verb : verb.substring(0, 8) + "…") + ", " + octets + " octets]";
    }
}
