package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes SEARCH results: RFC 9051 §7.3.4 ESEARCH (RFC 4731), RFC 3501 SEARCH, RFC 5182 SAVE. */
final class SearchResults {

    private SearchResults() {
    }

    static void respond(CommandContext ctx, SearchCommand.Request request, List<Long> uids, boolean uid) {
        ImapSession session = ctx.session();
        SelectedView view = session.selected();
        Set<String> returns = request.returns();
        boolean esearch = returns != null || session.rev2();
        Set<String> options = returns == null || returns.isEmpty() ? Set.of("ALL") : returns;
        if (returns != null && returns.contains("SAVE")) {
            save(session, options, uids);
            if (returns.size() == 1) {
                return; // RFC 5182 §2.1: SAVE alone returns no ESEARCH response
            }
        }
        List<Long> numbers = new ArrayList<>(uids.size());
        for (long u : uids) {
            numbers.add(uid ? u : view.seqOf(u));
        }
        numbers.sort(Long::compare);
        long highestModSeq = 0;
        if (request.usesModSeq()) {
            for (long u : uids) {
                highestModSeq = Math.max(highestModSeq, view.meta(u).modSeq().value());
            }
        }
        if (!esearch) {
            StringBuilder line = new StringBuilder("SEARCH");
            for (long n : numbers) {
                line.append(' ').append(n);
            }
            if (highestModSeq > 0) {
                line.append(" (MODSEQ ").append(highestModSeq).append(')'); // RFC 7162 §3.1.5
            }
            ctx.out().untagged(line.toString());
            return;
        }
        ResponseBuilder out = ctx.out().start().untagged().atom("ESEARCH").open().atom("TAG").string(ctx.tag()).close();
        if (uid) {
            out.atom("UID");
        }
        if (!numbers.isEmpty()) {
            if (options.contains("MIN")) {
                out.atom("MIN").number(numbers.get(0));
            }
            if (options.contains("MAX")) {
                out.atom("MAX").number(numbers.get(numbers.size() - 1));
            }
            if (options.contains("ALL")) {
                out.atom("ALL").atom(set(numbers));
            }
        }
        if (options.contains("COUNT")) {
            out.atom("COUNT").number(numbers.size());
        }
        if (highestModSeq > 0) {
            out.atom("MODSEQ").number(ModSeq.of(highestModSeq).value());
        }
        ctx.out().send(out);
    }

    /** RFC 5182 §2.4: with MIN and/or MAX but neither ALL nor COUNT, only those are saved. */
    private static void save(ImapSession session, Set<String> options, List<Long> uids) {
        if (!uids.isEmpty() && !options.contains("ALL") && !options.contains("COUNT")
                && (options.contains("MIN") || options.contains("MAX"))) {
            List<Long> saved = new ArrayList<>();
            if (options.contains("MIN")) {
                saved.add(uids.get(0));
            }
            if (options.contains("MAX") && uids.size() > 1) {
                saved.add(uids.get(uids.size() - 1));
            }
            session.saveSearch(saved);
            return;
        }
        session.saveSearch(uids);
    }

    private static String set(List<Long> numbers) {
        return UidSet.ofUids(numbers.stream().map(Uid::of).toList()).toImapString();
    }
}
