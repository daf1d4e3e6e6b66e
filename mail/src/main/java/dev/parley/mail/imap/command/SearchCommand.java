package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RFC 9051 §6.4.4 SEARCH / UID SEARCH with ESEARCH return options MIN, MAX, ALL, COUNT (RFC 4731)
 * and SAVE (RFC 5182). IMAP4rev2 sessions and any RETURN get {@code * ESEARCH}; IMAP4rev1 sessions
 * without RETURN get {@code * SEARCH}.
 */
public final class SearchCommand implements ImapCommand<SearchCommand.Request> {

    private static final Set<String> RETURN_OPTIONS = Set.of("MIN", "MAX", "ALL", "COUNT", "SAVE");

    private final boolean uid;

    /**
     * @param returns    null when no RETURN was given; empty means ALL (RFC 4731 §3.1)
     * @param badCharset the CHARSET is not one we search in (answered NO [BADCHARSET], not BAD)
     */
    public record Request(Set<String> returns, SearchProgram.Node criteria, boolean usesModSeq, boolean badCharset) {
    }

    public SearchCommand(boolean uid) {
        this.uid = uid;
    }

    @Override
    public String name() {
        return uid ? "UID SEARCH" : "SEARCH";
    }

    @Override
    public Set<SessionState> states() {
        return SELECTED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        Set<String> returns = null;
        if (args.peekIs('R') || args.peekIs('r')) {
            int save = args.position();
            String word = args.token("(");
            if (word.equalsIgnoreCase("RETURN")) {
                returns = new LinkedHashSet<>();
                args.sp();
                args.expect('(');
                while (!args.consumeIf(')')) {
                    args.consumeIf(' ');
                    String option = args.keyword();
                    if (!RETURN_OPTIONS.contains(option)) {
                        throw new SyntaxException("unknown RETURN option " + option);
                    }
                    returns.add(option);
                }
                args.sp();
            } else {
                args.rewind(save);
            }
        }
        if (args.peekIs('C') || args.peekIs('c')) {
            int save = args.position();
            if (args.token("(").equalsIgnoreCase("CHARSET")) {
                args.sp();
                String charset = args.astring();
                if (!charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("US-ASCII")) {
                    return new Request(returns, null, false, true);
                }
                args.sp();
            } else {
                args.rewind(save);
            }
        }
        SearchProgram program = new SearchProgram();
        SearchProgram.Node criteria = program.parseAll(args);
        return new Request(returns, criteria, program.usesModSeq(), false);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException, ImapFailure {
        ImapSession session = ctx.session();
        SelectedView view = session.selected();
        if (request.badCharset()) {
            return Completion.no(ResponseCode.BADCHARSET.with("(UTF-8 US-ASCII)"), "Unsupported charset");
        }
        if (request.usesModSeq()) {
            session.activateCondstore();
        }
        SearchKey key = resolve(request.criteria(), session);
        List<Long> found = new ArrayList<>();
        for (Uid u : view.mailbox().search(key)) {
            if (view.seqOf(u.value()) > 0) {
                found.add(u.value()); // messages the client has not been told about do not exist for it
            }
        }
        SearchResults.respond(ctx, request, found, uid);
        return Completion.ok(name() + " completed");
    }

    static SearchKey resolve(SearchProgram.Node node, ImapSession session) throws ImapFailure {
        if (node instanceof SearchProgram.Leaf leaf) {
            return leaf.key();
        } else if (node instanceof SearchProgram.Not not) {
            return new SearchKey.Not(resolve(not.node(), session));
        } else if (node instanceof SearchProgram.Or or) {
            return new SearchKey.Or(resolve(or.left(), session), resolve(or.right(), session));
        } else if (node instanceof SearchProgram.And and) {
            List<SearchKey> keys = new ArrayList<>();
            for (SearchProgram.Node n : and.nodes()) {
                keys.add(resolve(n, session));
            }
            return new SearchKey.And(keys);
        }
        Object key = ((SearchProgram.Session) node).key();
        SelectedView view = session.selected();
        List<Long> uids = new ArrayList<>();
        if (key instanceof SearchProgram.SeqKey seq) {
            uids = Sequences.resolve(seq.set(), seq.uid(), session);
        } else {
            for (int i = 1; i <= view.size(); i++) {
                if (view.isRecent(view.uidAt(i))) {
                    uids.add(view.uidAt(i));
                }
            }
        }
        return new SearchKey.UidIn(UidSet.ofUids(uids.stream().map(Uid::of).toList()));
    }

    @Override
    public Delivery delivery(Request request) {
        return uid ? Delivery.ALL : Delivery.NO_EXPUNGE;
    }
}
