package dev.parley.mail.imap.backend;

import java.util.Objects;

/** One RFC 5256 §3 sort criterion, optionally REVERSE; RFC 5957 DISPLAYFROM/DISPLAYTO included. */
public record SortKey(Criterion criterion, boolean reverse) {

    public enum Criterion { ARRIVAL, CC, DATE, FROM, SIZE, SUBJECT, TO, DISPLAYFROM, DISPLAYTO }

    public SortKey {
        Objects.requireNonNull(criterion, "criterion");
    }
}
