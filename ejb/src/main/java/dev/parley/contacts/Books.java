package dev.parley.contacts;

import dev.parley.contacts.api.AddressBook;
import dev.parley.contacts.api.BookAccess;
import dev.parley.contacts.api.ContactsException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which books an account sees under its address-book home and what it may do with each: its own
 * books by name, books shared with it as {@code shared-<id>}, and its domain's corporate directory
 * as {@code directory} (ADR 0070). The default book is created on first access, like the message
 * store's default mailboxes (the directory fires no event on provisioning).
 */
final class Books {

    static final String SHARED_PREFIX = "shared-";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** A book the caller may open: a row (null for the directory) and the caller's access. */
    record Resolved(BookRow row, BookAccess access, long domainId, String name) {

        boolean isDirectory() {
            return access == BookAccess.DIRECTORY;
        }

        Resolved requireWrite() {
            if (!access.writable()) {
                throw new ContactsException(ContactsException.Kind.FORBIDDEN, "address book " + name + " is read-only");
            }
            return this;
        }

        Resolved requireOwner() {
            if (access != BookAccess.OWNER) {
                throw new ContactsException(ContactsException.Kind.FORBIDDEN, "only the owner may do this with " + name);
            }
            return this;
        }
    }

    private final ContactsRepository repo;
    private final ContactsSettings settings;

    Books(ContactsRepository repo, ContactsSettings settings) {
        this.repo = repo;
        this.settings = settings;
    }

    List<AddressBook> all(long account) {
        List<AddressBook> out = new ArrayList<>();
        for (BookRow b : own(account)) {
            out.add(view(new Resolved(b, BookAccess.OWNER, 0, b.name())));
        }
        for (ContactsRepository.SharedBook s : repo.sharedWith(account)) {
            out.add(view(new Resolved(s.book(), s.writable() ? BookAccess.READ_WRITE : BookAccess.READ, 0,
                    SHARED_PREFIX + s.book().id())));
        }
        out.add(view(resolve(account, CorporateDirectory.BOOK_NAME)));
        return out;
    }

    /** Ids of the account's own books and of those shared with it, for search. */
    Long[] readableIds(long account) {
        List<Long> ids = new ArrayList<>();
        own(account).forEach(b -> ids.add(b.id()));
        repo.sharedWith(account).forEach(s -> ids.add(s.book().id()));
        return ids.toArray(Long[]::new);
    }

    private List<BookRow> own(long account) {
        List<BookRow> own = repo.ownBooks(account);
        if (own.isEmpty()) {
            repo.ensureDefault(account, settings.defaultBookName(), settings.defaultBookDisplayName());
            own = repo.ownBooks(account);
        }
        return own;
    }

    Resolved resolve(long account, String name) {
        if (CorporateDirectory.BOOK_NAME.equals(name)) {
            return new Resolved(null, BookAccess.DIRECTORY, repo.domainOf(account), name);
        }
        if (name != null && name.startsWith(SHARED_PREFIX)) {
            long id;
            try {
                id = Long.parseLong(name.substring(SHARED_PREFIX.length()));
            } catch (NumberFormatException e) {
                throw ContactsException.notFound("no address book " + name);
            }
            return repo.sharedWith(account).stream().filter(s -> s.book().id() == id).findFirst()
                    .map(s -> new Resolved(s.book(), s.writable() ? BookAccess.READ_WRITE : BookAccess.READ, 0, name))
                    .orElseThrow(() -> ContactsException.notFound("no address book " + name));
        }
        if (name != null && name.equals(settings.defaultBookName())) {
            own(account);
        }
        return repo.ownBook(account, name).map(b -> new Resolved(b, BookAccess.OWNER, 0, name))
                .orElseThrow(() -> ContactsException.notFound("no address book " + name));
    }

    AddressBook create(long account, String name, String displayName, String description) {
        checkName(name);
        own(account);
        if (repo.ownBook(account, name).isPresent()) {
            throw new ContactsException(ContactsException.Kind.EXISTS, "address book " + name + " exists");
        }
        repo.createBook(account, name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                description, false);
        return view(resolve(account, name));
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ContactsException(ContactsException.Kind.BAD_REQUEST,
                    "an address book name is 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (name.equals(CorporateDirectory.BOOK_NAME) || name.startsWith(SHARED_PREFIX)) {
            throw new ContactsException(ContactsException.Kind.EXISTS, "the name " + name + " is reserved");
        }
    }

    AddressBook view(Resolved r) {
        if (r.isDirectory()) {
            CorporateDirectory directory = new CorporateDirectory(repo.sql());
            String domain = directory.domainName(r.domainId());
            return new AddressBook(0, domain, r.name(), "Directory " + domain, "Everyone at " + domain,
                    BookAccess.DIRECTORY, false, directory.syncToken(r.domainId()), settings.maxCardBytes());
        }
        BookRow b = r.row();
        return new AddressBook(b.id(), b.ownerAddress(), r.name(), b.displayName(), b.description(), r.access(),
                b.isDefault() && r.access() == BookAccess.OWNER, SyncTokens.of(b.id(), b.modseq()), settings.maxCardBytes());
    }
}
