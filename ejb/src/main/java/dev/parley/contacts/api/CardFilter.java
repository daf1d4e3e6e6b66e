package dev.parley.contacts.api;

import java.io.Serializable;

/**
 * What addressbook-query (RFC 6352 §8.6) and the REST search ask of the index: a text match on
 * one property or on any ({@code property} null), with a match type; {@code limit} bounds the result.
 */
public record CardFilter(String property, String text, Match match, int limit) implements Serializable {

    public enum Match { EQUALS, CONTAINS, STARTS_WITH, ENDS_WITH }

    public CardFilter {
        match = match == null ? Match.CONTAINS : match;
        text = text == null ? "" : text;
        if (limit <= 0) {
            limit = Integer.MAX_VALUE;
        }
    }
}
