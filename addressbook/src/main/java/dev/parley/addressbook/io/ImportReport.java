package dev.parley.addressbook.io;

import dev.parley.addressbook.vcard.ParsedCard;
import java.util.List;

/**
 * What an import read: the cards it made, in file order, and every record it skipped with the
 * reason ("record 12 (line 230): FN is missing …"). {@code format} names the layout recognised
 * ("vcard", "csv-outlook", "csv-google", "ldif-mozilla").
 */
public record ImportReport(String format, List<ParsedCard> cards, List<Skipped> skipped) {

    public record Skipped(int record, int line, String reason) {
    }

    public ImportReport {
        cards = List.copyOf(cards);
        skipped = List.copyOf(skipped);
    }
}
