package dev.parley.mail.imap.backend;

import java.util.List;

/**
 * One session's handle on a selected mailbox (RFC 9051 §6.3.2). The engine keeps the
 * sequence-number map; the back end deals in UIDs only.
 */
public interface SelectedMailbox extends AutoCloseable {

    MailboxPath path();

    boolean readOnly();

    /** RFC 8474 §4.1 MAILBOXID of the selected mailbox (kept across RENAME), or null when there is none. */
    default String mailboxId() {
        return null;
    }

    /** The state at the moment of selection, consistent in itself. */
    MailboxSnapshot snapshot();

    /**
     * RFC 3501 §2.3.2 {@code \Recent}: atomically takes the messages not yet seen by any session
     * and returns the lowest UID this session may call recent (messages at or above it, up to the
     * current UIDNEXT, are recent here and in no other session). A read-only selection takes
     * nothing and returns the current UIDNEXT.
     */
    Uid claimRecent() throws BackendException;

    /**
     * Whether a change notification may have brought something this session has not seen. A back
     * end that knows the session has seen every change up to the latest it was notified of (its own
     * STORE or EXPUNGE included) answers false, and the engine skips the refresh a notification
     * would cause. Explicit polls (NOOP, CHECK, SYNC deliveries) refresh regardless. Default: true.
     */
    default boolean mayHaveChanges() {
        return true;
    }

    /** Changes since {@code modSeq}: flag changes and appends with higher modseq, and expunges. */
    MailboxDelta changesSince(ModSeq modSeq) throws BackendException;

    /**
     * A hint that {@link #content} is about to be asked for each of {@code uids} in turn (FETCH of
     * ENVELOPE/BODYSTRUCTURE/sections over many messages): a back end may read their cached
     * structures in one go instead of one by one. Semantics of {@code content} do not change.
     * The default does nothing.
     */
    default void prefetch(List<Uid> uids) throws BackendException {
    }

    /** The message with this UID; {@code EXPUNGED} if it is gone. */
    MessageContent content(Uid uid) throws BackendException;

    /** RFC 9051 §6.4.6 STORE with RFC 7162 UNCHANGEDSINCE; UIDs not present are ignored. */
    StoreResult store(UidSet uids, FlagChange change) throws BackendException;

    /** RFC 9051 §6.4.7 COPY; {@code TRY_CREATE} if the target does not exist. */
    CopyResult copy(UidSet uids, MailboxPath target) throws BackendException;

    /** RFC 6851 MOVE: copy then expunge the source messages atomically. */
    CopyResult move(UidSet uids, MailboxPath target) throws BackendException;

    /**
     * Removes messages flagged {@code \Deleted} (RFC 9051 §6.4.3), only those in {@code uids}
     * when not null (RFC 4315 UID EXPUNGE). Returns the expunged UIDs in ascending order.
     */
    List<Uid> expunge(UidSet uids) throws BackendException;

    /** UIDs matching the criteria, ascending (RFC 9051 §6.4.4); the store may use its indexes. */
    List<Uid> search(SearchKey criteria) throws BackendException;

    /** Deselects: detaches the listener. Never throws. */
    @Override
    void close();
}
