package dev.parley.contacts.api;

import dev.parley.addressbook.carddav.PropFilter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The address book service (issue 6, ADR 0070). Every method acts for {@code user}, the address of an
 * active account, and names books as that user sees them in their address-book home: their own
 * books by name (the default one, {@code contacts}, exists from the first call), books shared with
 * them as {@code shared-<id>}, and their domain's read-only corporate directory as {@code directory}.
 * A book the user may not see does not exist for them ({@link ContactsException.Kind#NOT_FOUND}).
 * Values are serialisable records, so the interface can be offered remotely as it is.
 */
public interface ContactsService {

    List<AddressBook> books(String user);

    AddressBook book(String user, String book);

    AddressBook createBook(String user, String name, String displayName, String description);

    AddressBook updateBook(String user, String book, String displayName, String description);

    void deleteBook(String user, String book);

    List<CardListing> list(String user, String book);

    Optional<StoredCard> get(String user, String book, String resource);

    List<StoredCard> multiget(String user, String book, List<String> resources);

    List<StoredCard> query(String user, String book, CardFilter filter);

    /**
     * RFC 6352 §8.6 addressbook-query: the cards that pass the prop-filters (anyof, or allof), at most
     * {@code limit} (null: all), exactly as {@link dev.parley.addressbook.carddav.CardFilterMatcher}
     * decides; a single positive text-match on FN, EMAIL, TEL, ORG or UID is narrowed by the index first.
     */
    List<StoredCard> query(String user, String book, boolean allOf, List<PropFilter> filters, Integer limit);

    PutResult put(String user, String book, String resource, String vcard, Precondition precondition);

    void delete(String user, String book, String resource, Precondition precondition);

    /** RFC 6578: what changed since {@code syncToken} (null or empty: everything). */
    Changes changes(String user, String book, String syncToken);

    /** Owner only: share with the account at {@code share.address()}; again to change the access. */
    void share(String user, String book, Share share);

    void unshare(String user, String book, String address);

    List<Share> shares(String user, String book);

    /** Reads {@code text} in {@code format} ("vcard", "csv", "csv-outlook", "ldif"; null: sniffed). */
    ImportResult importCards(String user, String book, String format, String text);

    String export(String user, String book, String format);

    /** The photo of a card as (media type, octets), when it had an inline one. */
    Optional<CardPhotoData> photo(String user, String book, String resource);

    List<Suggestion> autocomplete(String user, String text, int limit);

    /** Counts one message from {@code sender} to each recipient address (autocomplete ranking). */
    void recordWrites(String sender, Collection<String> recipients);

    /** Forgets deletions older than {@code keepDays} (sync tokens from before them become invalid); returns books touched. */
    int pruneDeletions(int keepDays);
}
