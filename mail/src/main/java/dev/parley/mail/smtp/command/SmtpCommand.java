package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;

/** One SMTP verb. Runs on the session's worker; may call the (blocking) back end. */
public interface SmtpCommand {

    /**
     * @param arguments everything after the verb and one space, possibly empty
     * @throws Exception a back-end fault; the dispatcher turns it into {@code 451 4.3.0}
     */
    Outcome execute(SmtpSession session, String arguments) throws Exception;
}
