package dev.parley.contacts;

import dev.parley.addressbook.vcard.ParsedCard;
import dev.parley.contacts.api.CardListing;
import dev.parley.contacts.api.Share;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The SQL of the contacts schema: books, cards, deletions, shares, photos, write counts. */
final class ContactsRepository {

    private static final String BOOK = "SELECT b.id, b.owner_id, a.local_part || '@' || d.name AS owner_address,"
            + " b.name, b.display_name, b.description, b.is_default, b.modseq, b.sync_floor FROM contacts.address_book b"
            + " JOIN directory.account a ON a.id = b.owner_id JOIN directory.domain d ON d.id = a.domain_id ";
    private static final String CARD = "SELECT id, resource_name, uid, etag, version, vcard, size_bytes, modseq, updated_at"
            + " FROM contacts.card ";

    private final Sql sql;

    ContactsRepository(Connection connection) {
        this.sql = new Sql(connection);
    }

    Sql sql() {
        return sql;
    }

    /** The active account with this address (its primary address), if any. */
    OptionalLong accountId(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return OptionalLong.empty();
        }
        return sql.one("SELECT a.id FROM directory.account a JOIN directory.domain d ON d.id = a.domain_id"
                        + " WHERE a.local_part = ? AND d.name = ? AND a.status = 'active'", rs -> rs.getLong(1),
                address.substring(0, at).toLowerCase(Locale.ROOT), address.substring(at + 1).toLowerCase(Locale.ROOT))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    long domainOf(long accountId) {
        return sql.number("SELECT domain_id FROM directory.account WHERE id = ?", accountId);
    }

    // ---- books

    List<BookRow> ownBooks(long owner) {
        return sql.list(BOOK + "WHERE b.owner_id = ? ORDER BY b.is_default DESC, b.name", ContactsRepository::book, owner);
    }

    Optional<BookRow> ownBook(long owner, String name) {
        return sql.one(BOOK + "WHERE b.owner_id = ? AND b.name = ?", ContactsRepository::book, owner, name);
    }

    Optional<BookRow> book(long id) {
        return sql.one(BOOK + "WHERE b.id = ?", ContactsRepository::book, id);
    }

    /** Books shared with the account, with write access or not. */
    List<SharedBook> sharedWith(long account) {
        return sql.list(BOOK.replace("FROM contacts.address_book b", ", s.access FROM contacts.address_book b"
                        + " JOIN contacts.book_share s ON s.book_id = b.id") + "WHERE s.account_id = ? ORDER BY b.id",
                rs -> new SharedBook(book(rs), "read-write".equals(rs.getString("access"))), account);
    }

    record SharedBook(BookRow book, boolean writable) {
    }

    long createBook(long owner, String name, String displayName, String description, boolean isDefault) {
        return sql.number("INSERT INTO contacts.address_book (owner_id, name, display_name, description, is_default)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id", owner, name, displayName, description, isDefault);
    }

    /** Creates the default book unless the account has one (concurrent first logins: one wins). */
    void ensureDefault(long owner, String name, String displayName) {
        sql.update("INSERT INTO contacts.address_book (owner_id, name, display_name, is_default) VALUES (?, ?, ?, true)"
                + " ON CONFLICT DO NOTHING", owner, name, displayName);
    }

    void updateBook(long id, String displayName, String description) {
        sql.update("UPDATE contacts.address_book SET display_name = coalesce(?, display_name),"
                + " description = coalesce(?, description), updated_at = now() WHERE id = ?", displayName, description, id);
    }

    void deleteBook(long id) {
        sql.update("DELETE FROM contacts.address_book WHERE id = ?", id);
    }

    /** Locks the book row and takes its next modseq (RFC 6578 token), so changes of one book serialise. */
    long nextModseq(long bookId) {
        return sql.number("UPDATE contacts.address_book SET modseq = modseq + 1, updated_at = now() WHERE id = ?"
                + " RETURNING modseq", bookId);
    }

    // ---- cards

