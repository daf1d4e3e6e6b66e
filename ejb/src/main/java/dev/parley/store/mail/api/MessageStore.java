package dev.parley.store.mail.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * The message store as the protocol engines, the MTA and the browser client use it. Accounts are
 * {@code directory.account} ids; mailboxes are full names with '/' as the hierarchy delimiter and
 * "INBOX" case-insensitive (RFC 9051 §5.1). An account is provisioned with its default mailboxes on
 * first use, or explicitly with {@link #provision}. Refusals are {@link StoreException}s; every
 * change fires a {@link MailboxChanged} after commit.
 */
public interface MessageStore {

    /** Creates INBOX, Drafts, Sent, Trash, Junk and Archive (RFC 6154) and the quota row; idempotent. */
    void provision(long accountId);

    List<MailboxInfo> listMailboxes(long accountId);

    /** RFC 9051 §6.3.4: creates missing superior names too. */
    MailboxInfo createMailbox(long accountId, String name, SpecialUse specialUse);

    /** RFC 9051 §6.3.5: INBOX and mailboxes with children cannot be deleted. */
    void deleteMailbox(long accountId, String name);

    /** RFC 9051 §6.3.6: children follow; renaming INBOX moves its messages to a new mailbox. */
    void renameMailbox(long accountId, String from, String to);

    /** RFC 9051 §6.3.7/§6.3.8; unsubscribing works for names of mailboxes that no longer exist. */
    void subscribe(long accountId, String name, boolean subscribed);

    /** Subscribed names, including names of deleted mailboxes (RFC 9051 §6.3.9). */
    List<String> subscriptions(long accountId);

    MailboxStatus status(long accountId, String name);

    SelectedMailbox select(long accountId, String name);

    /**
     * SELECT/EXAMINE in one transaction: status, keywords and the listing (UID, modseq, flags,
     * internal date, size) of every message — narrow indexed columns, no cached JSON.
     */
    MailboxListing snapshot(long accountId, String name);

    /**
     * RFC 9051 §6.3.12 APPEND: the octets are made durable in the blob store first, then the
     * message row is committed in one short transaction. {@code internalDate} null means now.
     */
    AppendResult append(long accountId, String mailbox, Flags flags, Instant internalDate, InputStream raw);

    /** Local delivery for the MTA: like append, into {@code mailbox} (INBOX when null). */
    AppendResult deliver(long accountId, String mailbox, InputStream raw);

    /**
     * Local delivery of blobs already durable in the blob store (ADR 0045): no second copy is written.
     * All rows are inserted in one transaction, so a refusal of any ({@link StoreException}: quota, no
     * such mailbox) rolls all back — the caller then delivers them one by one. Results in the given order.
     */
    List<AppendResult> deliverStored(List<StoredDelivery> deliveries);

    /** RFC 9051 §6.4.6 STORE with RFC 7162 UNCHANGEDSINCE ({@code null}: unconditional). */
    FlagResult setFlags(long accountId, String mailbox, UidSet uids, FlagMode mode, Flags flags, Long unchangedSince);

    /** RFC 9051 §6.4.7 COPY with RFC 4315 COPYUID. */
    CopyResult copy(long accountId, String from, UidSet uids, String to);

    /** RFC 6851 MOVE: copy, then expunge from the source in the same transaction. */
    CopyResult move(long accountId, String from, UidSet uids, String to);

    /** RFC 9051 §6.4.3 EXPUNGE ({@code uids} null) or RFC 4315 UID EXPUNGE: removes \Deleted messages. */
    ExpungeResult expunge(long accountId, String mailbox, UidSet uids);

    List<MessageSummary> fetch(long accountId, String mailbox, UidSet uids);

    /** UID, modseq, flags, internal date and size of {@code uids} ({@link UidSet#all()}: every message), by UID; one query, no JSON. */
    List<MessageListing> list(long accountId, String mailbox, UidSet uids);

    /** The newest {@code count} messages, newest first. */
    List<MessageSummary> newest(long accountId, String mailbox, int count);

    /** Matching UIDs in ascending order. */
    List<Long> search(long accountId, String mailbox, SearchCriteria criteria);

    /** RFC 7162: flag changes and expunges after {@code modseq}. */
    Changes changesSince(long accountId, String mailbox, long modseq);

    /** The message octets (CRLF), for BODY[] and partial fetches; the caller closes the stream. */
    InputStream openMessage(long accountId, String mailbox, long uid, long offset, long length);

    QuotaInfo quota(long accountId);

    List<AclEntry> getAcl(long accountId, String mailbox);

    /** RFC 4314 SETACL; empty rights remove the entry (DELETEACL). */
    void setAcl(long accountId, String mailbox, String identifier, String rights);

    /**
     * RFC 4314 §2 effective rights of account {@code actorId} on {@code mailbox} of the account whose
     * address is {@code owner}: every right when the actor is the owner, else the union of the
     * entries for the actor's address and {@code anyone} less their negative entries. NOT_FOUND when
     * the owner or the mailbox does not exist; the rights may be empty (the caller then answers as if
     * the mailbox did not exist, RFC 4314 §4).
     */
    MailboxRights rights(long actorId, String owner, String mailbox);

    /** Mailboxes of other accounts on which {@code actorId} has the lookup right 'l' (RFC 4314 §2.1). */
    List<MailboxRights> sharedWith(long actorId);

    /**
     * RFC 3501 §2.3.2 \Recent: claims the messages no session has claimed yet for the calling
     * IMAP4rev1 session, below {@code upTo} (the session's UIDNEXT); returns the first claimed UID
     * ({@code upTo} when there is none).
     */
    long claimRecent(long accountId, String mailbox, long upTo);
}
