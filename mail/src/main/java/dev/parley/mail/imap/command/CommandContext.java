package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.ImapBackend;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.Responder;

/** What a running command may use: its tag, the session, the output and the connection hooks. */
public interface CommandContext {

    String tag();

    ImapSession session();

    Responder out();

    ImapBackend backend();

    /** Logs the user in: session state, the user's APPENDLIMIT in the framer, MDC. */
    void loggedIn(MailboxUser user);

    /** The listener a SELECT hands to the back end; it wakes IDLE and marks the view dirty. */
    MailboxListener mailboxListener();

    /**
     * The next client line goes to {@code continuation} instead of the command parser (SASL
     * exchanges, IDLE's DONE). The command returns {@link Completion#PENDING}.
     */
    void awaitContinuation(Continuation continuation);

    /**
     * RFC 2177 IDLE: like {@link #awaitContinuation}, and meanwhile changes to the selected
     * mailbox are sent as they happen.
     */
    void idle(Continuation done);

    /**
     * RFC 9051 §6.2.1: sends the tagged OK in plaintext and starts TLS before the next read.
     * Returns {@link Completion#SENT}, or a NO when TLS is not available.
     */
    Completion startTls();

    /**
     * RFC 4978 §3: sends the tagged OK uncompressed, then compresses both directions with raw
     * DEFLATE. Returns {@link Completion#SENT}.
     */
    Completion startCompression();

    /** Catch up with the store and send what changed (used by IDLE while it waits). */
    void deliverChanges() throws BackendException;

    /** A line sent by the client while a command waits for it. */
    @FunctionalInterface
    interface Continuation {
        /** Returns the completion, or {@link Completion#PENDING} to keep waiting. */
        Completion onLine(byte[] line, CommandContext ctx) throws BackendException;
    }
}
