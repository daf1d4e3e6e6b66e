package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;

/** The verbs without state of their own; each is still its own class (one command, one class). */
final class SimpleCommands {

    private SimpleCommands() {
    }

    /** RFC 5321 §4.1.1.5: aborts the transaction, keeps the greeting and the login. */
    static final class Rset implements SmtpCommand {
        @Override
        public Outcome execute(SmtpSession session, String arguments) {
            if (!arguments.isBlank()) {
                return Outcome.reply(SmtpReplies.SYNTAX);
            }
            session.resetTransaction();
            return Outcome.reply(SmtpReplies.RESET);
        }
    }

    /** RFC 5321 §4.1.1.9: the argument, if any, is ignored. */
    static final class Noop implements SmtpCommand {
        @Override
        public Outcome execute(SmtpSession session, String arguments) {
            return Outcome.reply(SmtpReplies.OK);
        }
    }

    /** RFC 5321 §4.1.1.10. */
    static final class Quit implements SmtpCommand {
        @Override
        public Outcome execute(SmtpSession session, String arguments) {
            session.resetTransaction();
            return Outcome.close(SmtpReplies.BYE);
        }
    }

    /** RFC 5321 §3.5.3 / §7.3: 252, never disclosing whether the user exists. */
    static final class Vrfy implements SmtpCommand {
        @Override
        public Outcome execute(SmtpSession session, String arguments) {
            return Outcome.reply(arguments.isBlank() ? SmtpReplies.SYNTAX : SmtpReplies.VRFY_CANNOT);
        }
    }

    /** RFC 5321 §4.1.1.8. */
    static final class Help implements SmtpCommand {
        @Override
        public Outcome execute(SmtpSession session, String arguments) {
            return Outcome.reply(SmtpReplies.HELP);
        }
    }

    /** RFC 3207 §4: 220, then TLS; refused when unavailable or already on. */
    static final class StartTls implements SmtpCommand {
        @Override
        public Outcome execute(SmtpSession session, String arguments) {
            if (!arguments.isBlank()) {
                return Outcome.reply(SmtpReplies.SYNTAX, Outcome.After.READ_LINES);
            }
            if (!session.canStartTls()) {
                return Outcome.reply(session.tls() ? SmtpReplies.BAD_SEQUENCE.detail("TLS already active")
                        : SmtpReplies.TLS_UNAVAILABLE, Outcome.After.READ_LINES);
            }
            session.resetForTls();
            return Outcome.reply(SmtpReplies.READY_TLS, Outcome.After.START_TLS);
        }
    }
}
