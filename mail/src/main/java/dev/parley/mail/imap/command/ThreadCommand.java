package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MessageOrder;
import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;
import dev.parley.mail.mime.HeaderDecoder;
import dev.parley.mail.mime.ParsedMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** RFC 5256 §4 THREAD / UID THREAD with ORDEREDSUBJECT and REFERENCES. */
public final class ThreadCommand implements ImapCommand<ThreadCommand.Request> {

    /** RFC 5256 §2.1: a subject that had reply or forward markers removed. */
    private static final Pattern REPLY = Pattern.compile("^\\s*((re|fwd?)\\s*(\\[\\d+\\])?\\s*:|\\[fwd:).*",
            Pattern.CASE_INSENSITIVE);

    private final boolean uid;

    public record Request(String algorithm, String charset, SearchProgram.Node criteria) {
    }

    public ThreadCommand(boolean uid) {
        this.uid = uid;
    }

    @Override
    public String name() {
        return uid ? "UID THREAD" : "THREAD";
    }

    @Override
    public Set<SessionState> states() {
        return SELECTED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        String algorithm = args.keyword();
        if (!algorithm.equals("ORDEREDSUBJECT") && !algorithm.equals("REFERENCES")) {
            throw new SyntaxException("unknown threading algorithm " + algorithm);
        }
        args.sp();
        String charset = args.astring();
        args.sp();
        return new Request(algorithm, charset, new SearchProgram().parseAll(args));
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException, ImapFailure {
        if (!request.charset().equalsIgnoreCase("UTF-8") && !request.charset().equalsIgnoreCase("US-ASCII")) {
            return Completion.no(ResponseCode.BADCHARSET.with("(UTF-8 US-ASCII)"), "Unsupported charset");
        }
        SelectedView view = ctx.session().selected();
        SearchKey key = SearchCommand.resolve(request.criteria(), ctx.session());
        List<Threader.Input> inputs = new ArrayList<>();
        List<Uid> found = view.mailbox().search(key);
        for (int i = 0; i < found.size(); i++) {
            Uid u = found.get(i);
            if (i % FetchCommand.PREFETCH == 0 && found.size() > 1) {
                view.mailbox().prefetch(found.subList(i, Math.min(found.size(), i + FetchCommand.PREFETCH)));
            }
            long seq = view.seqOf(u.value());
            if (seq == 0) {
                continue;
            }
            ParsedMessage parsed;
            try {
                parsed = view.mailbox().content(u).threading();
            } catch (BackendException e) {
                if (e.reason() == BackendException.Reason.EXPUNGED) {
                    continue;
                }
                throw e;
            }
            String subject = parsed.envelope().subject() == null ? "" : HeaderDecoder.decodeEncodedWords(parsed.envelope().subject());
            inputs.add(new Threader.Input(uid ? u.value() : seq, parsed.threadKeys().messageId(),
                    parsed.threadKeys().references(), parsed.threadKeys().baseSubject().toUpperCase(Locale.ROOT),
                    REPLY.matcher(subject).matches(),
                    MessageOrder.sentDate(new MessageOrder.Entry(view.meta(u.value()), parsed))));
        }
        String threads = request.algorithm().equals("REFERENCES") ? Threader.references(inputs) : Threader.orderedSubject(inputs);
        ctx.out().untagged(threads.isEmpty() ? "THREAD" : "THREAD " + threads);
        return Completion.ok(name() + " completed");
    }

    @Override
    public Delivery delivery(Request request) {
        return uid ? Delivery.ALL : Delivery.NO_EXPUNGE;
    }
}