    List<CardListing> listing(long bookId) {
        return sql.list("SELECT resource_name, etag, size_bytes FROM contacts.card WHERE book_id = ? ORDER BY resource_name",
                rs -> new CardListing(rs.getString(1), rs.getString(2), rs.getInt(3)), bookId);
    }

    Optional<CardRow> card(long bookId, String resourceName) {
        return sql.one(CARD + "WHERE book_id = ? AND resource_name = ?", ContactsRepository::card, bookId, resourceName);
    }

    List<CardRow> cards(long bookId, List<String> resourceNames) {
        return sql.list(CARD + "WHERE book_id = ? AND resource_name = ANY(?)", ContactsRepository::card, bookId,
                resourceNames.toArray(String[]::new));
    }

    List<CardRow> allCards(long bookId) {
        return sql.list(CARD + "WHERE book_id = ? ORDER BY resource_name", ContactsRepository::card, bookId);
    }

    Optional<String> resourceOfUid(long bookId, String uid) {
        return sql.one("SELECT resource_name FROM contacts.card WHERE book_id = ? AND uid = ?", rs -> rs.getString(1),
                bookId, uid);
    }

    long insertCard(long bookId, String resourceName, ParsedCard card, String etag, int size, long modseq) {
        sql.update("DELETE FROM contacts.card_deletion WHERE book_id = ? AND resource_name = ?", bookId, resourceName);
        return sql.number("INSERT INTO contacts.card (book_id, resource_name, uid, etag, version, kind, vcard, size_bytes,"
                        + " formatted_name, emails, phones, organization, members, search_text, modseq)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                bookId, resourceName, card.uid(), etag, card.version().text(), card.kind().value(), card.raw(), size,
                card.formattedName(), lower(card.emails()), card.phones().toArray(String[]::new), card.organization(),
                card.members().toArray(String[]::new), searchText(card), modseq);
    }

    void updateCard(long id, ParsedCard card, String etag, int size, long modseq) {
        sql.update("UPDATE contacts.card SET uid = ?, etag = ?, version = ?, kind = ?, vcard = ?, size_bytes = ?,"
                        + " formatted_name = ?, emails = ?, phones = ?, organization = ?, members = ?, search_text = ?,"
                        + " modseq = ?, updated_at = now() WHERE id = ?",
                card.uid(), etag, card.version().text(), card.kind().value(), card.raw(), size, card.formattedName(),
                lower(card.emails()), card.phones().toArray(String[]::new), card.organization(),
                card.members().toArray(String[]::new), searchText(card), modseq, id);
    }

    void deleteCard(long bookId, long cardId, String resourceName, long modseq) {
        sql.update("DELETE FROM contacts.card WHERE id = ?", cardId);
        sql.update("INSERT INTO contacts.card_deletion (book_id, resource_name, modseq) VALUES (?, ?, ?)"
                + " ON CONFLICT (book_id, resource_name) DO UPDATE SET modseq = excluded.modseq, deleted_at = now()",
                bookId, resourceName, modseq);
    }

    List<CardListing> changedSince(long bookId, long modseq, int limit) {
        return sql.list("SELECT resource_name, etag, size_bytes FROM contacts.card WHERE book_id = ? AND modseq > ?"
                        + " ORDER BY modseq LIMIT ?", rs -> new CardListing(rs.getString(1), rs.getString(2), rs.getInt(3)),
                bookId, modseq, limit);
    }

    List<String> deletedSince(long bookId, long modseq) {
        return sql.list("SELECT resource_name FROM contacts.card_deletion WHERE book_id = ? AND modseq > ? ORDER BY modseq",
                rs -> rs.getString(1), bookId, modseq);
    }

    /** Drops deletion records older than {@code before}; their books' tokens from before then become invalid. */
    int pruneDeletions(java.time.Instant before) {
        return sql.update("WITH gone AS (DELETE FROM contacts.card_deletion WHERE deleted_at < ? RETURNING book_id, modseq)"
                + " UPDATE contacts.address_book b SET sync_floor = greatest(b.sync_floor, g.m)"
                + " FROM (SELECT book_id, max(modseq) AS m FROM gone GROUP BY book_id) g WHERE b.id = g.book_id", before);
    }

