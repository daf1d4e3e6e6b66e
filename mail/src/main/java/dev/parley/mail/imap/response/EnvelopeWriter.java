package dev.parley.mail.imap.response;

import dev.parley.mail.mime.Address;
import dev.parley.mail.mime.Envelope;

import java.util.List;

/** RFC 9051 §7.5.2 ENVELOPE rendering from the parse-once model. */
public final class EnvelopeWriter {

    private EnvelopeWriter() {
    }

    /**
     * {@code (date subject from sender reply-to to cc bcc in-reply-to message-id)}; an absent
     * Sender or Reply-To is sent as the From list (RFC 9051 §7.5.2).
     */
    public static void write(ResponseBuilder out, Envelope envelope) {
        out.open();
        out.nstring(envelope.date());
        out.nstring(envelope.subject());
        addresses(out, envelope.from());
        addresses(out, envelope.senderOrFrom());
        addresses(out, envelope.replyToOrFrom());
        addresses(out, envelope.to());
        addresses(out, envelope.cc());
        addresses(out, envelope.bcc());
        out.nstring(envelope.inReplyTo());
        out.nstring(envelope.messageId());
        out.close();
    }

    /** An address list, NIL when empty; group markers keep their RFC 9051 §7.5.2 special form. */
    static void addresses(ResponseBuilder out, List<Address> list) {
        if (list.isEmpty()) {
            out.nil();
            return;
        }
        out.open();
        for (Address a : list) {
            // RFC 9051 §9: "(" 1*address ")", no space between addresses
            out.adjoin().open().nstring(a.name()).nstring(a.adl()).nstring(a.mailbox()).nstring(a.host()).close();
        }
        out.close();
    }
}
