package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.backend.BodyType;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;
import dev.parley.mail.smtp.session.Transaction;

/**
 * DATA (RFC 5321 §4.1.1.4): 354, after which the framer reads the dot-terminated message, which
 * {@link MessageData} streams to the back end. Every answer here also releases the framer's hold.
 */
final class DataCommand implements SmtpCommand {

    @Override
    public Outcome execute(SmtpSession session, String arguments) throws Exception {
        if (!arguments.isBlank()) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail("DATA takes no arguments"), Outcome.After.READ_LINES);
        }
        SmtpReply refusal = MessageStart.refusal(session, Transaction.Transfer.DATA);
        if (refusal != null) {
            return Outcome.reply(refusal, Outcome.After.READ_LINES);
        }
        Transaction tx = session.transaction();
        // RFC 3030 §3: BINARYMIME bodies may only be sent with BDAT.
        if (tx.mailFrom().body() == BodyType.BINARY_MIME) {
            return Outcome.reply(SmtpReplies.BAD_SEQUENCE.detail("BODY=BINARYMIME needs BDAT"), Outcome.After.READ_LINES);
        }
        tx.transfer(Transaction.Transfer.DATA);
        MessageStart.open(session, tx);
        return Outcome.reply(SmtpReplies.START_DATA, Outcome.After.READ_DATA);
    }
}
