package dev.parley.addressbook.vcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CardParserTest {

    static final String V3 = """
            BEGIN:VCARD\r
            VERSION:3.0\r
            UID:abc-1\r
            FN:Alice Example\r
            N:Example;Alice;;;\r
            EMAIL;TYPE=INTERNET,WORK:alice@example.test\r
            EMAIL:a2@example.test\r
            TEL;TYPE=CELL:+1 555 0100\r
            ORG:Example Inc;Sales\r
            X-MY-THING;X-PARAM=1:kept as is\r
            item1.X-ABLABEL:Custom\r
            NOTE:a folded\r
              line\r
            END:VCARD\r
            """;

    @Test
    void parsesVersion3AndKeepsTextAsSent() {
        ParsedCard card = CardParser.parse(V3);
        assertSame(V3, card.raw());
        assertEquals(CardVersion.V3, card.version());
        assertEquals("abc-1", card.uid());
        assertEquals("Alice Example", card.formattedName());
        assertEquals(List.of("alice@example.test", "a2@example.test"), card.emails());
        assertEquals(List.of("+1 555 0100"), card.phones());
        assertEquals("Example Inc, Sales", card.organization());
        assertEquals(CardKind.INDIVIDUAL, card.kind());
    }

    @Test
    void conversionToVersion4KeepsUnknownProperties() {
        String v4 = CardConverter.convert(CardParser.parse(V3), CardVersion.V4);
        assertTrue(v4.contains("VERSION:4.0"), v4);
        assertTrue(v4.contains("X-MY-THING;X-PARAM=1:kept as is"), v4);
        assertTrue(v4.contains("X-ABLABEL:Custom"), v4);
        ParsedCard back = CardParser.parse(v4);
        assertEquals(List.of("alice@example.test", "a2@example.test"), back.emails());
        assertEquals("abc-1", back.uid());
    }

    @Test
    void sameVersionIsReturnedUnchanged() {
        ParsedCard card = CardParser.parse(V3);
        assertSame(card.raw(), CardConverter.convert(card, CardVersion.V3));
    }

    @Test
    void version4GroupWithMembers() {
        ParsedCard card = CardParser.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:g1\r\nKIND:group\r\nFN:Team\r\n"
                + "MEMBER:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af\r\nMEMBER:mailto:bob@example.test\r\nEND:VCARD\r\n");
        assertTrue(card.isGroup());
        assertEquals(List.of("urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af", "mailto:bob@example.test"), card.members());
        String v3 = CardConverter.convert(card, CardVersion.V3);
        assertTrue(v3.contains("X-ADDRESSBOOKSERVER-KIND:group"), v3);
        ParsedCard apple = CardParser.parse(v3);
        assertTrue(apple.isGroup());
        assertEquals(2, apple.members().size(), v3);
    }

    @Test
    void appleGroupCard() {
        ParsedCard card = CardParser.parse("BEGIN:VCARD\nVERSION:3.0\nUID:g2\nFN:Friends\nN:Friends;;;;\n"
                + "X-ADDRESSBOOKSERVER-KIND:group\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:abc\nEND:VCARD\n");
        assertEquals(CardKind.GROUP, card.kind());
        assertEquals(List.of("urn:uuid:abc"), card.members());
    }

    @Test
    void inlinePhotoIsDecoded() {
        ParsedCard card = CardParser.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:P\r\n"
                + "PHOTO:data:image/png;base64,iVBORw0KGgo=\r\nEND:VCARD\r\n");
        assertEquals("image/png", card.photo().orElseThrow().mediaType());
        assertEquals(8, card.photo().orElseThrow().data().length);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty vCard",
        "VERSION:3.0\\nFN:x\\nEND:VCARD|line 1: a vCard starts with BEGIN:VCARD",
        "BEGIN:VCARD\\nVERSION:3.0\\nFN:x|line 3: a vCard ends with END:VCARD",
        "BEGIN:VCARD\\nVERSION:2.1\\nFN:x\\nEND:VCARD|line 2: vCard version 2.1 is not supported (3.0 or 4.0)",
        "BEGIN:VCARD\\nFN:x\\nEND:VCARD|VERSION is missing (3.0 or 4.0)",
        "BEGIN:VCARD\\nVERSION:3.0\\nEND:VCARD|FN is missing or empty (RFC 6350 §6.2.1: every vCard has a formatted name)",
        "BEGIN:VCARD\\nVERSION:3.0\\nFN:\\nEND:VCARD|FN is missing or empty (RFC 6350 §6.2.1: every vCard has a formatted name)",
        "BEGIN:VCARD\\nVERSION:3.0\\nFN:x\\nthis is no property\\nEND:VCARD|line 4: not a content line (name, optional parameters, ':' value)",
        "BEGIN:VCARD\\nVERSION:3.0\\nFN:x\\nEND:VCARD\\nBEGIN:VCARD\\nVERSION:3.0\\nFN:y\\nEND:VCARD|line 5: more than one vCard (send one card per resource)",
        "BEGIN:VCARD\\nFN:x\\nVERSION:4.0\\nEND:VCARD|line 3: RFC 6350 §6.7.9: VERSION must follow BEGIN:VCARD",
        "BEGIN:VCARD\\nVERSION:3.0\\nVERSION:3.0\\nFN:x\\nEND:VCARD|line 3: VERSION appears twice",
    })
    void malformedCardsAreRejectedWithTheReason(String text, String message) {
        CardException e = assertThrows(CardException.class, () -> CardParser.parse(text.replace("\\n", "\r\n")));
        assertEquals(message, e.getMessage());
    }
}
