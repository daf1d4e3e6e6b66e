package dev.parley.addressbook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.addressbook.vcard.ParsedCard;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvContactsTest {

    @Test
    void outlookLayout() {
        String csv = "First Name,Middle Name,Last Name,Company,Job Title,Business Phone,Mobile Phone,E-mail Address,E-mail 2 Address,Notes\r\n"
                + "Alice,,Example,\"Example, Inc\",CEO,+1 555 0100,+1 555 0101,alice@example.test,a2@example.test,\"two\nlines\"\r\n"
                + ",,,,,,,,,\r\n"
                + "Bob,,Short\r\n"
                + "Carol,,,,,,,not-an-address,,\r\n";
        ImportReport report = CsvContacts.read(csv);
        assertEquals("csv-outlook", report.format());
        assertEquals(1, report.cards().size());
        ParsedCard alice = report.cards().get(0);
        assertEquals("Alice Example", alice.formattedName());
        assertEquals("Example, Inc", alice.organization());
        assertEquals(List.of("alice@example.test", "a2@example.test"), alice.emails());
        assertEquals(List.of("+1 555 0100", "+1 555 0101"), alice.phones());
        assertTrue(alice.uid().startsWith("urn:uuid:"));
        assertEquals(List.of(
                new ImportReport.Skipped(2, 4, "no name and no e-mail address"),
                new ImportReport.Skipped(3, 5, "has 3 fields, the header has 10"),
                new ImportReport.Skipped(4, 6, "not an e-mail address: not-an-address")), report.skipped());
    }

    @Test
    void googleLayoutWithSeveralValuesInOneCell() {
        String csv = "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name\n"
                + "Dan D,Dan,D,* Home,dan@example.test ::: dan2@example.test,Mobile,+44 1,Acme\n";
        ImportReport report = CsvContacts.read(csv);
        assertEquals("csv-google", report.format());
        ParsedCard dan = report.cards().get(0);
        assertEquals("Dan D", dan.formattedName());
        assertEquals(List.of("dan@example.test", "dan2@example.test"), dan.emails());
        assertTrue(dan.raw().contains("TEL;TYPE=cell:+44 1"), dan.raw());
        assertEquals("Acme", dan.organization());
    }

    @Test
    void unknownHeaderIsReported() {
        ImportReport report = CsvContacts.read("foo,bar\n1,2\n");
        assertEquals(0, report.cards().size());
        assertTrue(report.skipped().get(0).reason().startsWith("header is neither"));
    }

    @Test
    void exportReadsBackInBothLayouts() {
        List<ParsedCard> cards = CsvContacts.read("Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name\n"
                + "\"Doe, Jane\",jane@example.test,+1 2,Org\n").cards();
        for (String out : List.of(CsvContacts.writeGoogle(cards), CsvContacts.writeOutlook(cards))) {
            ParsedCard back = CsvContacts.read(out).cards().get(0);
            assertEquals("Doe, Jane", back.formattedName());
            assertEquals(List.of("jane@example.test"), back.emails());
            assertEquals(List.of("+1 2"), back.phones());
            assertEquals("Org", back.organization());
        }
    }
}
