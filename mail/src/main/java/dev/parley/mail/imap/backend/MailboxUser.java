package dev.parley.mail.imap.backend;

import java.util.List;

/**
 * An authenticated user's view of the store: the mailbox operations of RFC 9051 §6.3. Names are
 * UTF-8 {@link MailboxPath}s; the engine converts modified UTF-7 for IMAP4rev1 clients.
 */
public interface MailboxUser {

    /** The canonical login name, for logs and ID. */
    String username();

    /** Every mailbox the user can see, in any order. */
    List<MailboxInfo> mailboxes() throws BackendException;

    /** Subscribed names, including names of mailboxes that no longer exist (RFC 9051 §6.3.9). */
    List<MailboxPath> subscriptions() throws BackendException;

    /** Creates a mailbox and any missing parents (RFC 9051 §6.3.4); {@code use} may be null. */
    void create(MailboxPath path, SpecialUse use) throws BackendException;

    /**
     * Deletes a mailbox (RFC 9051 §6.3.5). A mailbox with children is refused with
     * {@code HAS_CHILDREN}; INBOX with {@code CANNOT}.
     */
    void delete(MailboxPath path) throws BackendException;

    /**
     * Renames a mailbox and its children (RFC 9051 §6.3.6). Renaming INBOX moves its messages to
     * the new mailbox and leaves INBOX empty.
     */
    void rename(MailboxPath from, MailboxPath to) throws BackendException;

    /** Adds or removes a subscription; the mailbox need not exist for removal. */
    void subscribe(MailboxPath path, boolean subscribed) throws BackendException;

    MailboxStatus status(MailboxPath path) throws BackendException;

    /** RFC 8474 §4 MAILBOXID of a mailbox, or null when the back end has no object ids. */
    default String mailboxId(MailboxPath path) throws BackendException {
        return null;
    }

    /**
     * Opens a mailbox for one session (SELECT, EXAMINE). The listener is called while the
     * mailbox stays open; {@link SelectedMailbox#close()} detaches it.
     */
    SelectedMailbox select(MailboxPath path, boolean readOnly, MailboxListener listener) throws BackendException;

    /**
     * Stores messages durably before returning (DESIGN: acknowledged only after fsync and commit),
     * all or none (RFC 3502 MULTIAPPEND); results in the order given, UIDs ascending.
     *
     * @throws BackendException {@code TRY_CREATE} if the mailbox does not exist, {@code OVER_QUOTA},
     *                          {@code TOO_BIG}
     */
    List<AppendResult> append(MailboxPath path, List<NewMessage> messages) throws BackendException;

    /**
     * RFC 7889 APPENDLIMIT for this user, in octets; {@code Long.MAX_VALUE} when unlimited.
     */
    long appendLimit();

    /**
     * RFC 9208: the user's single quota root (named {@code ""}), covering every mailbox; empty
     * when the account has no quota.
     */
    default java.util.Optional<Quota> quota() throws BackendException {
        return java.util.Optional.empty();
    }

    /** The session ends; release what it holds. */
    void logout();

    /**
     * Capabilities this back end adds once the user is logged in (e.g. {@code ACL}); only what
     * it implements. Advertised in the CAPABILITY response after authentication.
     */
    default List<String> extensions() {
        return List.of();
    }

    /**
     * RFC 2342 §5 "other users' namespace": the prefix (ending in the delimiter) under which other
     * users' shared mailboxes appear, or null when the back end shares nothing.
     */
    default String otherUsersPrefix() {
        return null;
    }

    /** RFC 4314 §3.5 MYRIGHTS: the user's rights on a mailbox. */
    default String myRights(MailboxPath path) throws BackendException {
        throw new BackendException(BackendException.Reason.CANNOT, "ACL not supported");
    }

    /** RFC 4314 §3.3 GETACL: needs the 'a' right. */
    default List<AclEntry> acl(MailboxPath path) throws BackendException {
        throw new BackendException(BackendException.Reason.CANNOT, "ACL not supported");
    }

    /**
     * RFC 4314 §3.1 SETACL ({@code "+rights"}, {@code "-rights"} or a replacing set) and §3.2 DELETEACL
     * ({@code rights} empty): needs the 'a' right.
     */
    default void setAcl(MailboxPath path, String identifier, String rights) throws BackendException {
        throw new BackendException(BackendException.Reason.CANNOT, "ACL not supported");
    }

    /** RFC 4314 §3.4 LISTRIGHTS: needs the 'a' right. */
    default ListedRights listRights(MailboxPath path, String identifier) throws BackendException {
        throw new BackendException(BackendException.Reason.CANNOT, "ACL not supported");
    }
}
