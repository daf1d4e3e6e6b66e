package dev.parley.store.mail;

/** Column lists of {@code mail.message} shared by insert, copy and the readers. */
final class MessageColumns {

    /** Everything a copy carries over unchanged (COPY keeps flags, RFC 9051 §6.4.7). */
    static final String COPIED = "seen, answered, flagged, deleted, draft, keywords, internal_date, size, blob_sha256,"
            + " thread_id, message_id, refs, envelope, body_structure, header_length, headers, sort_date, sort_from,"
            + " sort_to, sort_cc, sort_subject, search_text";

    /** What {@link MessageRows#summary} reads. */
    static final String SUMMARY = "uid, modseq, seen, answered, flagged, deleted, draft, keywords, internal_date,"
            + " size, blob_sha256, thread_id, header_length, envelope::text AS envelope,"
            + " body_structure::text AS body_structure";

    private MessageColumns() {
    }
}
