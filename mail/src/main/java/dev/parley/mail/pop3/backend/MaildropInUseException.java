package dev.parley.mail.pop3.backend;

/** Another session holds the maildrop lock: {@code -ERR [IN-USE]} (RFC 2449 §8.1.2). */
public class MaildropInUseException extends Pop3BackendException {

    public MaildropInUseException(String user) {
        super("maildrop of " + user + " is locked by another session");
    }
}
