package dev.parley.addressbook.carddav;

import java.util.List;
import javax.xml.namespace.QName;

/** RFC 6352 §8.7 addressbook-multiget: the properties asked for, the address-data wanted, the hrefs. */
public record AddressbookMultiget(List<QName> properties, AddressDataRequest addressData, List<String> hrefs) {

    public AddressbookMultiget {
        properties = List.copyOf(properties);
        hrefs = List.copyOf(hrefs);
    }
}
