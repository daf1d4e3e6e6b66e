package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;
import dev.parley.mail.smtp.session.Transaction;

import java.util.Locale;

/**
 * BDAT (RFC 3030 §2). The framer has already switched to reading the chunk; the reply waits until
 * the chunk is read ({@link MessageData}), and a refused chunk is read and dropped.
 */
final class BdatCommand implements SmtpCommand {

    @Override
    public Outcome execute(SmtpSession session, String arguments) throws Exception {
        String[] parts = arguments.trim().split(" +");
        boolean sizeOk = parts.length >= 1 && parts[0].matches("\\d{1,18}");
        boolean last = parts.length == 2 && parts[1].toUpperCase(Locale.ROOT).equals("LAST");
        if (!sizeOk || parts.length > 2 || parts.length == 2 && !last) {
            // Without a size the framer could not find the chunk; what follows is read as commands.
            return Outcome.reply(SmtpReplies.SYNTAX.detail("BDAT chunk-size [LAST]"));
        }
        long size = Long.parseLong(parts[0]);
        SmtpReply refusal = MessageStart.refusal(session, Transaction.Transfer.CHUNKS);
        Transaction tx = session.transaction();
        if (refusal == null && (tx.failed() || tx.tooBig())) {
            refusal = SmtpReplies.TEMPORARY_FAILURE;
        }
        if (refusal != null) {
            session.chunk(new Transaction.Chunk(size, last, refusal));
            return Outcome.nothing();
        }
        if (tx.sink() == null) {
            tx.transfer(Transaction.Transfer.CHUNKS);
            MessageStart.open(session, tx);
        }
        session.chunk(new Transaction.Chunk(size, last, null));
        return Outcome.nothing();
    }
}
