package dev.parley.mail.imap.response;

/**
 * Thrown by a command handler to end the command early with a tagged NO or BAD, e.g. an unknown
 * FETCH section. Carries the completion to send.
 */
public class ImapFailure extends Exception {

    private final Completion completion;

    public ImapFailure(Completion completion) {
        super(completion.text(), null, false, false);
        this.completion = completion;
    }

    public static ImapFailure bad(String text) {
        return new ImapFailure(Completion.bad(text));
    }

    public static ImapFailure no(ResponseCode code, String text) {
        return new ImapFailure(Completion.no(code, text));
    }

    public Completion completion() {
        return completion;
    }
}
