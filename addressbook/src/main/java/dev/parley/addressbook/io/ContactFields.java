package dev.parley.addressbook.io;

import dev.parley.addressbook.vcard.CardConverter;
import dev.parley.addressbook.vcard.CardParser;
import dev.parley.addressbook.vcard.CardVersion;
import dev.parley.addressbook.vcard.ParsedCard;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields CSV and LDIF carry, collected per record and turned into a vCard 3.0 (the version every
 * CardDAV client reads, RFC 6352 §6.2.2) with a fresh {@code urn:uuid} UID. A record with neither a
 * name nor an e-mail address is not a contact: {@link #toCard} says so.
 */
final class ContactFields {

    record Phone(String type, String number) {
    }

    String displayName;
    String given;
    String middle;
    String family;
    String nickname;
    String organization;
    String title;
    String note;
    final List<String> emails = new ArrayList<>();
    final List<Phone> phones = new ArrayList<>();

    void email(String value) {
        if (value != null) {
            for (String part : value.split(" ::: ")) {
                if (!part.isBlank()) {
                    emails.add(part.strip());
                }
            }
        }
    }

    void phone(String type, String value) {
        if (value != null) {
            for (String part : value.split(" ::: ")) {
                if (!part.isBlank()) {
                    phones.add(new Phone(type, part.strip()));
                }
            }
        }
    }

    /** The card, or an exception whose message is the skip reason. */
    ParsedCard toCard() {
        String fn = formattedName();
        if (fn == null) {
            throw new IllegalArgumentException("no name and no e-mail address");
        }
        for (String e : emails) {
            if (e.indexOf('@') <= 0 || e.indexOf('@') == e.length() - 1 || e.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("not an e-mail address: " + e);
            }
        }
        VCard card = new VCard();
        card.setUid(new ezvcard.property.Uid("urn:uuid:" + UUID.randomUUID()));
        card.setFormattedName(fn);
        StructuredName n = new StructuredName();
        n.setFamily(blankToNull(family));
        n.setGiven(blankToNull(given));
        if (!blank(middle)) {
            n.getAdditionalNames().add(middle.strip());
        }
        card.setStructuredName(n);
        if (!blank(nickname)) {
            card.setNickname(nickname.strip());
        }
        if (!blank(organization)) {
            card.setOrganization(organization.strip());
        }
        if (!blank(title)) {
            card.addTitle(title.strip());
        }
        if (!blank(note)) {
            card.addNote(note.strip());
        }
        boolean first = true;
        for (String e : emails) {
            Email email = card.addEmail(e, EmailType.INTERNET);
            if (first) {
                email.setPref(1);
                first = false;
            }
        }
        for (Phone p : phones) {
            Telephone t = new Telephone(p.number());
            if (p.type() != null) {
                t.getTypes().add(TelephoneType.get(p.type()));
            }
            card.addTelephoneNumber(t);
        }
        return CardParser.parse(CardConverter.write(card, CardVersion.V3));
    }

    private String formattedName() {
        if (!blank(displayName)) {
            return displayName.strip();
        }
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {given, middle, family}) {
            if (!blank(part)) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(part.strip());
            }
        }
        if (!b.isEmpty()) {
            return b.toString();
        }
        if (!blank(organization)) {
            return organization.strip();
        }
        return emails.isEmpty() ? null : emails.get(0);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
