package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** RFC 2971 ID: logs what the client says about itself and answers with the server's fields. */
public final class IdCommand implements ImapCommand<IdCommand.Request> {

    private static final Logger LOG = LoggerFactory.getLogger(IdCommand.class);
    /** RFC 2971 §3.3: at most 30 field-value pairs, fields at most 30 octets, values 1024. */
    private static final int MAX_PAIRS = 30;

    /** @param fields the client's fields, empty for NIL */
    public record Request(Map<String, String> fields) {
        public Request {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    @Override
    public String name() {
        return "ID";
    }

    @Override
    public Set<SessionState> states() {
        return ANY;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        Map<String, String> fields = new LinkedHashMap<>();
        if (args.consumeIf('(')) {
            while (!args.consumeIf(')')) {
                if (!fields.isEmpty()) {
                    args.sp();
                }
                String field = args.string();
                args.sp();
                String value = args.nstring();
                if (field.length() > 30 || (value != null && value.length() > 1024) || fields.size() >= MAX_PAIRS) {
                    throw new SyntaxException("ID field, value or list too long (RFC 2971 section 3.3)");
                }
                fields.put(field, value);
            }
        } else {
            String nil = args.atom();
            if (!nil.equalsIgnoreCase("NIL")) {
                throw new SyntaxException("expected a list or NIL");
            }
        }
        args.end();
        return new Request(fields);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) {
        if (!request.fields().isEmpty()) {
            LOG.info("client id: {}", request.fields());
        }
        ResponseBuilder out = ctx.out().start().untagged().atom("ID");
        Map<String, String> id = ctx.session().config().serverId();
        if (id.isEmpty()) {
            out.nil();
        } else {
            out.open();
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(id).entrySet()) {
                out.string(e.getKey()).string(e.getValue());
            }
            out.close();
        }
        ctx.out().send(out);
        return Completion.ok("ID completed");
    }
}
