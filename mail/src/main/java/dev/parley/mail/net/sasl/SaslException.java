package dev.parley.mail.net.sasl;

/** The client's SASL message is malformed (a protocol error, answered BAD / -ERR / 501). */
public class SaslException extends Exception {

    public SaslException(String message) {
        super(message, null, false, false);
    }
}
