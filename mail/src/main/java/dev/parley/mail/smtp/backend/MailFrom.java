package dev.parley.mail.smtp.backend;

import java.util.Objects;

/**
 * A parsed MAIL command.
 *
 * @param reversePath  the sender address, {@code ""} for the null reverse-path {@code <>} (bounces)
 * @param declaredSize the SIZE parameter (RFC 1870), -1 when absent
 * @param body         the BODY parameter
 * @param smtpUtf8     RFC 6531 §3.4: the SMTPUTF8 parameter was given
 * @param ret          RFC 3461 §4.3 RET, null when absent
 * @param envelopeId   RFC 3461 §4.4 ENVID, xtext-decoded, null when absent
 * @param auth         RFC 4954 §5 AUTH= submitter, xtext-decoded ({@code <>} for unknown), null when absent
 */
public record MailFrom(String reversePath, long declaredSize, BodyType body, boolean smtpUtf8, Ret ret,
                       String envelopeId, String auth) {

    /** RFC 3461 §4.3: return the full message or only the headers in a DSN. */
    public enum Ret { FULL, HDRS }

    public MailFrom {
        Objects.requireNonNull(reversePath, "reversePath");
        Objects.requireNonNull(body, "body");
    }

    public boolean isNullSender() {
        return reversePath.isEmpty();
    }
}
