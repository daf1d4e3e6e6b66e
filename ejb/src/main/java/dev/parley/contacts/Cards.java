package dev.parley.contacts;

import dev.parley.addressbook.carddav.CardFilterMatcher;
import dev.parley.addressbook.carddav.PropFilter;
import dev.parley.addressbook.carddav.TextMatch;
import dev.parley.addressbook.vcard.CardException;
import dev.parley.addressbook.vcard.CardParser;
import dev.parley.addressbook.vcard.ParsedCard;
import dev.parley.contacts.api.CardFilter;
import dev.parley.contacts.api.CardListing;
import dev.parley.contacts.api.Changes;
import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.Precondition;
import dev.parley.contacts.api.PutResult;
import dev.parley.contacts.api.StoredCard;
import dev.parley.store.blob.BlobRef;
import dev.parley.store.blob.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cards of one resolved book: read, write with RFC 9110 conditions and the CardDAV preconditions of
 * RFC 6352 §6.3.2.1 (valid data, one UID per book, size), delete with a tombstone for sync, list
 * changes since a token. The corporate directory answers reads from {@link CorporateDirectory}.
 */
final class Cards {

    private final ContactsRepository repo;
    private final ContactsSettings settings;
    private final BlobStore blobs;

    Cards(ContactsRepository repo, ContactsSettings settings, BlobStore blobs) {
        this.repo = repo;
        this.settings = settings;
        this.blobs = blobs;
    }

    List<CardListing> list(Books.Resolved book) {
        if (book.isDirectory()) {
            return directory(book).stream().map(e -> new CardListing(e.resourceName(), e.etag(), size(e.vcard()))).toList();
        }
        return repo.listing(book.row().id());
    }

    Optional<StoredCard> get(Books.Resolved book, String resource) {
        if (book.isDirectory()) {
            return directory(book).stream().filter(e -> e.resourceName().equals(resource)).findFirst().map(Cards::stored);
        }
        return repo.card(book.row().id(), resource).map(Cards::stored);
    }

    List<StoredCard> multiget(Books.Resolved book, List<String> resources) {
        if (book.isDirectory()) {
            Set<String> wanted = Set.copyOf(resources);
            return directory(book).stream().filter(e -> wanted.contains(e.resourceName())).map(Cards::stored).toList();
        }
        return repo.cards(book.row().id(), resources).stream().map(Cards::stored).toList();
    }

    List<StoredCard> all(Books.Resolved book) {
        if (book.isDirectory()) {
            return directory(book).stream().map(Cards::stored).toList();
        }
        return repo.allCards(book.row().id()).stream().map(Cards::stored).toList();
    }

    List<StoredCard> query(Books.Resolved book, CardFilter filter) {
        if (book.isDirectory()) {
            String text = filter.text().toLowerCase(Locale.ROOT);
            return directory(book).stream().filter(e -> e.vcard().toLowerCase(Locale.ROOT).contains(text))
                    .limit(filter.limit()).map(Cards::stored).toList();
        }
        QuerySql q = QuerySql.of(filter);
        return repo.query(book.row().id(), q.where(), q.params(), filter.limit()).stream().map(Cards::stored).toList();
    }

    List<StoredCard> query(Books.Resolved book, boolean allOf, List<PropFilter> filters, Integer limit) {
        int max = limit == null ? Integer.MAX_VALUE : limit;
        List<StoredCard> candidates = narrowed(book, allOf, filters).orElseGet(() -> all(book));
        return candidates.stream().filter(c -> CardFilterMatcher.matches(c.vcard(), allOf, filters)).limit(max).toList();
    }

    /** One positive text-match on an indexed property: the index gives a superset to check exactly. */
    private Optional<List<StoredCard>> narrowed(Books.Resolved book, boolean allOf, List<PropFilter> filters) {
        if (book.isDirectory() || filters.size() != 1 && !allOf) {
            return Optional.empty();
        }
        for (PropFilter f : filters) {
            if (!f.isNotDefined() && f.textMatches().size() == 1 && f.paramFilters().isEmpty()
                    && QuerySql.indexed(f.name()) && !f.textMatches().get(0).negate()
                    && (filters.size() == 1 || allOf)) {
                TextMatch t = f.textMatches().get(0);
                // the index holds text as sent; ILIKE is a superset of every collation's match
                CardFilter coarse = new CardFilter(f.name(), t.text(), CardFilter.Match.CONTAINS, 0);
                QuerySql q = QuerySql.of(coarse);
                return Optional.of(repo.query(book.row().id(), q.where(), q.params(), Integer.MAX_VALUE).stream()
                        .map(Cards::stored).toList());
            }
        }
        return Optional.empty();
    }

