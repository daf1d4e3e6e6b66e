package dev.parley.mail.imap.backend;

import java.util.List;

/**
 * RFC 4314 §3.4 LISTRIGHTS answer: the rights always granted to the identifier and the groups of
 * rights that can be granted in addition, each group all or nothing.
 */
public record ListedRights(String required, List<String> optional) {

    public ListedRights {
        optional = List.copyOf(optional);
    }
}
