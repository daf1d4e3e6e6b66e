package dev.parley.addressbook.carddav;

import java.util.List;
import javax.xml.namespace.QName;

/**
 * RFC 6352 §8.6 addressbook-query: the properties asked for, the address-data wanted, the filter
 * (prop-filters combined by anyof/allof; none matches every card) and the optional nresults limit.
 */
public record AddressbookQuery(List<QName> properties, AddressDataRequest addressData, boolean allOf,
        List<PropFilter> filters, Integer limit) {

    public AddressbookQuery {
        properties = List.copyOf(properties);
        filters = List.copyOf(filters);
    }
}
