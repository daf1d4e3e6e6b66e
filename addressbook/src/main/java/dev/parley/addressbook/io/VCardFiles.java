package dev.parley.addressbook.io;

import dev.parley.addressbook.vcard.CardException;
import dev.parley.addressbook.vcard.CardParser;
import dev.parley.addressbook.vcard.CardSplitter;
import dev.parley.addressbook.vcard.ParsedCard;
import java.util.ArrayList;
import java.util.List;

/**
 * Multi-contact vCard files (.vcf): each card kept as written; a card that fails
 * {@link CardParser}'s checks is skipped with the parser's message. Export concatenates the stored
 * text of each card (RFC 6350 §3.1: a vCard file may hold several cards).
 */
public final class VCardFiles {

    private VCardFiles() {
    }

    public static ImportReport read(String text) {
        List<ParsedCard> cards = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        int record = 0;
        for (CardSplitter.Piece piece : CardSplitter.split(text)) {
            record++;
            if (piece.error() != null) {
                skipped.add(new ImportReport.Skipped(record, piece.line(), piece.error()));
                continue;
            }
            try {
                cards.add(CardParser.parse(piece.text()));
            } catch (CardException e) {
                skipped.add(new ImportReport.Skipped(record, piece.line(), e.getMessage()));
            }
        }
        return new ImportReport("vcard", cards, skipped);
    }

    public static String write(List<ParsedCard> cards) {
        StringBuilder out = new StringBuilder();
        for (ParsedCard card : cards) {
            out.append(card.raw());
            if (!card.raw().endsWith("\n")) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }
}
