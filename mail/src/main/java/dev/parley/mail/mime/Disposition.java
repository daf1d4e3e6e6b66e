package dev.parley.mail.mime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code Content-Disposition} (RFC 2183): the disposition type in lower case and its parameters
 * in header order, as in RFC 9051 §7.5.2 {@code body-fld-dsp}. Parameters are raw, like
 * {@link BodyPart#params()}: use {@link HeaderDecoder#decodeParameters(Map)} for RFC 2231 values.
 */
public record Disposition(String type, Map<String, String> params) {

    public Disposition {
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("disposition type is empty");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public boolean isAttachment() {
        return "attachment".equals(type);
    }
}
