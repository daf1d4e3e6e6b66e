package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MessageContent;
import dev.parley.mail.mime.MessageParser;
import dev.parley.mail.mime.ParsedMessage;
import dev.parley.mail.mime.ThreadKeys;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.MessageSummary;
import dev.parley.store.mail.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One stored message: the envelope and body structure cached at arrival (no blob access for
 * ENVELOPE/BODYSTRUCTURE), and byte ranges of the blob for {@code BODY[section]<partial>}.
 */
final class StoreMessageContent implements MessageContent {

    private static final MessageParser HEADER_PARSER = new MessageParser();

    private final MessageStore store;
    private final long accountId;
    private final String mailbox;
    private final MessageSummary summary;

    @Override
    public String emailId() {
        return ObjectIds.email(summary.blobSha256());
    }

    @Override
    public String threadId() {
        return ObjectIds.thread(summary.threadId());
    }

    StoreMessageContent(MessageStore store, long accountId, String mailbox, MessageSummary summary) {
        this.store = store;
        this.accountId = accountId;
        this.mailbox = mailbox;
        this.summary = summary;
    }

    @Override
    public long size() {
        return summary.size();
    }

    /**
     * The cached model. Thread keys and search text are not part of {@link MessageSummary}; FETCH
     * does not use them (SORT/THREAD and SEARCH run in the store).
     */
    @Override
    public ParsedMessage parsed() throws BackendException {
        if (summary.envelope() == null || summary.bodyStructure() == null) {
            throw BackendException.unavailable("message " + summary.uid() + " has no cached structure", null);
        }
        return new ParsedMessage(summary.envelope(), summary.bodyStructure(), summary.size(), summary.headerLength(),
                new ThreadKeys(null, List.of(), ""), "", null);
    }

    /**
     * The cached model plus the thread keys and sent date, parsed from the message's header octets
     * (only the header is read from the blob; the store keeps no References column).
     */
    @Override
    public ParsedMessage threading() throws BackendException {
        ParsedMessage cached = parsed();
        int headerLength = (int) Math.min(summary.headerLength(), summary.size());
        ParsedMessage header = HEADER_PARSER.parse(read(0, headerLength));
        return new ParsedMessage(cached.envelope(), cached.body(), cached.size(), cached.headerLength(),
                header.threadKeys(), "", header.sentDate());
    }

    @Override
    public byte[] read(long offset, int length) throws BackendException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
        long available = Math.max(0, summary.size() - offset);
        int n = (int) Math.min(length, available);
        if (n == 0) {
            return new byte[0];
        }
        try (InputStream in = store.openMessage(accountId, mailbox, summary.uid(), offset, n)) {
            return in.readNBytes(n);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.NOT_FOUND) {
                throw new BackendException(BackendException.Reason.EXPUNGED, "message " + summary.uid() + " was expunged");
            }
            throw ImapMapping.failure(e, false);
        } catch (IOException e) {
            throw BackendException.unavailable("cannot read message " + summary.uid(), e);
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }
}
