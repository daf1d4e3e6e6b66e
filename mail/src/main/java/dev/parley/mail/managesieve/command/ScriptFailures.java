package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.codec.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Back-end refusals to replies, in one place (STYLE). A failing store is TRYLATER, never permanent. */
final class ScriptFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptFailures.class);

    private ScriptFailures() {
    }

    static CommandException map(ScriptException e) {
        Response r = switch (e.kind()) {
            case NONEXISTENT -> Replies.NONEXISTENT;
            case ALREADY_EXISTS -> Replies.ALREADYEXISTS;
            case ACTIVE -> Replies.ACTIVE;
            case MAX_SCRIPTS -> e.getMessage() == null ? Replies.MAXSCRIPTS : Replies.MAXSCRIPTS.withText(e.getMessage());
            case MAX_SIZE -> e.getMessage() == null ? Replies.MAXSIZE : Replies.MAXSIZE.withText(e.getMessage());
            case UNAVAILABLE -> {
                LOG.error("script store unavailable: {}", e.getMessage());
                yield Replies.TRYLATER;
            }
        };
        return CommandException.refused(r);
    }
}
