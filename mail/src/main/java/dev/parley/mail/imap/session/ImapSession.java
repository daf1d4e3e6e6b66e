package dev.parley.mail.imap.session;

import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.mail.imap.parse.ModifiedUtf7;
import dev.parley.mail.imap.parse.SyntaxException;

import java.net.InetAddress;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * State of one IMAP connection (RFC 9051 §3): who is logged in, what is selected, which
 * extensions the client enabled (RFC 5161), and the saved search result (RFC 5182). Used only from
 * the session's serial executor.
 */
public final class ImapSession {

    /** Extensions a client may ENABLE (RFC 5161 §3.1). */
    public static final Set<String> ENABLEABLE = Set.of("IMAP4REV2", "CONDSTORE", "QRESYNC", "UTF8=ACCEPT");

    private final String id;
    private final InetAddress remote;
    private final ImapConfig config;
    private final BooleanSupplier tlsActive;
    private SessionState state = SessionState.NOT_AUTHENTICATED;
    private MailboxUser user;
    private SelectedView selected;
    private final Set<String> enabled = new LinkedHashSet<>();
    /** RFC 7162 §3.1: CONDSTORE becomes active with the first CONDSTORE-enabling command. */
    private boolean condstoreActive;
    private List<Long> savedSearch = List.of();
    private int consecutiveBad;
    private boolean compressed;

    public ImapSession(String id, InetAddress remote, ImapConfig config, BooleanSupplier tlsActive) {
        this.id = id;
        this.remote = remote;
        this.config = config;
        this.tlsActive = tlsActive;
    }

    public String id() {
        return id;
    }

    public InetAddress remote() {
        return remote;
    }

    public ImapConfig config() {
        return config;
    }

    public boolean tlsActive() {
        return tlsActive.getAsBoolean();
    }

    public SessionState state() {
        return state;
    }

    public MailboxUser user() {
        return user;
    }

    public SelectedView selected() {
        return selected;
    }

    /** RFC 9051 §6.2.3: LOGIN and plaintext SASL are refused without TLS unless configured otherwise. */
    public boolean loginDisabled() {
        return !config.plaintextLogin() && !tlsActive();
    }

    public void authenticated(MailboxUser authenticatedUser) {
        if (state != SessionState.NOT_AUTHENTICATED) {
            throw new IllegalStateException("already authenticated");
        }
        this.user = authenticatedUser;
        this.state = SessionState.AUTHENTICATED;
    }

    public void select(SelectedView view) {
        deselect();
        this.selected = view;
        this.state = SessionState.SELECTED;
    }

    /** Leaves the selected state (CLOSE, UNSELECT, a failed SELECT). */
    public void deselect() {
        if (selected != null) {
            selected.mailbox().close();
            selected = null;
            savedSearch = List.of();
        }
        if (state == SessionState.SELECTED) {
            state = SessionState.AUTHENTICATED;
        }
    }

    public void logout() {
        deselect();
        if (user != null) {
            user.logout();
        }
        state = SessionState.LOGOUT;
    }

    public Set<String> enabled() {
        return Collections.unmodifiableSet(enabled);
    }

    /** RFC 5161: returns true when newly enabled. QRESYNC implies CONDSTORE (RFC 7162 §3.2.3). */
    public boolean enable(String capability) {
        String upper = capability.toUpperCase(Locale.ROOT);
        if (!ENABLEABLE.contains(upper) || !enabled.add(upper)) {
            return false;
        }
        if (upper.equals("QRESYNC") || upper.equals("CONDSTORE")) {
            enabled.add("CONDSTORE");
            condstoreActive = true;
        }
        return true;
    }

    public boolean rev2() {
        return enabled.contains("IMAP4REV2");
    }

    /** UTF-8 in quoted strings and mailbox names (RFC 9051 §4.3, RFC 6855). */
    public boolean utf8() {
        return rev2() || enabled.contains("UTF8=ACCEPT");
    }

    public boolean qresync() {
        return enabled.contains("QRESYNC");
    }

    public boolean condstore() {
        return condstoreActive;
    }

    /** RFC 7162 §3.1: a CONDSTORE-enabling command was used. */
    public void activateCondstore() {
        condstoreActive = true;
    }

    /** RFC 4978: DEFLATE is active on this connection. */
    public boolean compressed() {
        return compressed;
    }

    public void compressed(boolean active) {
        this.compressed = active;
    }

    public List<Long> savedSearch() {
        return savedSearch;
    }

    public void saveSearch(List<Long> uids) {
        savedSearch = List.copyOf(uids);
    }

    /** Counts a BAD reply; true when the limit of consecutive BAD commands is reached. */
    public boolean countBad() {
        return ++consecutiveBad >= config.maxBadCommands();
    }

    public void resetBad() {
        consecutiveBad = 0;
    }

    /** A mailbox name from the client: UTF-8 for IMAP4rev2/UTF8=ACCEPT, modified UTF-7 otherwise. */
    public MailboxPath mailbox(String wireName) throws SyntaxException {
        String name = utf8() ? wireName : decodeRev1(wireName);
        if (name.endsWith("/") && name.length() > 1) {
            name = name.substring(0, name.length() - 1); // RFC 9051 §6.3.4: trailing delimiter
        }
        try {
            return MailboxPath.of(name);
        } catch (IllegalArgumentException e) {
            throw new SyntaxException("bad mailbox name: " + e.getMessage());
        }
    }

    /** A mailbox name for the client. */
    public String wireName(MailboxPath path) {
        return utf8() ? path.name() : ModifiedUtf7.encode(path.name());
    }

    /** A name with 8-bit octets from a rev1 client is taken as UTF-8 (RFC 6855 §3 leniency). */
    private static String decodeRev1(String wireName) throws SyntaxException {
        for (int i = 0; i < wireName.length(); i++) {
            if (wireName.charAt(i) > 0x7e) {
                return wireName;
            }
        }
        return ModifiedUtf7.decode(wireName);
    }

    /** Closes what the session holds; never throws. */
    public void release() {
        try {
            if (state != SessionState.LOGOUT) {
                logout();
            }
        } catch (RuntimeException e) {
            // the connection is gone; the back end logs its own faults
        }
    }
}