    /** Cards whose indexed columns match: {@code where} is built by {@link QuerySql} with its parameters. */
    List<CardRow> query(long bookId, String where, List<Object> params, int limit) {
        List<Object> all = new ArrayList<>();
        all.add(bookId);
        all.addAll(params);
        all.add(limit);
        return sql.list(CARD + "WHERE book_id = ? AND (" + where + ") ORDER BY formatted_name, resource_name LIMIT ?",
                ContactsRepository::card, all.toArray());
    }

    // ---- photos

    void putPhoto(long cardId, String mediaType, String sha256, long size) {
        sql.update("INSERT INTO contacts.card_photo (card_id, media_type, blob_sha256, blob_size) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (card_id) DO UPDATE SET media_type = excluded.media_type, blob_sha256 = excluded.blob_sha256,"
                + " blob_size = excluded.blob_size", cardId, mediaType, sha256, size);
    }

    void dropPhoto(long cardId) {
        sql.update("DELETE FROM contacts.card_photo WHERE card_id = ?", cardId);
    }

    Optional<String[]> photo(long bookId, String resourceName) {
        return sql.one("SELECT p.media_type, p.blob_sha256, p.blob_size FROM contacts.card_photo p"
                        + " JOIN contacts.card c ON c.id = p.card_id WHERE c.book_id = ? AND c.resource_name = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3))}, bookId, resourceName);
    }

    // ---- shares

    void share(long bookId, long accountId, boolean writable) {
        sql.update("INSERT INTO contacts.book_share (book_id, account_id, access) VALUES (?, ?, ?)"
                        + " ON CONFLICT (book_id, account_id) DO UPDATE SET access = excluded.access",
                bookId, accountId, writable ? "read-write" : "read");
    }

    int unshare(long bookId, long accountId) {
        return sql.update("DELETE FROM contacts.book_share WHERE book_id = ? AND account_id = ?", bookId, accountId);
    }

    List<Share> shares(long bookId) {
        return sql.list("SELECT a.local_part || '@' || d.name, s.access FROM contacts.book_share s"
                        + " JOIN directory.account a ON a.id = s.account_id JOIN directory.domain d ON d.id = a.domain_id"
                        + " WHERE s.book_id = ? ORDER BY 1",
                rs -> new Share(rs.getString(1), "read-write".equals(rs.getString(2))), bookId);
    }

    // ---- write frequency

    void countWrites(long accountId, Set<String> addresses) {
        sql.update("INSERT INTO contacts.write_frequency (account_id, address, count) SELECT ?, x, 1 FROM unnest(?) AS x"
                + " ON CONFLICT (account_id, address) DO UPDATE SET count = contacts.write_frequency.count + 1,"
                + " last_at = now()", accountId, addresses.toArray(String[]::new));
    }

    // ---- mapping

    static String searchText(ParsedCard card) {
        Set<String> words = new LinkedHashSet<>();
        words.add(card.formattedName());
        if (card.organization() != null) {
            words.add(card.organization());
        }
        for (String e : card.emails()) {
            String lower = e.toLowerCase(Locale.ROOT);
            words.add(lower);
            words.add(lower.replaceAll("[._+@-]", " "));
        }
        return String.join(" ", words);
    }

    private static String[] lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    private static BookRow book(ResultSet rs) throws SQLException {
        return new BookRow(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("owner_address"), rs.getString("name"),
                rs.getString("display_name"), rs.getString("description"), rs.getBoolean("is_default"), rs.getLong("modseq"),
                rs.getLong("sync_floor"));
    }

    private static CardRow card(ResultSet rs) throws SQLException {
        return new CardRow(rs.getLong("id"), rs.getString("resource_name"), rs.getString("uid"), rs.getString("etag"),
                rs.getString("version"), rs.getString("vcard"), rs.getInt("size_bytes"), rs.getLong("modseq"),
                Sql.instant(rs, "updated_at"));
    }
}
