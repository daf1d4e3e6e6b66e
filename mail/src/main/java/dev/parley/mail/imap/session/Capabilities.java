package dev.parley.mail.imap.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The CAPABILITY list (RFC 9051 §7.2.2) for a session's current state: only what is
 * implemented, and only what applies now (STARTTLS and AUTH= before login, LOGINDISABLED without
 * TLS when plaintext login is off).
 */
public final class Capabilities {

    /** Extensions available once authenticated (and advertised before, as most servers do). */
    private static final List<String> EXTENSIONS = List.of(
            "LITERAL+", "ID", "ENABLE", "IDLE", "NAMESPACE", "UNSELECT", "UIDPLUS", "MOVE", "CHILDREN",
            "LIST-EXTENDED", "LIST-STATUS", "SPECIAL-USE", "CONDSTORE", "QRESYNC", "ESEARCH", "SEARCHRES",
            "BINARY", "MULTIAPPEND", "STATUS=SIZE", "UTF8=ACCEPT", "SORT", "SORT=DISPLAY",
            "THREAD=ORDEREDSUBJECT", "THREAD=REFERENCES", "QUOTA", "QUOTA=RES-STORAGE", "QUOTA=RES-MESSAGE",
            "CREATE-SPECIAL-USE", "COMPRESS=DEFLATE");

    private Capabilities() {
    }

    public static String of(ImapSession session, long appendLimit) {
        List<String> caps = new ArrayList<>();
        caps.add("IMAP4rev2");
        caps.add("IMAP4rev1");
        if (session.state() == SessionState.NOT_AUTHENTICATED) {
            if (session.config().tls() != null && !session.tlsActive()) {
                caps.add("STARTTLS");
            }
            if (session.loginDisabled()) {
                caps.add("LOGINDISABLED");
            } else {
                caps.add("AUTH=PLAIN");
                caps.add("AUTH=LOGIN");
            }
            caps.add("AUTH=OAUTHBEARER");
            caps.add("AUTH=XOAUTH2");
            caps.add("SASL-IR");
        }
        caps.addAll(EXTENSIONS);
        if (session.user() != null) {
            caps.addAll(session.user().extensions());
        }
        if (appendLimit < Long.MAX_VALUE) {
            caps.add("APPENDLIMIT=" + appendLimit);
        } else {
            caps.add("APPENDLIMIT");
        }
        return String.join(" ", caps);
    }
}
