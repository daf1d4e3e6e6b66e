package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.session.Pop3State;

/** Base of the commands valid only in the TRANSACTION state (RFC 1939 §5). */
abstract class TransactionCommand implements Pop3Command {

    @Override
    public boolean allowedIn(Pop3State state) {
        return state == Pop3State.TRANSACTION;
    }
}
