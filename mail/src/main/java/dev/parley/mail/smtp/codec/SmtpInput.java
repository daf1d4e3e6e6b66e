package dev.parley.mail.smtp.codec;

import io.netty.buffer.ByteBuf;

/** What {@link SmtpFramer} hands to the session: command lines, message data pieces, data ends. */
public sealed interface SmtpInput {

    /** One command line without CRLF, decoded as UTF-8 (RFC 6531 allows UTF-8 in MAIL/RCPT). */
    record CommandLine(String text) implements SmtpInput {
    }

    /** Message bytes, already dot-unstuffed for DATA; the receiver releases them. */
    record DataPiece(ByteBuf data) implements SmtpInput {
    }

    /**
     * End of a DATA message ({@code CRLF.CRLF}) or of a BDAT chunk.
     *
     * @param bareLineEnding DATA contained a CR or LF not part of a CRLF (RFC 5321 §2.3.8)
     */
    record DataEnd(boolean bareLineEnding) implements SmtpInput {
    }
}
