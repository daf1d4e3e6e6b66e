package dev.parley.addressbook.vcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardSplitterTest {

    @Test
    void splitsKeepingEachCardsText() {
        String a = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n";
        String b = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:B\r\n folded\r\nEND:VCARD\r\n";
        List<CardSplitter.Piece> pieces = CardSplitter.split(a + "\r\n" + b);
        assertEquals(2, pieces.size());
        assertEquals(a, pieces.get(0).text());
        assertEquals(b, pieces.get(1).text());
        assertEquals(6, pieces.get(1).line());
        assertNull(pieces.get(1).error());
    }

    @Test
    void reportsTextOutsideCardsAndUnterminatedCards() {
        List<CardSplitter.Piece> pieces = CardSplitter.split("junk\nBEGIN:VCARD\nVERSION:3.0\nFN:A\n");
        assertEquals("line 1: text outside BEGIN:VCARD/END:VCARD", pieces.get(0).error());
        assertEquals("line 2: BEGIN:VCARD without END:VCARD", pieces.get(1).error());
    }
}
