package dev.parley.addressbook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VCardFilesTest {

    @Test
    void importsGoodCardsAndReportsBadOnes() {
        String file = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:1\r\nFN:One\r\nX-KEEP:me\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:3\r\nFN:Three\r\nEND:VCARD\r\n";
        ImportReport report = VCardFiles.read(file);
        assertEquals(List.of("One", "Three"), report.cards().stream().map(c -> c.formattedName()).toList());
        assertEquals(List.of(new ImportReport.Skipped(2, 7,
                "FN is missing or empty (RFC 6350 §6.2.1: every vCard has a formatted name)")), report.skipped());
        String exported = VCardFiles.write(report.cards());
        assertEquals(file.replace("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", ""), exported);
    }

    @Test
    void sniffsFormats() {
        assertEquals(ImportFormat.VCARD, Importers.sniff("\nBEGIN:VCARD"));
        assertEquals(ImportFormat.LDIF, Importers.sniff("dn: cn=x"));
        assertEquals(ImportFormat.CSV_GOOGLE, Importers.sniff("Name,E-mail 1 - Value"));
    }
}
