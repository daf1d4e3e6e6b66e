package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.codec.Pop3Response;
import dev.parley.mail.pop3.session.Pop3Session;
import dev.parley.mail.pop3.session.Pop3State;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 2449 §5 CAPA: exactly what this engine does, for the current state. Login capabilities
 * (USER, SASL, STLS) are listed only while they can be used: before login, and for plaintext
 * credentials only once TLS is active or plaintext is allowed (RFC 2449 §5 lets the list change
 * after STLS and after login).
 */
public final class CapaCommand implements Pop3Command {

    @Override
    public String verb() {
        return "CAPA";
    }

    @Override
    public boolean allowedIn(Pop3State state) {
        return state != Pop3State.UPDATE;
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        if (request.hasArgument()) {
            throw CommandException.syntax("CAPA takes no argument");
        }
        return Outcome.reply(new Pop3Response.MultiLine(Pop3Replies.CAPABILITIES_FOLLOW, capabilities(session)));
    }

    static List<String> capabilities(Pop3Session session) {
        List<String> caps = new ArrayList<>();
        caps.add("TOP");
        caps.add("UIDL");
        boolean authorization = session.state() == Pop3State.AUTHORIZATION;
        if (authorization && session.plaintextAuthAllowed()) {
            caps.add("USER");
            caps.add("SASL " + String.join(" ", AuthCommand.MECHANISMS));
        }
        caps.add("PIPELINING");
        caps.add("RESP-CODES");
        caps.add("AUTH-RESP-CODE");
        if (session.stlsOffered()) {
            caps.add("STLS");
        }
        if (!session.config().implementation().isEmpty()) {
            caps.add("IMPLEMENTATION " + session.config().implementation());
        }
        return caps;
    }
}
