package dev.parley.mail.address;

/** A domain name, local part or address that is not acceptable; the message says why, for people. */
public class InvalidAddressException extends IllegalArgumentException {

    public InvalidAddressException(String message) {
        super(message);
    }
}
