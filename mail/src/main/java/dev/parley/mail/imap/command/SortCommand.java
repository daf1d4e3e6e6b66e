package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MessageOrder;
import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.imap.backend.SortKey;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * RFC 5256 §3 SORT / UID SORT (with RFC 5957 DISPLAYFROM/DISPLAYTO). The store finds the
 * messages; ordering uses the cached structure ({@link MessageOrder}).
 */
public final class SortCommand implements ImapCommand<SortCommand.Request> {

    private final boolean uid;

    public record Request(List<SortKey> keys, String charset, SearchProgram.Node criteria) {
        public Request {
            keys = List.copyOf(keys);
        }
    }

    public SortCommand(boolean uid) {
        this.uid = uid;
    }

    @Override
    public String name() {
        return uid ? "UID SORT" : "SORT";
    }

    @Override
    public Set<SessionState> states() {
        return SELECTED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        args.expect('(');
        List<SortKey> keys = new ArrayList<>();
        boolean reverse = false;
        do {
            String word = args.keyword();
            if (word.equals("REVERSE")) {
                if (reverse) {
                    throw new SyntaxException("REVERSE twice");
                }
                reverse = true;
                args.sp();
                continue;
            }
            try {
                keys.add(new SortKey(SortKey.Criterion.valueOf(word.toUpperCase(Locale.ROOT)), reverse));
            } catch (IllegalArgumentException e) {
                throw new SyntaxException("unknown sort criterion " + word);
            }
            reverse = false;
        } while (reverse || args.consumeIf(' '));
        args.expect(')');
        args.sp();
        String charset = args.astring();
        args.sp();
        return new Request(keys, charset, new SearchProgram().parseAll(args));
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException, ImapFailure {
        if (!request.charset().equalsIgnoreCase("UTF-8") && !request.charset().equalsIgnoreCase("US-ASCII")) {
            return Completion.no(ResponseCode.BADCHARSET.with("(UTF-8 US-ASCII)"), "Unsupported charset");
        }
        SelectedView view = ctx.session().selected();
        SearchKey key = SearchCommand.resolve(request.criteria(), ctx.session());
        List<MessageOrder.Entry> entries = new ArrayList<>();
        List<Uid> found = view.mailbox().search(key);
        for (int i = 0; i < found.size(); i++) {
            Uid u = found.get(i);
            if (i % FetchCommand.PREFETCH == 0 && found.size() > 1) {
                view.mailbox().prefetch(found.subList(i, Math.min(found.size(), i + FetchCommand.PREFETCH)));
            }
            if (view.seqOf(u.value()) > 0) {
                try {
                    entries.add(new MessageOrder.Entry(view.meta(u.value()), view.mailbox().content(u).parsed()));
                } catch (BackendException e) {
                    if (e.reason() != BackendException.Reason.EXPUNGED) {
                        throw e;
                    }
                }
            }
        }
        entries.sort(MessageOrder.comparator(request.keys()));
        StringBuilder line = new StringBuilder("SORT");
        for (MessageOrder.Entry e : entries) {
            long u = e.meta().uid().value();
            line.append(' ').append(uid ? u : view.seqOf(u));
        }
        ctx.out().untagged(line.toString());
        return Completion.ok(name() + " completed");
    }

    @Override
    public Delivery delivery(Request request) {
        return uid ? Delivery.ALL : Delivery.NO_EXPUNGE;
    }
}
