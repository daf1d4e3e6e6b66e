package dev.parley.contacts;

import dev.parley.addressbook.carddav.PropFilter;
import dev.parley.contacts.api.AddressBook;
import dev.parley.contacts.api.CardFilter;
import dev.parley.contacts.api.CardListing;
import dev.parley.contacts.api.CardPhotoData;
import dev.parley.contacts.api.Changes;
import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.ContactsService;
import dev.parley.contacts.api.ImportResult;
import dev.parley.contacts.api.Precondition;
import dev.parley.contacts.api.PutResult;
import dev.parley.contacts.api.Share;
import dev.parley.contacts.api.StoredCard;
import dev.parley.contacts.api.Suggestion;
import dev.parley.store.blob.BlobStore;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The contacts service on one connection (one transaction): resolves the user and the book, then
 * hands over to {@link Books}, {@link Cards}, {@link Transfer} or {@link ContactSearch}. The EJB runs
 * it in a container transaction; the database tests on a plain JDBC connection.
 */
public final class ContactsCore implements ContactsService {

    private final ContactsRepository repo;
    private final Books books;
    private final Cards cards;
    private final ContactsSettings settings;

    public ContactsCore(Connection connection, ContactsSettings settings, BlobStore blobs) {
        this.repo = new ContactsRepository(connection);
        this.settings = settings;
        this.books = new Books(repo, settings);
        this.cards = new Cards(repo, settings, blobs);
    }

    private long account(String user) {
        if (user == null) {
            throw ContactsException.notFound("no user");
        }
        return repo.accountId(user).orElseThrow(() -> ContactsException.notFound(user + " has no active account"));
    }

    private Books.Resolved resolve(String user, String book) {
        return books.resolve(account(user), book);
    }

    @Override
    public List<AddressBook> books(String user) {
        return books.all(account(user));
    }

    @Override
    public AddressBook book(String user, String book) {
        return books.view(resolve(user, book));
    }

    @Override
    public AddressBook createBook(String user, String name, String displayName, String description) {
        return books.create(account(user), name, displayName, description);
    }

    @Override
    public AddressBook updateBook(String user, String book, String displayName, String description) {
        Books.Resolved r = resolve(user, book).requireWrite();
        repo.updateBook(r.row().id(), displayName, description);
        return books.view(resolve(user, book));
    }

    @Override
    public void deleteBook(String user, String book) {
        Books.Resolved r = resolve(user, book).requireOwner();
        if (r.row().isDefault()) {
            throw new ContactsException(ContactsException.Kind.FORBIDDEN, "the default address book cannot be deleted");
        }
        repo.deleteBook(r.row().id());
    }

    @Override
    public List<CardListing> list(String user, String book) {
        return cards.list(resolve(user, book));
    }

    @Override
    public Optional<StoredCard> get(String user, String book, String resource) {
        return cards.get(resolve(user, book), resource);
    }

    @Override
    public List<StoredCard> multiget(String user, String book, List<String> resources) {
        return cards.multiget(resolve(user, book), resources);
    }

    @Override
    public List<StoredCard> query(String user, String book, CardFilter filter) {
        return cards.query(resolve(user, book), filter);
    }

    @Override
    public List<StoredCard> query(String user, String book, boolean allOf, List<PropFilter> filters, Integer limit) {
        return cards.query(resolve(user, book), allOf, filters, limit);
    }

    @Override
    public PutResult put(String user, String book, String resource, String vcard, Precondition precondition) {
        return cards.put(resolve(user, book), resource, vcard, precondition == null ? Precondition.NONE : precondition);
    }

    @Override
    public void delete(String user, String book, String resource, Precondition precondition) {
        cards.delete(resolve(user, book), resource, precondition == null ? Precondition.NONE : precondition);
    }

    @Override
    public Changes changes(String user, String book, String syncToken) {
        return cards.changes(resolve(user, book), syncToken);
    }

    @Override
    public void share(String user, String book, Share share) {
        Books.Resolved r = resolve(user, book).requireOwner();
        long with = repo.accountId(share.address()).orElseThrow(() -> new ContactsException(
                ContactsException.Kind.BAD_REQUEST, share.address() + " has no active account"));
        if (with == r.row().ownerId()) {
            throw new ContactsException(ContactsException.Kind.BAD_REQUEST, "a book is not shared with its owner");
        }
        repo.share(r.row().id(), with, share.writable());
    }

    @Override
    public void unshare(String user, String book, String address) {
        Books.Resolved r = resolve(user, book).requireOwner();
        repo.accountId(address).ifPresent(id -> repo.unshare(r.row().id(), id));
    }

    @Override
    public List<Share> shares(String user, String book) {
        return repo.shares(resolve(user, book).requireOwner().row().id());
    }

    @Override
    public ImportResult importCards(String user, String book, String format, String text) {
        return new Transfer(cards).importCards(resolve(user, book), format, text);
    }

    @Override
    public String export(String user, String book, String format) {
        return new Transfer(cards).export(resolve(user, book), format);
    }

    @Override
    public Optional<CardPhotoData> photo(String user, String book, String resource) {
        return cards.photo(resolve(user, book), resource).map(p -> new CardPhotoData(p.mediaType(), p.data()));
    }

    @Override
    public List<Suggestion> autocomplete(String user, String text, int limit) {
        long account = account(user);
        int max = limit <= 0 ? settings.maxSuggestions() : Math.min(limit, settings.maxSuggestions());
        Long[] bookIds = books.readableIds(account);
        return new ContactSearch(repo.sql()).suggest(account, repo.domainOf(account), bookIds, text == null ? "" : text, max);
    }

    @Override
    public int pruneDeletions(int keepDays) {
        return repo.pruneDeletions(java.time.Instant.now().minus(java.time.Duration.ofDays(keepDays)));
    }

    @Override
    public void recordWrites(String sender, Collection<String> recipients) {
        Set<String> addresses = Cards.addresses(recipients);
        if (!addresses.isEmpty()) {
            repo.accountId(sender).ifPresent(id -> repo.countWrites(id, addresses));
        }
    }
}
