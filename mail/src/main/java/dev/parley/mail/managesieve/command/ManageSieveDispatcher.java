package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.CommandLine;
import dev.parley.mail.managesieve.codec.MalformedLine;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.codec.Response;
import dev.parley.mail.managesieve.codec.Word;
import dev.parley.mail.managesieve.session.ManageSieveSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the command for a line, checks the state, runs it, and turns every refusal into its reply —
 * the one place exceptions become responses. Stateless; shared by all connections.
 */
public final class ManageSieveDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ManageSieveDispatcher.class);

    private final AuthenticateCommand authenticate = new AuthenticateCommand();
    private final Map<String, ManageSieveCommand> commands = Stream.of(
                    authenticate, new StartTlsCommand(), new LogoutCommand(), new CapabilityCommand(),
                    new HaveSpaceCommand(), new PutScriptCommand(), new ListScriptsCommand(), new SetActiveCommand(),
                    new GetScriptCommand(), new DeleteScriptCommand(), new RenameScriptCommand(),
                    new CheckScriptCommand(), new NoopCommand(), new UnauthenticateCommand())
            .collect(Collectors.toUnmodifiableMap(ManageSieveCommand::name, Function.identity()));

    /** @param message a {@link CommandLine} or a {@link MalformedLine} from the decoder */
    public Outcome dispatch(ManageSieveSession session, Object message) {
        if (message instanceof MalformedLine bad) {
            session.pendingAuth(null);
            LOG.debug("malformed command: {}", bad.reason());
            return bad(session, Replies.malformed(bad));
        }
        List<Word> words = ((CommandLine) message).words();
        try {
            if (session.pendingAuth() != null) {
                return authenticate.respond(session, words);
            }
            if (words.isEmpty()) {
                return bad(session, Replies.syntax("empty command"));
            }
            if (!(words.get(0) instanceof Word.Atom verb)) {
                return bad(session, Replies.syntax("a command starts with its name"));
            }
            ManageSieveCommand command = commands.get(verb.upper());
            if (command == null) {
                LOG.debug("unknown command {}", verb.value().length() > 32 ? verb.value().substring(0, 32) : verb.value());
                return bad(session, Replies.UNKNOWN_COMMAND);
            }
            if (command.state() == ManageSieveCommand.State.AUTHENTICATED && !session.authenticated()) {
                return Outcome.of(Replies.AUTHENTICATE_FIRST);
            }
            if (command.state() == ManageSieveCommand.State.NOT_AUTHENTICATED && session.authenticated()) {
                return Outcome.of(Replies.ALREADY_AUTHENTICATED);
            }
            return command.execute(session, new Arguments(command.name(), words.subList(1, words.size())));
        } catch (CommandException e) {
            return e.isSyntax() ? bad(session, e.response()) : Outcome.of(e.response());
        }
    }

    private static Outcome bad(ManageSieveSession session, Response reply) {
        if (session.badCommand()) {
            return Outcome.close(Replies.TOO_MANY_ERRORS);
        }
        return Outcome.of(reply);
    }
}
