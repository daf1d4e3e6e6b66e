package dev.parley.addressbook.io;

import dev.parley.addressbook.vcard.ParsedCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV address books in the two layouts people export: Outlook ("First Name", "E-mail Address",
 * "Business Phone", "Company" …) and Google Contacts ("Given Name"/"First Name", "E-mail 1 - Value",
 * "Phone 1 - Type"/"Label", "Organization 1 - Name"/"Organization Name" …; several values in one
 * cell separated by " ::: "). The layout is recognised from the header; a row is skipped, with its
 * reason, when its field count differs from the header's or when it names no one.
 */
public final class CsvContacts {

    private static final Map<String, String> OUTLOOK_PHONES = Map.ofEntries(
            Map.entry("business phone", "work"), Map.entry("business phone 2", "work"),
            Map.entry("home phone", "home"), Map.entry("home phone 2", "home"),
            Map.entry("mobile phone", "cell"), Map.entry("primary phone", "pref"),
            Map.entry("other phone", "voice"), Map.entry("business fax", "fax"),
            Map.entry("home fax", "fax"), Map.entry("pager", "pager"), Map.entry("car phone", "car"),
            Map.entry("company main phone", "work"), Map.entry("assistant's phone", "work"));

    private CsvContacts() {
    }

    public static ImportReport read(String text) {
        List<Csv.Row> rows = Csv.parse(text);
        List<ParsedCard> cards = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        if (rows.isEmpty()) {
            return new ImportReport("csv", cards, List.of(new ImportReport.Skipped(0, 1, "empty file: no header row")));
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        boolean google = header.contains("e-mail 1 - value") || header.contains("given name") || header.contains("name");
        boolean outlook = header.contains("e-mail address") || header.contains("first name") && !google;
        if (!google && !outlook) {
            return new ImportReport("csv", cards, List.of(new ImportReport.Skipped(0, 1,
                    "header is neither Outlook's (\"First Name\", \"E-mail Address\") nor Google's (\"Given Name\", \"E-mail 1 - Value\")")));
        }
        for (int r = 1; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            if (row.fields().size() != header.size()) {
                skipped.add(new ImportReport.Skipped(r, row.line(), "has " + row.fields().size()
                        + " fields, the header has " + header.size()));
                continue;
            }
            ContactFields f = new ContactFields();
            for (int c = 0; c < header.size(); c++) {
                String value = row.fields().get(c);
                if (!ContactFields.blank(value)) {
                    field(f, header, row.fields(), c, google);
                }
            }
            try {
                cards.add(f.toCard());
            } catch (RuntimeException e) {
                skipped.add(new ImportReport.Skipped(r, row.line(), e.getMessage()));
            }
        }
        return new ImportReport(google ? "csv-google" : "csv-outlook", cards, skipped);
    }

    private static void field(ContactFields f, List<String> header, List<String> row, int c, boolean google) {
        String h = header.get(c);
        String value = row.get(c);
        switch (h) {
            case "name", "display name" -> f.displayName = value;
            case "first name", "given name" -> f.given = value;
            case "middle name", "additional name" -> f.middle = value;
            case "last name", "family name" -> f.family = value;
            case "nickname" -> f.nickname = value;
            case "company", "organization 1 - name", "organization name" -> f.organization = value;
            case "job title", "organization 1 - title", "organization title" -> f.title = value;
            case "notes" -> f.note = value;
            case "e-mail address", "e-mail 2 address", "e-mail 3 address" -> f.email(value);
            default -> {
                if (h.matches("e-mail \\d+ - value")) {
                    f.email(value);
                } else if (h.matches("phone \\d+ - value")) {
                    f.phone(googlePhoneType(header, row, c), value);
                } else if (!google && OUTLOOK_PHONES.containsKey(h)) {
                    f.phone(OUTLOOK_PHONES.get(h), value);
                }
            }
        }
    }

    /** The type column sits just before the value column ("Phone 1 - Type" or "- Label": "Mobile", "Work"). */
    private static String googlePhoneType(List<String> header, List<String> row, int c) {
        if (c == 0 || !header.get(c - 1).matches("phone \\d+ - (type|label)")) {
            return null;
        }
        String type = row.get(c - 1).replace("*", "").strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "mobile" -> "cell";
            case "work", "home", "fax", "pager" -> type;
            case "work fax", "home fax" -> "fax";
            default -> null;
        };
    }

    public static String writeGoogle(List<ParsedCard> cards) {
        StringBuilder out = new StringBuilder(
                "Name,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,"
                        + "Phone 2 - Type,Phone 2 - Value,Organization 1 - Name\r\n");
        for (ParsedCard card : cards) {
            if (card.isGroup()) {
                continue;
            }
            out.append(Csv.quote(card.formattedName()));
            for (int i = 0; i < 2; i++) {
                String v = i < card.emails().size() ? card.emails().get(i) : "";
                out.append(',').append(v.isEmpty() ? "" : "* Other").append(',').append(Csv.quote(v));
            }
            for (int i = 0; i < 2; i++) {
                String v = i < card.phones().size() ? card.phones().get(i) : "";
                out.append(',').append(v.isEmpty() ? "" : "Other").append(',').append(Csv.quote(v));
            }
            out.append(',').append(Csv.quote(card.organization())).append("\r\n");
        }
        return out.toString();
    }

    public static String writeOutlook(List<ParsedCard> cards) {
        StringBuilder out = new StringBuilder(
                "First Name,Last Name,Display Name,E-mail Address,E-mail 2 Address,E-mail 3 Address,Business Phone,Mobile Phone,Company\r\n");
        for (ParsedCard card : cards) {
            if (card.isGroup()) {
                continue;
            }
            out.append(",,").append(Csv.quote(card.formattedName()));
            for (int i = 0; i < 3; i++) {
                out.append(',').append(Csv.quote(i < card.emails().size() ? card.emails().get(i) : ""));
            }
            for (int i = 0; i < 2; i++) {
                out.append(',').append(Csv.quote(i < card.phones().size() ? card.phones().get(i) : ""));
            }
            out.append(',').append(Csv.quote(card.organization())).append("\r\n");
        }
        return out.toString();
    }
}