    PutResult put(Books.Resolved book, String resource, String text, Precondition pre) {
        book.requireWrite();
        checkResourceName(resource);
        int size = size(text);
        if (size > settings.maxCardBytes()) {
            throw new ContactsException(ContactsException.Kind.TOO_LARGE, "the card has " + size + " bytes, the limit is "
                    + settings.maxCardBytes());
        }
        ParsedCard card;
        try {
            card = CardParser.parse(text);
        } catch (CardException e) {
            throw new ContactsException(ContactsException.Kind.INVALID_DATA, e.getMessage(), e);
        }
        if (card.uid() == null) {
            // RFC 6352 §6.3.2.1 / RFC 6350 §6.7.6: CardDAV requires a UID
            throw new ContactsException(ContactsException.Kind.INVALID_DATA, "UID is missing (RFC 6352 §5.1: every address object resource has a UID)");
        }
        long bookId = book.row().id();
        long modseq = repo.nextModseq(bookId); // locks the book: conditions below see a stable state
        Optional<CardRow> current = repo.card(bookId, resource);
        if (pre.ifNoneMatchAny() && current.isPresent()) {
            throw new ContactsException(ContactsException.Kind.PRECONDITION_FAILED, resource + " exists (If-None-Match: *)");
        }
        if (pre.ifMatch() != null && (current.isEmpty() || !Etags.matches(pre.ifMatch(), current.get().etag()))) {
            throw new ContactsException(ContactsException.Kind.PRECONDITION_FAILED, current.isEmpty()
                    ? resource + " does not exist (If-Match)" : resource + " has changed: its ETag is " + current.get().etag());
        }
        Optional<String> uidOwner = repo.resourceOfUid(bookId, card.uid());
        if (uidOwner.isPresent() && !uidOwner.get().equals(resource)) {
            throw new ContactsException(ContactsException.Kind.UID_CONFLICT, "UID " + card.uid() + " is already used by "
                    + uidOwner.get());
        }
        String etag = Etags.of(text);
        long cardId;
        if (current.isPresent()) {
            cardId = current.get().id();
            repo.updateCard(cardId, card, etag, size, modseq);
        } else {
            cardId = repo.insertCard(bookId, resource, card, etag, size, modseq);
        }
        photo(cardId, card);
        return new PutResult(etag, current.isEmpty());
    }

    void delete(Books.Resolved book, String resource, Precondition pre) {
        book.requireWrite();
        long bookId = book.row().id();
        long modseq = repo.nextModseq(bookId);
        CardRow current = repo.card(bookId, resource).orElseThrow(() -> ContactsException.notFound("no card " + resource));
        if (pre.ifMatch() != null && !Etags.matches(pre.ifMatch(), current.etag())) {
            throw new ContactsException(ContactsException.Kind.PRECONDITION_FAILED, resource + " has changed: its ETag is "
                    + current.etag());
        }
        repo.deleteCard(bookId, current.id(), resource, modseq);
    }

    Changes changes(Books.Resolved book, String token) {
        if (book.isDirectory()) {
            String now = new CorporateDirectory(repo.sql()).syncToken(book.domainId());
            if (token == null || token.isBlank()) {
                return new Changes(now, list(book), List.of(), false);
            }
            if (token.equals(now)) {
                return new Changes(now, List.of(), List.of(), false);
            }
            // deletions are not recorded for generated entries: the client starts over (RFC 6578 §3.2)
            throw new ContactsException(ContactsException.Kind.INVALID_SYNC_TOKEN, "the directory has changed since " + token);
        }
        BookRow row = repo.book(book.row().id()).orElseThrow(() -> ContactsException.notFound("no address book"));
        long since = SyncTokens.modseq(token, row.id(), row.modseq());
        if (since > 0 && since < row.syncFloor()) {
            // RFC 6578 §3.2: deletions before the floor are forgotten, the client must start over
            throw new ContactsException(ContactsException.Kind.INVALID_SYNC_TOKEN, "sync token too old: " + token);
        }
        List<CardListing> changed = repo.changedSince(row.id(), since, Integer.MAX_VALUE);
        List<String> deleted = since == 0 ? List.of() : repo.deletedSince(row.id(), since);
        return new Changes(SyncTokens.of(row.id(), row.modseq()), changed, deleted, false);
    }

    Optional<Photo> photo(Books.Resolved book, String resource) {
        if (book.isDirectory() || blobs == null) {
            return Optional.empty();
        }
        return repo.photo(book.row().id(), resource).map(p -> {
            try (var in = blobs.open(new BlobRef(p[1], Long.parseLong(p[2])))) {
                return new Photo(p[0], Base64.getMimeDecoder().decode(in.readAllBytes()));
            } catch (IOException e) {
                throw new ContactsException(ContactsException.Kind.UNAVAILABLE, "cannot read photo: " + e.getMessage(), e);
            }
        });
    }

    record Photo(String mediaType, byte[] data) {
    }

    private void photo(long cardId, ParsedCard card) {
        if (blobs == null) {
            return;
        }
        if (card.photo().isEmpty()) {
            repo.dropPhoto(cardId);
            return;
        }
        // base64 text: the blob store normalises line ends, which binary octets would not survive
        byte[] encoded = Base64.getEncoder().encode(card.photo().get().data());
        try {
            BlobRef ref = blobs.put(new ByteArrayInputStream(encoded));
            repo.putPhoto(cardId, card.photo().get().mediaType(), ref.sha256(), ref.size());
        } catch (IOException e) {
            throw new ContactsException(ContactsException.Kind.UNAVAILABLE, "cannot store photo: " + e.getMessage(), e);
        }
    }

    private List<CorporateDirectory.Entry> directory(Books.Resolved book) {
        return new CorporateDirectory(repo.sql()).entries(book.domainId());
    }

    static void checkResourceName(String resource) {
        if (resource == null || resource.isEmpty() || resource.length() > 255 || resource.contains("/")
                || resource.contains("\\") || resource.equals(".") || resource.equals("..")) {
            throw new ContactsException(ContactsException.Kind.BAD_REQUEST, "not a resource name: " + resource);
        }
    }

    static int size(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static Set<String> addresses(java.util.Collection<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> v.indexOf('@') > 0)
                .collect(Collectors.toSet());
    }

    private static StoredCard stored(CardRow r) {
        return new StoredCard(r.resourceName(), r.uid(), r.etag(), r.version(), r.vcard(), r.updatedAt());
    }

    private static StoredCard stored(CorporateDirectory.Entry e) {
        return new StoredCard(e.resourceName(), e.uid(), e.etag(), "3.0", e.vcard(), e.updated());
    }
}
