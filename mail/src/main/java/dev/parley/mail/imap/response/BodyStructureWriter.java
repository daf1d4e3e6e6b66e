package dev.parley.mail.imap.response;

import dev.parley.mail.mime.BodyPart;
import dev.parley.mail.mime.Disposition;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 9051 §7.5.2 BODY and BODYSTRUCTURE rendering, with nested multiparts and
 * {@code message/rfc822} / {@code message/global} (RFC 6532) parts. BODYSTRUCTURE adds the
 * extension data (§9 {@code body-ext-1part}, {@code body-ext-mpart}); BODY leaves it out.
 * Media types, subtypes, encodings and parameter names are sent in upper case as in the RFC's
 * examples; values as the header wrote them.
 */
public final class BodyStructureWriter {

    private BodyStructureWriter() {
    }

    public static void write(ResponseBuilder out, BodyPart part, boolean extensible) {
        if (part.isMultipart()) {
            multipart(out, part, extensible);
        } else {
            single(out, part, extensible);
        }
    }

    private static void multipart(ResponseBuilder out, BodyPart part, boolean extensible) {
        out.open();
        for (BodyPart child : part.parts()) {
            out.adjoin(); // RFC 9051 §9 body-type-mpart = 1*body SP media-subtype: no space between bodies
            write(out, child, extensible);
        }
        out.string(upper(part.subtype()));
        if (extensible) {
            // body-ext-mpart: body-fld-param [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc]]]
            params(out, part.params());
            disposition(out, part.disposition());
            language(out, part.language());
            out.nstring(part.location());
        }
        out.close();
    }

    private static void single(ResponseBuilder out, BodyPart part, boolean extensible) {
        out.open();
        boolean message = part.isEncapsulatedMessage();
        out.string(upper(part.type()));
        out.string(upper(part.subtype()));
        // body-fields: body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP body-fld-octets
        params(out, part.params());
        out.nstring(part.id());
        out.nstring(part.description());
        out.string(upper(part.encoding()));
        out.number(part.size());
        if (message) {
            // body-type-msg: envelope SP body SP body-fld-lines
            EnvelopeWriter.write(out, part.messageEnvelope());
            write(out, part.messageBody(), extensible);
            out.number(part.lines());
        } else if (part.isText()) {
            out.number(part.lines());
        }
        if (extensible) {
            // body-ext-1part: body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc]]]
            out.nstring(part.md5());
            disposition(out, part.disposition());
            language(out, part.language());
            out.nstring(part.location());
        }
        out.close();
    }

    private static void params(ResponseBuilder out, Map<String, String> params) {
        if (params.isEmpty()) {
            out.nil();
            return;
        }
        out.open();
        for (Map.Entry<String, String> e : params.entrySet()) {
            out.string(upper(e.getKey()));
            out.string(e.getValue() == null ? "" : e.getValue());
        }
        out.close();
    }

    private static void disposition(ResponseBuilder out, Disposition disposition) {
        if (disposition == null) {
            out.nil();
            return;
        }
        out.open();
        out.string(upper(disposition.type()));
        params(out, disposition.params());
        out.close();
    }

    private static void language(ResponseBuilder out, List<String> language) {
        if (language.isEmpty()) {
            out.nil();
        } else if (language.size() == 1) {
            out.string(language.get(0));
        } else {
            out.open();
            for (String tag : language) {
                out.string(tag);
            }
            out.close();
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
