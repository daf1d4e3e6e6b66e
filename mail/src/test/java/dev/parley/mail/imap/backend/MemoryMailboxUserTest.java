package dev.parley.mail.imap.backend;

import dev.parley.mail.imap.memory.MemoryAccount;

/** The back-end contract against the in-memory reference implementation. */
class MemoryMailboxUserTest extends MailboxUserContract {

    @Override
    protected MailboxUser newUser() {
        return new MemoryAccount("contract", Long.MAX_VALUE);
    }
}
