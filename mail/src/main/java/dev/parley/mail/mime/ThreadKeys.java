package dev.parley.mail.mime;

import java.util.List;

/**
 * What RFC 5256 threading needs from one message, computed once on arrival.
 *
 * @param messageId   the {@code Message-ID} as {@code <id-left@id-right>}, whitespace removed;
 *                    {@code null} if absent or unparsable (RFC 5256 §3 REFERENCES step 1 then has
 *                    the threader invent a unique one)
 * @param references  the parent chain, oldest first: the valid message ids of {@code References},
 *                    or, when that holds none, the first valid id of {@code In-Reply-To}
 *                    (RFC 5256 §3 REFERENCES step 1.A); the message's own id is never included
 * @param baseSubject the base subject of RFC 5256 §2.1 (encoded words decoded, reply and forward
 *                    markers and blobs removed), case preserved: SORT and ORDEREDSUBJECT compare
 *                    it with {@code i;ascii-casemap}; empty string when there is no subject
 */
public record ThreadKeys(String messageId, List<String> references, String baseSubject) {

    public ThreadKeys {
        references = List.copyOf(references);
        baseSubject = baseSubject == null ? "" : baseSubject;
    }
}
