package dev.parley.addressbook.io;

import dev.parley.addressbook.vcard.ParsedCard;
import java.util.List;

/** One entry point for import and export by {@link ImportFormat}. */
public final class Importers {

    private Importers() {
    }

    public static ImportReport read(ImportFormat format, String text) {
        return switch (format) {
            case VCARD -> VCardFiles.read(text);
            case CSV_GOOGLE, CSV_OUTLOOK -> CsvContacts.read(text);
            case LDIF -> LdifContacts.read(text);
        };
    }

    /** The format of a file by its first non-blank text, for uploads without a type. */
    public static ImportFormat sniff(String text) {
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("begin:vcard")) {
            return ImportFormat.VCARD;
        }
        if (head.startsWith("dn:") || head.startsWith("version: 1") || head.startsWith("#")) {
            return ImportFormat.LDIF;
        }
        return ImportFormat.CSV_GOOGLE;
    }

    public static String write(ImportFormat format, List<ParsedCard> cards) {
        return switch (format) {
            case VCARD -> VCardFiles.write(cards);
            case CSV_GOOGLE -> CsvContacts.writeGoogle(cards);
            case CSV_OUTLOOK -> CsvContacts.writeOutlook(cards);
            case LDIF -> LdifContacts.write(cards);
        };
    }
}
