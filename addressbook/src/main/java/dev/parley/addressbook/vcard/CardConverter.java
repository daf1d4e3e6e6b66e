package dev.parley.addressbook.vcard;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * vCard 3 ⇄ 4 for content negotiation (RFC 6352 §5.1.1 {@code address-data} version, HTTP Accept).
 * A card stored in the requested version is returned as sent; otherwise ez-vcard rewrites it,
 * which keeps unknown and {@code X-} properties but may drop what the other version cannot say
 * (a 4.0 {@code KIND:group} becomes Apple's {@code X-ADDRESSBOOKSERVER-KIND}).
 */
public final class CardConverter {

    private CardConverter() {
    }

    public static String convert(ParsedCard card, CardVersion target) {
        if (card.version() == target) {
            return card.raw();
        }
        VCard vcard;
        try (VCardReader reader = new VCardReader(card.raw())) {
            vcard = reader.readNext();
        } catch (IOException e) {
            throw new CardException("unreadable vCard: " + e.getMessage(), e);
        }
        if (target == CardVersion.V3 && card.isGroup() && vcard.getExtendedProperty(CardParser.APPLE_KIND) == null) {
            vcard.setKind(null);
            vcard.addExtendedProperty(CardParser.APPLE_KIND, "group");
            vcard.getMembers().forEach(m -> vcard.addExtendedProperty(CardParser.APPLE_MEMBER, m.getUri()));
            vcard.getMembers().clear();
        }
        return write(vcard, target);
    }

    /** Writes a card built in code (imports) in the given version. */
    public static String write(VCard vcard, CardVersion version) {
        StringWriter out = new StringWriter();
        try (VCardWriter writer = new VCardWriter(out, version.ez())) {
            writer.setAddProdId(false);
            writer.write(vcard);
        } catch (IOException e) {
            throw new CardException("cannot write vCard: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
