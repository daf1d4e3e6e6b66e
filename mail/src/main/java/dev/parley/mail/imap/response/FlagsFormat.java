package dev.parley.mail.imap.response;

import dev.parley.mail.imap.backend.Flags;

/** The parenthesised flag lists of FLAGS, PERMANENTFLAGS and FETCH FLAGS (RFC 9051 §7.5.2). */
public final class FlagsFormat {

    private FlagsFormat() {
    }

    /** {@code (\Seen $Label)}; {@code recent} adds {@code \Recent} for IMAP4rev1 sessions. */
    public static String list(Flags flags, boolean recent) {
        StringBuilder sb = new StringBuilder("(");
        for (String flag : flags.names()) {
            if (sb.length() > 1) {
                sb.append(' ');
            }
            sb.append(flag);
        }
        if (recent) {
            sb.append(sb.length() > 1 ? " " : "").append(Flags.RECENT);
        }
        return sb.append(')').toString();
    }
}
