package dev.parley.mta.delivery;

import dev.parley.mta.queue.Claimed;
import dev.parley.mta.queue.Outcome;
import dev.parley.store.mail.api.Flags;
import java.util.List;
import java.util.Objects;

/**
 * What delivering one leased recipient comes to before the store is touched: either an outcome already
 * (unknown user, loop, expansion, Sieve reject or discard, temporary failure), or the copies to store and
 * the outcome once they are stored. The job controller stores the copies of a whole batch in one
 * transaction (ADR 0045).
 */
public record Plan(Claimed recipient, Outcome outcome, List<Copy> copies, Outcome onStored) {

    /**
     * One copy into one mailbox of the account.
     *
     * @param mailbox null for INBOX
     * @param create  Sieve {@code fileinto :create} (RFC 5490 §3.2): make the mailbox if it does not exist
     */
    public record Copy(long accountId, String address, String mailbox, Flags flags, boolean create) {
        public Copy {
            flags = flags == null ? Flags.NONE : flags;
        }
    }

    public Plan {
        Objects.requireNonNull(recipient, "recipient");
        copies = List.copyOf(copies);
        if ((outcome == null) == (onStored == null)) {
            throw new IllegalArgumentException("either an outcome now or one after storing");
        }
    }

    /** The outcome a remote recipient has until remote delivery (ADR 0041) has tried it. */
    private static final Outcome TO_REMOTE = Outcome.deferred("451 4.4.0 remote delivery pending");

    /** Not one of our domains: the job controller hands it to remote delivery. */
    static Plan remote(Claimed r) {
        return done(r, TO_REMOTE);
    }

    /** True for a recipient in another domain, to deliver over SMTP. */
    public boolean remote() {
        return outcome == TO_REMOTE;
    }

    static Plan done(Claimed r, Outcome outcome) {
        return new Plan(r, outcome, List.of(), null);
    }

    static Plan store(Claimed r, List<Copy> copies, Outcome onStored) {
        return new Plan(r, null, copies, onStored);
    }

    /** True when copies must be stored before the outcome is known. */
    public boolean needsStore() {
        return outcome == null;
    }
}
