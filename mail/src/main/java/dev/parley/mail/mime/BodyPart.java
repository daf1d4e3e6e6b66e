package dev.parley.mail.mime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One MIME entity with everything RFC 9051 §7.5.2 {@code BODYSTRUCTURE} needs, plus where it lies
 * in the raw message so that {@code BODY[section]} can be cut from the stored blob ({@link Sections}).
 *
 * <p>Values are those of the header, lower-cased where MIME makes them case-insensitive (type,
 * subtype, encoding, parameter names, disposition type: RFC 2045 §5.1, §6.1; RFC 2183 §2) and raw
 * otherwise. Defaults follow RFC 2045 §5.2 and RFC 2046 §5.1.5: no or unparsable
 * {@code Content-Type} is {@code text/plain; charset=us-ascii}, inside {@code multipart/digest}
 * {@code message/rfc822}; no {@code Content-Transfer-Encoding} is {@code 7bit}.
 *
 * @param type            media type, lower case ({@code "text"}, {@code "multipart"}, …)
 * @param subtype         media subtype, lower case
 * @param params          {@code Content-Type} parameters in header order, names lower case, values
 *                        unquoted but otherwise raw (RFC 2231 {@code name*0*} continuations are
 *                        kept as separate entries, as servers send them in BODYSTRUCTURE; see
 *                        {@link HeaderDecoder#decodeParameters(Map)})
 * @param id              {@code Content-ID} or {@code null}
 * @param description     {@code Content-Description} (raw) or {@code null}
 * @param encoding        {@code Content-Transfer-Encoding}, lower case
 * @param size            octets of the body as stored ({@link Offsets#bodyLength()})
 * @param lines           for {@code text/*} and {@code message/rfc822|global}: lines of the body,
 *                        counting a last line without a line break; 0 for other types
 * @param md5             {@code Content-MD5} or {@code null}
 * @param disposition     {@code Content-Disposition} or {@code null}
 * @param language        {@code Content-Language} tags (RFC 3282), empty if absent
 * @param location        {@code Content-Location} (RFC 2557) or {@code null}
 * @param parts           the body parts of a multipart, at least one; empty for every other type
 * @param messageEnvelope for {@code message/rfc822} and {@code message/global} (RFC 6532 §3.7)
 *                        parsed as a message: the envelope of the encapsulated message; else null
 * @param messageBody     likewise: the encapsulated message's top-level entity, whose
 *                        {@link Offsets#headerStart()} is this part's {@link Offsets#bodyStart()}
 * @param offsets         where this entity lies in the raw message
 */
public record BodyPart(String type, String subtype, Map<String, String> params, String id,
                       String description, String encoding, long size, long lines, String md5,
                       Disposition disposition, List<String> language, String location,
                       List<BodyPart> parts, Envelope messageEnvelope, BodyPart messageBody,
                       Offsets offsets) {

    public BodyPart {
        if (type == null || subtype == null || encoding == null || offsets == null) {
            throw new IllegalArgumentException("type, subtype, encoding and offsets are required");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        language = List.copyOf(language);
        parts = List.copyOf(parts);
        if ((messageEnvelope == null) != (messageBody == null)) {
            throw new IllegalArgumentException("an encapsulated message needs both envelope and body");
        }
        // accessors read fields, which a compact constructor has not assigned yet: use parameters
        if ("multipart".equals(type) == parts.isEmpty()) {
            throw new IllegalArgumentException("a multipart has parts and only a multipart has parts: "
                    + type + "/" + subtype + " with " + parts.size());
        }
    }

    public boolean isMultipart() {
        return "multipart".equals(type);
    }

    /** A {@code message/rfc822} or {@code message/global} whose content was parsed as a message. */
    public boolean isEncapsulatedMessage() {
        return messageBody != null;
    }

    public boolean isText() {
        return "text".equals(type);
    }

    /** The {@code charset} parameter, or {@code null}. */
    public String charset() {
        return params.get("charset");
    }

    /** {@code type/subtype}, lower case. */
    public String mimeType() {
        return type + "/" + subtype;
    }
}
