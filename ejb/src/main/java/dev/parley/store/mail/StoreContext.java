package dev.parley.store.mail;

import dev.parley.store.mail.api.MailboxChanged;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** What the operations of one transaction share: its SQL, the clock, the limits and the event sink. */
record StoreContext(Jdbc sql, Clock clock, StoreSettings settings, Consumer<MailboxChanged> events) {

    void changed(MailboxRow mailbox, MailboxChanged.Kind kind, List<Long> uids, long modseq) {
        events.accept(new MailboxChanged(mailbox.accountId(), mailbox.id(), mailbox.name(), kind, uids, modseq));
    }
}
