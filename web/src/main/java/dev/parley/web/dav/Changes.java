package dev.parley.web.dav;

import java.util.List;

/**
 * What changed in a collection since a sync token (RFC 6578 §3.2): member names changed or created,
 * member names removed, the token of the new state, and whether {@code limit} cut the list (then the
 * token is that of the last change reported and the client asks again, §3.6).
 */
public record Changes(List<String> changed, List<String> removed, String newToken, boolean truncated) {
    public Changes {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
