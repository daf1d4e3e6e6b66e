/**
 * A message parsed once, on arrival, into everything IMAP FETCH/SEARCH/SORT/THREAD need.
 *
 * <ul>
 *   <li>{@link dev.parley.mail.mime.MessageParser#parse(java.io.InputStream)} →
 *       {@link dev.parley.mail.mime.ParsedMessage}: {@link dev.parley.mail.mime.Envelope}
 *       (RFC 9051 §7.5.2), a {@link dev.parley.mail.mime.BodyPart} tree (BODYSTRUCTURE) with
 *       absolute {@link dev.parley.mail.mime.Offsets}, {@link dev.parley.mail.mime.ThreadKeys}
 *       (RFC 5256), search text and the sent date. Bounded by
 *       {@link dev.parley.mail.mime.MimeLimits}; content problems never throw.</li>
 *   <li>{@link dev.parley.mail.mime.Sections} cuts {@code BODY[section]} (RFC 9051 §6.4.5, parsed
 *       by {@link dev.parley.mail.mime.Section#parse(String)}) from the stored bytes.</li>
 *   <li>{@link dev.parley.mail.mime.HeaderDecoder} decodes RFC 2047 encoded words, RFC 2231
 *       parameters and raw UTF-8 (RFC 6532) headers for display and search.</li>
 * </ul>
 *
 * <p>Offsets refer to the bytes handed to the parser. The store normalises line ends to CRLF before
 * storing and parses the normalised bytes, so offsets, sizes and line counts are those of the
 * stored blob that IMAP serves. Bare-LF input parses too (LF ends a line wherever CRLF would);
 * offsets then refer to the LF bytes as given.
 *
 * <p>Why not mime4j's {@code MimeTokenStream} for the structure: its tokens carry no octet
 * positions, and its raw fields drop the line end and silently skip malformed header lines, so
 * offsets rebuilt from tokens go wrong on exactly the damaged messages that matter. The structure is
 * therefore scanned here, line by line in one streaming pass, and mime4j does the field-level work
 * (parameter lists, transfer decoding).
 */
package dev.parley.mail.mime;
