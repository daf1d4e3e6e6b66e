package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.backend.Recipient;
import dev.parley.mail.smtp.backend.Verdict;
import dev.parley.mail.smtp.codec.Paths;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.Xtext;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;
import dev.parley.mail.smtp.session.Transaction;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** RCPT TO (RFC 5321 §4.1.1.3) with the DSN parameters NOTIFY and ORCPT (RFC 3461 §4.1, §4.2). */
final class RcptCommand implements SmtpCommand {

    @Override
    public Outcome execute(SmtpSession session, String arguments) throws Exception {
        Transaction tx = session.transaction();
        if (tx == null) {
            return Outcome.reply(SmtpReplies.BAD_SEQUENCE.detail("need MAIL before RCPT"));
        }
        if (tx.transfer() != Transaction.Transfer.NONE) {
            return Outcome.reply(SmtpReplies.BAD_SEQUENCE.detail("RCPT after BDAT"));
        }
        if (!arguments.regionMatches(true, 0, "TO:", 0, 3)) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail("expected TO:<address>"));
        }
        // RFC 5321 §4.5.3.1.8: "452 too many recipients" and the client tries the rest later.
        if (tx.recipients().size() >= session.config().maxRecipients()) {
            return Outcome.reply(SmtpReplies.TOO_MANY_RECIPIENTS);
        }
        String rest = arguments.substring(3).stripLeading();
        String[] path = new String[1];
        Map<String, String> params;
        try {
            int end;
            if (Paths.isBarePostmaster(rest)) {
                path[0] = "Postmaster";
                end = 12;
            } else {
                end = Paths.parse(rest, false, tx.mailFrom().smtpUtf8(), path);
            }
            params = Parameters.parse(rest.substring(end));
        } catch (Paths.BadPath e) {
            return Outcome.reply(e.nonAscii() ? SmtpReplies.UTF8_NEEDS_SMTPUTF8 : SmtpReplies.BAD_ADDRESS.detail(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail(e.getMessage()));
        }
        Recipient recipient;
        try {
            recipient = recipient(path[0], params);
        } catch (MailCommand.UnknownParameter e) {
            return Outcome.reply(SmtpReplies.UNKNOWN_PARAMETER.detail(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail(e.getMessage()));
        }
        Verdict verdict = session.backend().checkRecipient(recipient, tx.mailFrom(), session.info());
        if (!verdict.accepted()) {
            return Outcome.reply(verdict.rejection().reply());
        }
        tx.recipients().add(recipient);
        return Outcome.reply(SmtpReplies.RECIPIENT_OK);
    }

    private static Recipient recipient(String address, Map<String, String> params) throws MailCommand.UnknownParameter {
        Set<Recipient.Notify> notify = EnumSet.noneOf(Recipient.Notify.class);
        Recipient.OriginalRecipient orcpt = null;
        for (Map.Entry<String, String> p : params.entrySet()) {
            String value = MailCommand.required(p.getKey(), p.getValue());
            switch (p.getKey()) {
                case "NOTIFY" -> {
                    for (String item : value.split(",", -1)) {
                        try {
                            notify.add(Recipient.Notify.valueOf(item.toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("unknown NOTIFY value " + item);
                        }
                    }
                    if (notify.contains(Recipient.Notify.NEVER) && notify.size() > 1) {
                        throw new IllegalArgumentException("NOTIFY=NEVER cannot be combined"); // RFC 3461 §4.1
                    }
                }
                case "ORCPT" -> {
                    // RFC 3461 §4.2: addr-type ";" xtext, at most 500 characters
                    int semi = value.indexOf(';');
                    if (semi <= 0 || value.length() > 500) {
                        throw new IllegalArgumentException("ORCPT must be addr-type;xtext");
                    }
                    String type = value.substring(0, semi);
                    if (!type.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
                        throw new IllegalArgumentException("bad ORCPT address type");
                    }
                    orcpt = new Recipient.OriginalRecipient(type.toLowerCase(Locale.ROOT), Xtext.decode(value.substring(semi + 1)));
                }
                default -> throw new MailCommand.UnknownParameter(p.getKey());
            }
        }
        return new Recipient(address, notify, orcpt);
    }
}
