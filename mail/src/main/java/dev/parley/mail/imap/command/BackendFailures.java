package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseCode;

/**
 * The one place where back-end failures become tagged replies (STYLE: exceptions map to replies
 * in exactly one place). A temporary failure is {@code NO [UNAVAILABLE]}, never permanent.
 */
public final class BackendFailures {

    private BackendFailures() {
    }

    public static Completion toCompletion(BackendException e) {
        String text = e.getMessage() == null || e.getMessage().isBlank() ? "Failed" : e.getMessage();
        return switch (e.reason()) {
            case UNAVAILABLE -> Completion.no(ResponseCode.UNAVAILABLE, "Service temporarily unavailable, try again later");
            case AUTHENTICATION_FAILED -> Completion.no(ResponseCode.AUTHENTICATIONFAILED, "Authentication failed");
            case AUTHORIZATION_FAILED -> Completion.no(ResponseCode.AUTHORIZATIONFAILED, "Authorization failed");
            case EXPIRED -> Completion.no(ResponseCode.EXPIRED, "Credentials expired");
            case CONTACT_ADMIN -> Completion.no(ResponseCode.CONTACTADMIN, "Login not possible, contact your administrator");
            case NONEXISTENT -> Completion.no(ResponseCode.NONEXISTENT, text);
            case TRY_CREATE -> Completion.no(ResponseCode.TRYCREATE, text);
            case ALREADY_EXISTS -> Completion.no(ResponseCode.ALREADYEXISTS, text);
            case HAS_CHILDREN -> Completion.no(ResponseCode.HASCHILDREN, text);
            case NO_PERMISSION -> Completion.no(ResponseCode.NOPERM, text);
            case OVER_QUOTA -> Completion.no(ResponseCode.OVERQUOTA, text);
            case IN_USE -> Completion.no(ResponseCode.INUSE, text);
            case CANNOT -> Completion.no(ResponseCode.CANNOT, text);
            case LIMIT -> Completion.no(ResponseCode.LIMIT, text);
            case TOO_BIG -> Completion.no(ResponseCode.TOOBIG, text);
            case EXPUNGED -> Completion.no(ResponseCode.EXPUNGEISSUED, text);
        };
    }
}
