package dev.parley.mail.pop3.sasl;

/** The client's SASL message cannot be parsed; RFC 5034 §4 requires {@code -ERR} for the AUTH command. */
public class MalformedSaslException extends Exception {

    public MalformedSaslException(String message) {
        super(message, null, false, false);
    }
}
