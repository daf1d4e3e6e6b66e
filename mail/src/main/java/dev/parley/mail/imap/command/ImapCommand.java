package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/**
 * One IMAP command: parses its arguments into a request record, then runs it. The dispatcher
 * checks the state, maps exceptions to replies (one place), delivers pending mailbox changes as
 * {@link #delivery} allows, and writes the tagged completion.
 *
 * @param <R> the request record
 */
public interface ImapCommand<R> {

    /** As the client writes it, upper case: {@code FETCH}, {@code UID FETCH}. */
    String name();

    /** RFC 9051 §6: states in which the command is valid. */
    Set<SessionState> states();

    /**
     * Parses the arguments; the reader stands right after the command name (usually at the SP).
     * Must consume everything up to the end.
     */
    R parse(ImapReader args, ImapSession session) throws SyntaxException;

    Completion execute(R request, CommandContext ctx) throws BackendException, ImapFailure;

    /** Which pending changes of the selected mailbox may go out before the tagged reply. */
    default Delivery delivery(R request) {
        return Delivery.ALL;
    }

    /** RFC 9051 §7.5.1 / §5.5: when untagged EXPUNGE, EXISTS and FETCH may be sent. */
    enum Delivery {
        /** Ask the store for changes, then send everything (NOOP, CHECK, IDLE, RFC 9051 §6.1.2). */
        SYNC,
        /** Send what is known to have changed, including EXPUNGE. */
        ALL,
        /** FETCH, STORE, SEARCH by sequence number: no EXPUNGE (RFC 9051 §7.5.1). */
        NO_EXPUNGE,
        /** Nothing (the command changed the selected state itself). */
        NONE
    }

    Set<SessionState> ANY = Set.of(SessionState.NOT_AUTHENTICATED, SessionState.AUTHENTICATED, SessionState.SELECTED);
    Set<SessionState> NOT_AUTHENTICATED = Set.of(SessionState.NOT_AUTHENTICATED);
    Set<SessionState> AUTHENTICATED = Set.of(SessionState.AUTHENTICATED, SessionState.SELECTED);
    Set<SessionState> SELECTED = Set.of(SessionState.SELECTED);
}
