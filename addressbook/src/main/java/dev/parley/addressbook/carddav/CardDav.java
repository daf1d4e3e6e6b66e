package dev.parley.addressbook.carddav;

import javax.xml.namespace.QName;

/** CardDAV (RFC 6352) names: the namespace, its properties, reports and precondition elements. */
public final class CardDav {

    public static final String NS = "urn:ietf:params:xml:ns:carddav";
    public static final String DAV = "DAV:";

    public static final QName ADDRESSBOOK = new QName(NS, "addressbook");
    public static final QName ADDRESSBOOK_HOME_SET = new QName(NS, "addressbook-home-set");
    public static final QName ADDRESSBOOK_DESCRIPTION = new QName(NS, "addressbook-description");
    public static final QName SUPPORTED_ADDRESS_DATA = new QName(NS, "supported-address-data");
    public static final QName MAX_RESOURCE_SIZE = new QName(NS, "max-resource-size");
    public static final QName ADDRESS_DATA = new QName(NS, "address-data");
    public static final QName ADDRESSBOOK_QUERY = new QName(NS, "addressbook-query");
    public static final QName ADDRESSBOOK_MULTIGET = new QName(NS, "addressbook-multiget");
    public static final QName PRINCIPAL_ADDRESS = new QName(NS, "principal-address");

    /** RFC 6352 §6.3.2.1, §8.6, §8.7 preconditions, named as the element a 403/409/507 body carries. */
    public enum Precondition {
        SUPPORTED_ADDRESS_DATA("supported-address-data"),
        VALID_ADDRESS_DATA("valid-address-data"),
        NO_UID_CONFLICT("no-uid-conflict"),
        MAX_RESOURCE_SIZE("max-resource-size"),
        SUPPORTED_FILTER("supported-filter"),
        SUPPORTED_COLLATION("supported-collation"),
        SUPPORTED_ADDRESS_DATA_CONVERSION("supported-address-data-conversion");

        private final String element;

        Precondition(String element) {
            this.element = element;
        }

        public QName element() {
            return new QName(NS, element);
        }
    }

    private CardDav() {
    }
}
