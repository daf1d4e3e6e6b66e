package dev.parley.addressbook.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a multi-contact vCard file into the text of each card, kept as it was written (folding,
 * line ends, property order), so each card can be parsed and stored on its own. A nested vCard
 * (vCard 3 {@code AGENT}) stays inside its card. Text outside any card is reported, not dropped
 * silently.
 */
public final class CardSplitter {

    /** One card's text and the line it starts on; {@code error} when it could not be delimited. */
    public record Piece(int line, String text, String error) {
    }

    private CardSplitter() {
    }

    public static List<Piece> split(String file) {
        List<Piece> out = new ArrayList<>();
        String[] physical = file.split("(?<=\r\n|\n|\r(?!\n))");
        StringBuilder card = null;
        int depth = 0;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            String upper = line.strip().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    card = new StringBuilder();
                    start = i + 1;
                }
                depth++;
            }
            if (depth > 0) {
                card.append(line);
                if (upper.equals("END:VCARD")) {
                    depth--;
                    if (depth == 0) {
                        out.add(new Piece(start, card.toString(), null));
                        card = null;
                    }
                }
            } else if (!upper.isEmpty()) {
                out.add(new Piece(i + 1, line, "line " + (i + 1) + ": text outside BEGIN:VCARD/END:VCARD"));
            }
        }
        if (card != null) {
            out.add(new Piece(start, card.toString(), "line " + start + ": BEGIN:VCARD without END:VCARD"));
        }
        return out;
    }
}
