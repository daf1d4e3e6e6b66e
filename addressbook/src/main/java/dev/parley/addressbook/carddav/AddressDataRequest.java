package dev.parley.addressbook.carddav;

import dev.parley.addressbook.vcard.CardVersion;
import java.util.Set;

/**
 * RFC 6352 §10.4 {@code address-data} in a request: the vCard version wanted (null: as stored) and the
 * properties to return (empty: all). BEGIN, END, VERSION and UID are always returned.
 */
public record AddressDataRequest(CardVersion version, Set<String> properties) {

    public static final AddressDataRequest ALL = new AddressDataRequest(null, Set.of());

    public AddressDataRequest {
        properties = Set.copyOf(properties);
    }
}
