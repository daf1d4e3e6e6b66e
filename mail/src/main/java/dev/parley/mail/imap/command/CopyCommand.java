package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.CopyResult;
import dev.parley.mail.imap.backend.MailboxPath;
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

/**
 * RFC 9051 §6.4.7 COPY and §6.4.8 MOVE (RFC 6851), plain and UID, with RFC 4315 COPYUID: in the
 * tagged OK for COPY, in an untagged OK before the EXPUNGEs for MOVE (RFC 6851 §4.3).
 */
public final class CopyCommand implements ImapCommand<CopyCommand.Request> {

    private final boolean uid;
    private final boolean move;

    public record Request(SequenceSet set, MailboxPath target) {
    }

    public CopyCommand(boolean uid, boolean move) {
        this.uid = uid;
        this.move = move;
    }

    @Override
    public String name() {
        return (uid ? "UID " : "") + (move ? "MOVE" : "COPY");
    }

    @Override
    public Set<SessionState> states() {
        return SELECTED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        SequenceSet set = args.sequenceSet();
        args.sp();
        MailboxPath target = session.mailbox(args.astring());
        args.end();
        return new Request(set, target);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException, ImapFailure {
        SelectedView view = ctx.session().selected();
        if (move && view.mailbox().readOnly()) {
            return Completion.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        }
        List<Long> uids = Sequences.resolve(request.set(), uid, ctx.session());
        if (uids.isEmpty()) {
            return Completion.ok(name() + " completed"); // RFC 9051 §6.4.9: nothing matched is not an error
        }
        UidSet set = UidSet.ofUids(uids.stream().map(Uid::of).toList());
        CopyResult result = move ? view.mailbox().move(set, request.target()) : view.mailbox().copy(set, request.target());
        if (result.sourceUids().isEmpty()) {
            return Completion.ok(name() + " completed");
        }
        String copyUid = result.uidValidity() + " " + UidSet.ofUids(result.sourceUids()).toImapString() + " "
                + ordered(result.targetUids());
        if (!move) {
            return Completion.ok(ResponseCode.COPYUID.with(copyUid), name() + " completed");
        }
        ctx.out().untagged("OK " + ResponseCode.COPYUID.with(copyUid).render() + " Moved");
        ExpungeCommand.reportExpunged(ctx, view, result.sourceUids());
        return Completion.ok(name() + " completed");
    }

    /** Target UIDs in source order; compressed into ranges when ascending (RFC 4315 §3). */
    private static String ordered(List<Uid> uids) {
        for (int i = 1; i < uids.size(); i++) {
            if (uids.get(i).value() <= uids.get(i - 1).value()) {
                return String.join(",", uids.stream().map(Uid::toString).toList());
            }
        }
        return UidSet.ofUids(uids).toImapString();
    }
}
