package dev.parley.mail.imap.parse;

/**
 * A command the framing layer refused before it was complete; its bytes were discarded. The
 * session answers it (RFC 9051 §7.1 BAD, or {@code NO [TOOBIG]} for APPEND) and carries on.
 *
 * @param tag        the tag, if one could be read, else null
 * @param kind       what went over a limit
 * @param append     true when the command was an APPEND (RFC 7889: {@code NO [TOOBIG]})
 * @param nonSync    for literals: the client sent a non-synchronizing literal (RFC 7888)
 * @param description what was rejected, e.g. {@code line too long: 10241 bytes (limit 10240)}
 */
public record RejectedCommand(String tag, Kind kind, boolean append, boolean nonSync, String description) {

    public enum Kind { LINE_TOO_LONG, LITERAL_TOO_BIG, COMMAND_TOO_BIG }
}
