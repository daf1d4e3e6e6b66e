package dev.parley.mail.mime;

/**
 * One address of an envelope address list, shaped as RFC 9051 §7.5.2 renders it: {@code (name adl
 * mailbox host)}. Values are as the header wrote them (quoted strings unquoted, comments dropped,
 * RFC 2047 encoded words left encoded, as IMAP sends them); {@code null} is NIL.
 *
 * <p>RFC 5322 group syntax ({@code undisclosed-recipients:;}) is kept with the markers of RFC 9051
 * §7.5.2: a group start is {@code (NIL NIL "group name" NIL)} and a group end is
 * {@code (NIL NIL NIL NIL)}; the group's members lie between them.
 */
public record Address(String name, String adl, String mailbox, String host) {

    /** RFC 9051 §7.5.2: "[RFC-5322] group syntax is indicated by a special form of address structure". */
    public static Address groupStart(String groupName) {
        return new Address(null, null, groupName, null);
    }

    public static Address groupEnd() {
        return new Address(null, null, null, null);
    }

    public boolean isGroupStart() {
        return host == null && mailbox != null;
    }

    public boolean isGroupEnd() {
        return host == null && mailbox == null;
    }

    /** {@code mailbox@host} for an ordinary address, {@code null} for a group marker. */
    public String addrSpec() {
        return host == null ? null : host.isEmpty() ? mailbox : mailbox + "@" + host;
    }
}
