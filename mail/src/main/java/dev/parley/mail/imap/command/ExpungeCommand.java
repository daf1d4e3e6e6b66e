package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SequenceSet;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;

import java.util.List;
import java.util.Set;

/** RFC 9051 §6.4.3 EXPUNGE and RFC 4315 §2.1 / RFC 9051 §6.4.9 UID EXPUNGE. */
public final class ExpungeCommand implements ImapCommand<ExpungeCommand.Request> {

    private final boolean uid;

    /** @param uids the UID EXPUNGE set, or null for plain EXPUNGE */
    public record Request(SequenceSet uids) {
    }

    public ExpungeCommand(boolean uid) {
        this.uid = uid;
    }

    @Override
    public String name() {
        return uid ? "UID EXPUNGE" : "EXPUNGE";
    }

    @Override
    public Set<SessionState> states() {
        return SELECTED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        SequenceSet set = null;
        if (uid) {
            args.sp();
            set = args.sequenceSet();
        }
        args.end();
        return new Request(set);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException, ImapFailure {
        SelectedView view = ctx.session().selected();
        if (view.mailbox().readOnly()) {
            return Completion.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        }
        UidSet scope = null;
        if (request.uids() != null) {
            List<Long> uids = Sequences.resolve(request.uids(), true, ctx.session());
            if (uids.isEmpty()) {
                return Completion.ok("UID EXPUNGE completed");
            }
            scope = UidSet.ofUids(uids.stream().map(Uid::of).toList());
        }
        List<Uid> expunged = view.mailbox().expunge(scope);
        reportExpunged(ctx, view, expunged);
        return Completion.ok(name() + " completed");
    }

    /** EXPUNGE responses (or VANISHED with QRESYNC, RFC 7162 §3.2.10) for this session's own expunges. */
    static void reportExpunged(CommandContext ctx, SelectedView view, List<Uid> expunged) {
        if (ctx.session().qresync()) {
            List<Uid> known = expunged.stream().filter(u -> view.seqOf(u.value()) > 0).toList();
            view.removeOwn(known);
            if (!known.isEmpty()) {
                ctx.out().untagged("VANISHED " + UidSet.ofUids(known).toImapString());
            }
            return;
        }
        for (int seq : view.removeOwn(expunged)) {
            ctx.out().untagged(seq + " EXPUNGE");
        }
    }
}
