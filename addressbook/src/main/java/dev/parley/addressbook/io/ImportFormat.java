package dev.parley.addressbook.io;

import java.util.Locale;
import java.util.Optional;

/** The formats {@link Importers} reads and {@link Exporters} writes, by media type or short name. */
public enum ImportFormat {
    VCARD("text/vcard"), CSV_GOOGLE("text/csv"), CSV_OUTLOOK("text/csv"), LDIF("text/x-ldif");

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "vcard", "vcf", "csv" (Google layout on export), "csv-google", "csv-outlook", "ldif". */
    public static Optional<ImportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "vcard", "vcf", "text/vcard", "text/x-vcard" -> Optional.of(VCARD);
            case "csv", "csv-google", "google", "text/csv" -> Optional.of(CSV_GOOGLE);
            case "csv-outlook", "outlook" -> Optional.of(CSV_OUTLOOK);
            case "ldif", "ldif-mozilla", "text/x-ldif", "text/directory" -> Optional.of(LDIF);
            default -> Optional.empty();
        };
    }
}
