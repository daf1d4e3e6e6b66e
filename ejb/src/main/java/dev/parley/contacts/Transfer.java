package dev.parley.contacts;

import dev.parley.addressbook.io.ImportFormat;
import dev.parley.addressbook.io.ImportReport;
import dev.parley.addressbook.io.Importers;
import dev.parley.addressbook.vcard.CardParser;
import dev.parley.addressbook.vcard.ParsedCard;
import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.ImportResult;
import dev.parley.contacts.api.Precondition;
import dev.parley.contacts.api.StoredCard;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Import into and export from one book (ADR 0071). Import is all-or-nothing for the database (one
 * transaction) but record by record for the content: a record that is malformed, too large or whose
 * UID the book already holds is skipped and reported, the others are stored.
 */
final class Transfer {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@+-]{1,200}");

    private final Cards cards;

    Transfer(Cards cards) {
        this.cards = cards;
    }

    ImportResult importCards(Books.Resolved book, String format, String text) {
        book.requireWrite();
        ImportFormat f = format == null || format.isBlank() ? Importers.sniff(text) : ImportFormat.of(format)
                .orElseThrow(() -> new ContactsException(ContactsException.Kind.BAD_REQUEST,
                        "unknown format " + format + " (vcard, csv, csv-outlook, ldif)"));
        ImportReport report = Importers.read(f, text);
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        report.skipped().forEach(s -> skipped.add(new ImportResult.Skipped(s.record(), s.line(), s.reason())));
        int imported = 0;
        int record = 0;
        for (ParsedCard card : report.cards()) {
            record++;
            ParsedCard withUid = card.uid() != null ? card : CardParser.parse(addUid(card));
            String resource = resourceName(withUid.uid());
            try {
                cards.put(book, resource, withUid.raw(), new Precondition(null, true));
                imported++;
            } catch (ContactsException e) {
                if (e.kind() == ContactsException.Kind.UNAVAILABLE) {
                    throw e;
                }
                skipped.add(new ImportResult.Skipped(record, 0, withUid.formattedName() + ": " + e.getMessage()));
            }
        }
        return new ImportResult(report.format(), imported, skipped);
    }

    String export(Books.Resolved book, String format) {
        ImportFormat f = ImportFormat.of(format == null ? "vcard" : format).orElseThrow(() -> new ContactsException(
                ContactsException.Kind.BAD_REQUEST, "unknown format " + format + " (vcard, csv, csv-outlook, ldif)"));
        List<ParsedCard> parsed = new ArrayList<>();
        for (StoredCard c : cards.all(book)) {
            parsed.add(CardParser.parse(c.vcard()));
        }
        return Importers.write(f, parsed);
    }

    /** The UID itself when it is a safe file name (as Apple and DAVx5 do), else a fresh UUID. */
    static String resourceName(String uid) {
        String base = uid.startsWith("urn:uuid:") ? uid.substring(9) : uid;
        return SAFE.matcher(base).matches() ? base + ".vcf" : UUID.randomUUID() + ".vcf";
    }

    private static String addUid(ParsedCard card) {
        String raw = card.raw();
        int end = raw.toUpperCase(java.util.Locale.ROOT).lastIndexOf("END:VCARD");
        String eol = raw.contains("\r\n") ? "\r\n" : "\n";
        return raw.substring(0, end) + "UID:urn:uuid:" + UUID.randomUUID() + eol + raw.substring(end);
    }
}
