package dev.parley.mail.pop3.command;

import dev.parley.mail.net.OversizedLine;
import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.codec.Pop3Response.Reply;
import dev.parley.mail.pop3.session.Pop3Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Routes one client line to its command and maps every exception to a reply, here and nowhere
 * else (STYLE): client mistakes to {@code -ERR} (counted; too many and the server hangs up),
 * back-end failures to {@code -ERR [SYS/TEMP]} logged once, never a stack trace to the client.
 */
public final class Pop3Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Pop3Dispatcher.class);

    private final AuthCommand auth = new AuthCommand();
    private final Map<String, Pop3Command> commands = Stream.of(
                    new UserCommand(), new PassCommand(), auth, new StlsCommand(), new CapaCommand(),
                    new StatCommand(), new ListCommand(), new RetrCommand(), new TopCommand(), new DeleCommand(),
                    new NoopCommand(), new RsetCommand(), new UidlCommand(), new QuitCommand())
            .collect(Collectors.toUnmodifiableMap(Pop3Command::verb, Function.identity()));

    /** @param message a {@link Pop3Request} or an {@link OversizedLine} */
    public Outcome dispatch(Pop3Session session, Object message) {
        Outcome outcome = run(session, message);
        if (outcome.bad() && session.badCommand()) {
            LOG.info("closing after too many bad commands");
            List<Object> writes = new ArrayList<>(outcome.writes());
            writes.add(Pop3Replies.TOO_MANY_BAD);
            return new Outcome(writes, Outcome.After.CLOSE, outcome.delay(), true);
        }
        return outcome;
    }

    private Outcome run(Pop3Session session, Object message) {
        if (message instanceof OversizedLine oversized) {
            session.pendingAuth(null); // RFC 5034 §4: a broken response ends the exchange
            LOG.debug("rejected: {}", oversized.describe());
            return Outcome.bad(Pop3Replies.tooLong(oversized.describe()));
        }
        Pop3Request request = (Pop3Request) message;
        try {
            if (session.pendingAuth() != null) {
                return auth.continueExchange(session, request);
            }
            // RFC 2449 §4: 255 octets for commands; AUTH may carry a long initial response (bearer tokens).
            int limit = request.verb().equals("AUTH") ? session.config().maxLineLength() : session.config().maxCommandLength();
            if (request.octets() > limit) {
                String rejected = new OversizedLine(request.octets(), limit).describe();
                LOG.debug("rejected: {}", rejected);
                return Outcome.bad(Pop3Replies.tooLong(rejected));
            }
            Pop3Command command = commands.get(request.verb());
            if (command == null) {
                LOG.debug("unknown command {}", request);
                return Outcome.bad(Pop3Replies.UNKNOWN_COMMAND);
            }
            if (!command.allowedIn(session.state())) {
                LOG.debug("{} not valid in {}", command.verb(), session.state());
                return Outcome.bad(Pop3Replies.WRONG_STATE);
            }
            return command.execute(session, request);
        } catch (CommandException e) {
            Reply reply = e.reply();
            LOG.debug("{}: -ERR {}", request, reply.text());
            return e.bad() ? Outcome.bad(reply) : Outcome.reply(reply);
        } catch (Pop3BackendException e) {
            LOG.error("{} failed: {}", request, e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause());
            return Outcome.reply(Pop3Replies.TEMPORARY_FAILURE);
        } catch (RuntimeException e) {
            LOG.error("{} failed", request, e);
            return Outcome.reply(Pop3Replies.TEMPORARY_FAILURE);
        }
    }
}
