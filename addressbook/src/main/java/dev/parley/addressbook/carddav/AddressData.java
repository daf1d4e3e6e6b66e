package dev.parley.addressbook.carddav;

import dev.parley.addressbook.vcard.CardConverter;
import dev.parley.addressbook.vcard.CardParser;
import dev.parley.addressbook.vcard.CardVersion;
import dev.parley.addressbook.vcard.ContentLine;
import dev.parley.addressbook.vcard.ParsedCard;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code address-data} of a response (RFC 6352 §10.4): the stored card as sent, converted when
 * another version is asked for, cut down to the requested properties (BEGIN, END, VERSION and UID stay).
 * Also the version a GET answers with, from its Accept header (RFC 6352 §6.3.2.1 / RFC 9110 §12.5.1).
 */
public final class AddressData {

    private static final Set<String> ALWAYS = Set.of("BEGIN", "END", "VERSION", "UID");

    private AddressData() {
    }

    public static String render(String stored, AddressDataRequest request) {
        String text = stored;
        if (request.version() != null) {
            ParsedCard card = CardParser.parse(stored);
            text = CardConverter.convert(card, request.version());
        }
        if (request.properties().isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (ContentLine line : ContentLine.of(text)) {
            if (ALWAYS.contains(line.name()) || request.properties().contains(line.name())) {
                out.append(line.text()).append("\r\n");
            }
        }
        return out.toString();
    }

    /**
     * The version an Accept header asks for: {@code text/vcard; version=4.0} or {@code ;version=3.0};
     * null when it names no version (then the card goes out as stored). text/vcard without a version
     * parameter, text/x-vcard and wildcards accept either.
     */
    public static CardVersion accepted(String accept) {
        if (accept == null) {
            return null;
        }
        CardVersion best = null;
        double bestQ = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            if (!parts[0].strip().equalsIgnoreCase("text/vcard")) {
                continue;
            }
            CardVersion v = null;
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                String key = kv[0].strip().toLowerCase(Locale.ROOT);
                String value = kv[1].strip().replace("\"", "");
                if (key.equals("version")) {
                    v = CardVersion.of(value).orElse(null);
                } else if (key.equals("q")) {
                    try {
                        q = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (v != null && q > bestQ) {
                best = v;
                bestQ = q;
            }
        }
        return best;
    }
}
