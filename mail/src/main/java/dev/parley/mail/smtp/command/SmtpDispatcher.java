package dev.parley.mail.smtp.command;

import dev.parley.mail.net.OversizedLine;
import dev.parley.mail.smtp.codec.SmtpInput;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Routes framer input to the command classes, and is the one place where back-end exceptions become
 * replies ({@code 451 4.3.0}, logged once, no stack trace to the client) and where repeated client
 * mistakes end the connection ({@code 421 4.7.0}). Stateless; shared by all connections.
 */
public final class SmtpDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpDispatcher.class);

    private final Map<String, SmtpCommand> commands = Map.ofEntries(
            Map.entry("EHLO", new GreetingCommand(GreetingCommand.Kind.EHLO)),
            Map.entry("HELO", new GreetingCommand(GreetingCommand.Kind.HELO)),
            Map.entry("LHLO", new GreetingCommand(GreetingCommand.Kind.LHLO)),
            Map.entry("MAIL", new MailCommand()),
            Map.entry("RCPT", new RcptCommand()),
            Map.entry("DATA", new DataCommand()),
            Map.entry("BDAT", new BdatCommand()),
            Map.entry("RSET", new SimpleCommands.Rset()),
            Map.entry("NOOP", new SimpleCommands.Noop()),
            Map.entry("QUIT", new SimpleCommands.Quit()),
            Map.entry("VRFY", new SimpleCommands.Vrfy()),
            Map.entry("HELP", new SimpleCommands.Help()),
            Map.entry("STARTTLS", new SimpleCommands.StartTls()),
            Map.entry("AUTH", new AuthCommand()));

    /** Handles one input on the session's worker; the stage completes with what to write. */
    public CompletionStage<Outcome> dispatch(SmtpSession session, Object input) {
        if (input instanceof SmtpInput.DataPiece piece) {
            MessageData.piece(session, piece.data());
            return done(Outcome.nothing());
        }
        if (input instanceof SmtpInput.DataEnd end) {
            return MessageData.end(session, end);
        }
        Outcome outcome;
        String verb = "";
        try {
            if (input instanceof OversizedLine line) {
                session.pendingAuth(null);
                LOG.debug("rejected {}", line.describe());
                outcome = Outcome.reply(SmtpReplies.LINE_TOO_LONG.withText(line.describe()));
            } else if (session.pendingAuth() != null) {
                outcome = AuthCommand.continueWith(session, ((SmtpInput.CommandLine) input).text());
            } else {
                String text = ((SmtpInput.CommandLine) input).text();
                int space = text.indexOf(' ');
                verb = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
                String arguments = space < 0 ? "" : text.substring(space + 1);
                SmtpCommand command = commands.get(verb);
                outcome = command == null ? Outcome.reply(SmtpReplies.UNKNOWN_COMMAND) : command.execute(session, arguments);
                if (command == null) {
                    LOG.debug("unknown command ({} octets)", text.length());
                }
            }
        } catch (Exception e) {
            LOG.error("back end failed during {}: {}", verb.isEmpty() ? "AUTH" : verb, e.toString());
            // DATA/STARTTLS left the framer holding: release it with the reply.
            outcome = Outcome.reply(SmtpReplies.TEMPORARY_FAILURE, Outcome.After.READ_LINES);
        }
        if (outcome.isProtocolError() && session.badCommand()) {
            outcome = new Outcome(List.of(outcome.replies().get(0), SmtpReplies.TOO_MANY_ERRORS), Outcome.After.CLOSE);
        }
        return done(outcome);
    }

    private static CompletionStage<Outcome> done(Outcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }
}
