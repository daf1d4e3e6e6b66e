package dev.parley.addressbook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.addressbook.vcard.ParsedCard;
import java.util.List;
import org.junit.jupiter.api.Test;

class LdifContactsTest {

    static final String THUNDERBIRD = """
            dn: cn=Alice Example,mail=alice@example.test
            objectclass: top
            objectclass: person
            objectclass: organizationalPerson
            objectclass: inetOrgPerson
            objectclass: mozillaAbPersonAlpha
            givenName: Alice
            sn: Example
            cn: Alice Example
            mail: alice@example.test
            mozillaSecondEmail: alice2@example.test
            telephoneNumber: +1 555 0100
            mobile: +1 555 0101
            o: Example Inc

            dn:: Y249SsO2cmcsbWFpbD1qb2VyZ0BleGFtcGxlLnRlc3Q=
            objectclass: inetOrgPerson
            cn:: SsO2cmc=
            mail: joerg@example.test

            dn: cn=Team
            objectclass: top
            objectclass: groupOfNames
            cn: Team
            member: cn=Alice Example,mail=alice@example.test
            member: cn=J,mail=joerg@example.test

            dn: cn=nobody
            objectclass: inetOrgPerson

            dn: ou=people
            objectclass: organizationalUnit

            objectclass: inetOrgPerson
            cn: no dn
            """;

    @Test
    void readsThunderbirdLayout() {
        ImportReport report = LdifContacts.read(THUNDERBIRD);
        assertEquals(3, report.cards().size());
        ParsedCard alice = report.cards().get(0);
        assertEquals("Alice Example", alice.formattedName());
        assertEquals(List.of("alice@example.test", "alice2@example.test"), alice.emails());
        assertEquals(List.of("+1 555 0100", "+1 555 0101"), alice.phones());
        assertEquals("Example Inc", alice.organization());
        assertEquals("Jörg", report.cards().get(1).formattedName());
        ParsedCard team = report.cards().get(2);
        assertTrue(team.isGroup());
        assertEquals(List.of("mailto:alice@example.test", "mailto:joerg@example.test"), team.members());
        assertEquals(List.of(
                new ImportReport.Skipped(4, 28, "no name and no e-mail address"),
                new ImportReport.Skipped(5, 31, "not a person or mailing list (objectclass organizationalUnit)"),
                new ImportReport.Skipped(6, 34, "record without dn")), report.skipped());
    }

    @Test
    void exportReadsBack() {
        List<ParsedCard> cards = LdifContacts.read(THUNDERBIRD).cards();
        ImportReport back = LdifContacts.read(LdifContacts.write(cards));
        assertEquals(List.of(), back.skipped());
        assertEquals(cards.stream().map(ParsedCard::formattedName).toList(),
                back.cards().stream().map(ParsedCard::formattedName).toList());
        assertEquals(cards.get(2).members(), back.cards().get(2).members());
    }
}
