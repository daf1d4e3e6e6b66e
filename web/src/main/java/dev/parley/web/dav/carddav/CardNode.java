package dev.parley.web.dav.carddav;

import dev.parley.addressbook.carddav.AddressData;
import dev.parley.addressbook.carddav.AddressDataRequest;
import dev.parley.addressbook.carddav.CardDav;
import dev.parley.addressbook.vcard.CardVersion;
import dev.parley.contacts.api.CardListing;
import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.StoredCard;
import dev.parley.web.dav.Content;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavException;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.Preconditions;
import dev.parley.web.dav.PropStat;
import dev.parley.web.dav.PropertyLookup;
import dev.parley.web.dav.PropertyValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * One card of a book (RFC 6352 §5.1): from a listing (PROPFIND, sync) or with its text (GET, reports).
 * The text is read on demand when only the listing is at hand.
 */
final class CardNode implements DavNode {

    static final String CONTENT_TYPE = "text/vcard; charset=utf-8";

    private final BookNode book;
    private final CardListing listing;
    private StoredCard stored;

    CardNode(BookNode book, CardListing listing, StoredCard stored) {
        this.book = book;
        this.listing = listing;
        this.stored = stored;
    }

    private String name() {
        return stored != null ? stored.resourceName() : listing.resourceName();
    }

    @Override
    public String href() {
        return book.href() + DavContext.encode(name());
    }

    @Override
    public boolean isCollection() {
        return false;
    }

    @Override
    public String etag() {
        return stored != null ? stored.etag() : listing.etag();
    }

    private StoredCard stored() {
        if (stored == null) {
            try {
                stored = book.contacts().get(book.user(), book.name(), name())
                        .orElseThrow(() -> DavException.notFound("no card " + name()));
            } catch (ContactsException e) {
                throw CardDavErrors.of(e);
            }
        }
        return stored;
    }

    @Override
    public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
        Map<QName, PropertyValue> p = new LinkedHashMap<>();
        p.put(Dav.RESOURCETYPE, PropertyValue.EMPTY);
        p.put(Dav.GETETAG, PropertyValue.text(etag()));
        p.put(Dav.GETCONTENTTYPE, PropertyValue.text(CONTENT_TYPE));
        if (listing != null) {
            p.put(Dav.GETCONTENTLENGTH, PropertyValue.text(Integer.toString(listing.size())));
        }
        if (stored != null && stored.lastModified() != null) {
            p.put(Dav.GETLASTMODIFIED, PropertyValue.httpDate(stored.lastModified()));
        }
        // address-data only when asked (RFC 6352 §10.4: not part of allprop)
        if (names != null && names.contains(CardDav.ADDRESS_DATA)) {
            p.put(CardDav.ADDRESS_DATA, PropertyValue.text(stored().vcard()));
        }
        return PropertyLookup.pick(p, names);
    }

    /** The propstats of a multiget/query answer: the requested properties, address-data as the request shapes it. */
    List<PropStat> reportProperties(DavContext c, List<QName> requested, AddressDataRequest addressData) {
        Map<QName, PropertyValue> found = new LinkedHashMap<>();
        Map<QName, PropertyValue> missing = new LinkedHashMap<>();
        Map<QName, PropertyValue> own = properties(c, Set.copyOf(requested));
        for (QName n : requested) {
            if (n.equals(CardDav.ADDRESS_DATA)) {
                String text = render(addressData == null ? AddressDataRequest.ALL : addressData);
                found.put(n, PropertyValue.text(text));
            } else if (own.containsKey(n)) {
                found.put(n, own.get(n));
            } else {
                missing.put(n, PropertyValue.EMPTY);
            }
        }
        List<PropStat> out = new ArrayList<>();
        if (!found.isEmpty()) {
            out.add(new PropStat(200, found));
        }
        if (!missing.isEmpty()) {
            out.add(new PropStat(404, missing));
        }
        return out;
    }

    private String render(AddressDataRequest request) {
        StoredCard card = stored();
        if (request.version() != null && request.version().text().equals(card.version()) && request.properties().isEmpty()) {
            return card.vcard();
        }
        try {
            return AddressData.render(card.vcard(), request);
        } catch (RuntimeException e) {
            // RFC 6352 §10.4.2 a card that cannot be converted
            throw DavException.forbidden(CardDav.Precondition.SUPPORTED_ADDRESS_DATA_CONVERSION.element(), e.getMessage());
        }
    }

    /** GET: the card as stored, or converted to the version the Accept header names (RFC 6352 §6.3.2.1). */
    @Override
    public Content content(DavContext c) {
        StoredCard card = stored();
        CardVersion wanted = AddressData.accepted(book.accept().get());
        String text = wanted == null ? card.vcard() : render(new AddressDataRequest(wanted, Set.of()));
        // the entity tag stays the stored card's: clients send it back in If-Match whatever version they read
        return new Content(text.getBytes(StandardCharsets.UTF_8), CONTENT_TYPE, card.etag(), card.lastModified());
    }

    @Override
    public void delete(DavContext c, Preconditions pre) {
        book.privileges().requireWrite(href());
        try {
            book.contacts().delete(book.user(), book.name(), name(), BookNode.precondition(pre));
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }
}
