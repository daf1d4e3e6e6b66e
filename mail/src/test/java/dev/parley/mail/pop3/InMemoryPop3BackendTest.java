package dev.parley.mail.pop3;

import dev.parley.mail.pop3.backend.Pop3Backend;

/** The contract, run against the in-memory fake the engine tests rely on. */
class InMemoryPop3BackendTest extends Pop3BackendContract {

    @Override
    protected Pop3Backend backend() {
        InMemoryPop3Backend backend = new InMemoryPop3Backend().user(USER, PASSWORD);
        MESSAGES.forEach(m -> backend.message(USER, m));
        return backend;
    }
}
