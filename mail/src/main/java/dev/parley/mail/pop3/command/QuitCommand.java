package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;
import dev.parley.mail.pop3.session.Pop3State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * RFC 1939 §4 and §6 QUIT. In AUTHORIZATION it just says goodbye. In TRANSACTION the session
 * enters UPDATE, the marked messages are removed, the lock is released and the connection closes;
 * if removal fails the reply is {@code -ERR} and the client knows the messages are still there.
 */
public final class QuitCommand implements Pop3Command {

    private static final Logger LOG = LoggerFactory.getLogger(QuitCommand.class);

    @Override
    public String verb() {
        return "QUIT";
    }

    @Override
    public boolean allowedIn(Pop3State state) {
        return state != Pop3State.UPDATE;
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) {
        if (session.state() == Pop3State.AUTHORIZATION) {
            return Outcome.close(Pop3Replies.SIGNING_OFF);
        }
        session.enterUpdate();
        Set<Integer> deleted = session.view().deletedIndexes();
        try {
            if (!deleted.isEmpty()) {
                session.maildrop().commitDeletions(deleted);
            }
            LOG.info("{} quit: {} deleted, {} left", session.user(), deleted.size(), session.view().count());
            return Outcome.close(Pop3Replies.signingOff(session.view().count()));
        } catch (Pop3BackendException | RuntimeException e) {
            LOG.error("{} quit: removing {} messages failed: {}", session.user(), deleted.size(), e.toString());
            return Outcome.close(Pop3Replies.DELETIONS_FAILED);
        } finally {
            session.release();
        }
    }
}
