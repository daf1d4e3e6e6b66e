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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The contacts service as an EJB: each call is one container transaction (REQUIRED) on
 * {@code jdbc/parley}; {@link ContactsException} rolls it back. Cards are small (1 MiB at most), so
 * the one blob write of an inline photo happens inside the transaction.
 */
@Stateless
@Local(ContactsService.class)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ContactsServiceBean implements ContactsService {

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    @Inject
    private BlobStore blobs;

    @Inject
    private Config config;

    private ContactsSettings settings;

    @PostConstruct
    void init() {
        settings = ContactsSettings.from(config);
    }

    private <T> T run(Function<ContactsCore, T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(new ContactsCore(c, settings, blobs));
        } catch (SQLException e) {
            throw new ContactsException(ContactsException.Kind.UNAVAILABLE, "no database connection: " + e.getMessage(), e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<AddressBook> books(String user) {
        return run(c -> c.books(user));
    }

    @Override
    public AddressBook book(String user, String book) {
        return run(c -> c.book(user, book));
    }

    @Override
    public AddressBook createBook(String user, String name, String displayName, String description) {
        return run(c -> c.createBook(user, name, displayName, description));
    }

    @Override
    public AddressBook updateBook(String user, String book, String displayName, String description) {
        return run(c -> c.updateBook(user, book, displayName, description));
    }

    @Override
    public void deleteBook(String user, String book) {
        run(c -> {
            c.deleteBook(user, book);
            return null;
        });
    }

    @Override
    public List<CardListing> list(String user, String book) {
        return run(c -> c.list(user, book));
    }

    @Override
    public Optional<StoredCard> get(String user, String book, String resource) {
        return run(c -> c.get(user, book, resource));
    }

    @Override
    public List<StoredCard> multiget(String user, String book, List<String> resources) {
        return run(c -> c.multiget(user, book, resources));
    }

    @Override
    public List<StoredCard> query(String user, String book, CardFilter filter) {
        return run(c -> c.query(user, book, filter));
    }

    @Override
    public List<StoredCard> query(String user, String book, boolean allOf, List<PropFilter> filters, Integer limit) {
        return run(c -> c.query(user, book, allOf, filters, limit));
    }

    @Override
    public PutResult put(String user, String book, String resource, String vcard, Precondition precondition) {
        return run(c -> c.put(user, book, resource, vcard, precondition));
    }

    @Override
    public void delete(String user, String book, String resource, Precondition precondition) {
        run(c -> {
            c.delete(user, book, resource, precondition);
            return null;
        });
    }

    @Override
    public Changes changes(String user, String book, String syncToken) {
        return run(c -> c.changes(user, book, syncToken));
    }

    @Override
    public void share(String user, String book, Share share) {
        run(c -> {
            c.share(user, book, share);
            return null;
        });
    }

    @Override
    public void unshare(String user, String book, String address) {
        run(c -> {
            c.unshare(user, book, address);
            return null;
        });
    }

    @Override
    public List<Share> shares(String user, String book) {
        return run(c -> c.shares(user, book));
    }

    @Override
    public ImportResult importCards(String user, String book, String format, String text) {
        return run(c -> c.importCards(user, book, format, text));
    }

    @Override
    public String export(String user, String book, String format) {
        return run(c -> c.export(user, book, format));
    }

    @Override
    public Optional<CardPhotoData> photo(String user, String book, String resource) {
        return run(c -> c.photo(user, book, resource));
    }

    @Override
    public List<Suggestion> autocomplete(String user, String text, int limit) {
        return run(c -> c.autocomplete(user, text, limit));
    }

    @Override
    public int pruneDeletions(int keepDays) {
        return run(c -> c.pruneDeletions(keepDays));
    }

    @Override
    public void recordWrites(String sender, Collection<String> recipients) {
        run(c -> {
            c.recordWrites(sender, recipients);
            return null;
        });
    }
}
