package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.backend.BodyType;
import dev.parley.mail.smtp.backend.MailFrom;
import dev.parley.mail.smtp.backend.Verdict;
import dev.parley.mail.smtp.codec.Paths;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.Xtext;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;
import dev.parley.mail.smtp.session.Transaction;

import java.util.Locale;
import java.util.Map;

/** MAIL FROM (RFC 5321 §4.1.1.2) with SIZE, BODY, SMTPUTF8, RET, ENVID and AUTH parameters. */
final class MailCommand implements SmtpCommand {

    @Override
    public Outcome execute(SmtpSession session, String arguments) throws Exception {
        if (!session.greeted()) {
            return Outcome.reply(SmtpReplies.BAD_SEQUENCE.detail("send " + (session.mode().isLmtp() ? "LHLO" : "EHLO") + " first"));
        }
        if (session.transaction() != null) {
            return Outcome.reply(SmtpReplies.BAD_SEQUENCE.detail("nested MAIL command"));
        }
        // RFC 6409 §4.3: submission needs an authenticated client.
        if (session.mode().requiresAuth() && session.user() == null) {
            return Outcome.reply(SmtpReplies.AUTH_REQUIRED);
        }
        if (!arguments.regionMatches(true, 0, "FROM:", 0, 5)) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail("expected FROM:<address>"));
        }
        String rest = arguments.substring(5).stripLeading(); // RFC 5321 §4.1.1.2 has no space; be lenient
        Map<String, String> params;
        String[] path = new String[1];
        int end;
        boolean utf8 = rest.toUpperCase(Locale.ROOT).contains(" SMTPUTF8");
        try {
            end = Paths.parse(rest, true, utf8, path);
            params = Parameters.parse(rest.substring(end));
        } catch (Paths.BadPath e) {
            return Outcome.reply(e.nonAscii() ? SmtpReplies.UTF8_NEEDS_SMTPUTF8 : SmtpReplies.BAD_SENDER_ADDRESS.detail(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail(e.getMessage()));
        }
        if (!params.isEmpty() && !session.extended()) {
            return Outcome.reply(SmtpReplies.UNKNOWN_PARAMETER.detail("no parameters after HELO"));
        }
        MailFrom mailFrom;
        try {
            mailFrom = mailFrom(path[0], params);
        } catch (UnknownParameter e) {
            return Outcome.reply(SmtpReplies.UNKNOWN_PARAMETER.detail(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail(e.getMessage()));
        }
        // RFC 1870 §6.2: a declared size over the limit is refused at once.
        if (mailFrom.declaredSize() > session.config().maxMessageSize()) {
            return Outcome.reply(SmtpReplies.MESSAGE_TOO_BIG);
        }
        Verdict verdict = session.backend().checkSender(mailFrom, session.info());
        if (!verdict.accepted()) {
            return Outcome.reply(verdict.rejection().reply());
        }
        session.begin(new Transaction(mailFrom));
        return Outcome.reply(SmtpReplies.SENDER_OK);
    }

    private static MailFrom mailFrom(String path, Map<String, String> params) throws UnknownParameter {
        long size = -1;
        BodyType body = BodyType.SEVEN_BIT;
        boolean utf8 = false;
        MailFrom.Ret ret = null;
        String envid = null;
        String auth = null;
        for (Map.Entry<String, String> p : params.entrySet()) {
            String value = p.getValue();
            switch (p.getKey()) {
                case "SIZE" -> size = number(required(p.getKey(), value)); // RFC 1870 §3
                case "BODY" -> body = switch (required(p.getKey(), value).toUpperCase(Locale.ROOT)) {
                    case "7BIT" -> BodyType.SEVEN_BIT;
                    case "8BITMIME" -> BodyType.EIGHT_BIT_MIME; // RFC 6152
                    case "BINARYMIME" -> BodyType.BINARY_MIME; // RFC 3030 §3
                    default -> throw new IllegalArgumentException("unknown BODY value " + value);
                };
                case "SMTPUTF8" -> { // RFC 6531 §3.4: no value
                    if (value != null) {
                        throw new IllegalArgumentException("SMTPUTF8 takes no value");
                    }
                    utf8 = true;
                }
                case "RET" -> ret = switch (required(p.getKey(), value).toUpperCase(Locale.ROOT)) { // RFC 3461 §4.3
                    case "FULL" -> MailFrom.Ret.FULL;
                    case "HDRS" -> MailFrom.Ret.HDRS;
                    default -> throw new IllegalArgumentException("RET must be FULL or HDRS");
                };
                case "ENVID" -> { // RFC 3461 §4.4: xtext, at most 100 characters
                    String raw = required(p.getKey(), value);
                    if (raw.length() > 100) {
                        throw new IllegalArgumentException("ENVID longer than 100 characters");
                    }
                    envid = Xtext.decode(raw);
                }
                case "AUTH" -> auth = Xtext.decode(required(p.getKey(), value)); // RFC 4954 §5
                default -> throw new UnknownParameter(p.getKey());
            }
        }
        return new MailFrom(path, size, body, utf8, ret, envid, auth);
    }

    static String required(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " needs a value");
        }
        return value;
    }

    private static long number(String value) {
        if (!value.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("SIZE must be a number");
        }
        return Long.parseLong(value);
    }

    /** A parameter we do not implement: {@code 555 5.5.4} (RFC 5321 §4.1.1.11). */
    static final class UnknownParameter extends Exception {
        UnknownParameter(String keyword) {
            super(keyword, null, false, false);
        }
    }
}
