package dev.parley.mail.sieve;

import java.util.List;

/** Rules between actions: duplicates (RFC 5228 §2.10.3) and incompatible pairs. */
final class Actions {

    private Actions() {
    }

    static boolean isDuplicate(List<Action> actions, Action action) {
        for (Action a : actions) {
            boolean same = (action instanceof Action.Keep && a instanceof Action.Keep)
                    || (action instanceof Action.FileInto f && a instanceof Action.FileInto o
                        && o.mailbox().equals(f.mailbox()))
                    || (action instanceof Action.Redirect r && a instanceof Action.Redirect o
                        && o.address().equalsIgnoreCase(r.address()));
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * RFC 5429 §2.2/§2.3: reject and ereject cannot be combined with keep, fileinto, vacation
     * (RFC 5230 §4.7) or another reject; RFC 5230 §4: at most one vacation per run.
     */
    static void checkConflicts(List<Action> actions) {
        long rejects = actions.stream().filter(a -> a instanceof Action.Reject).count();
        long vacations = actions.stream().filter(a -> a instanceof Action.Vacation).count();
        if (rejects > 1) {
            throw new SieveRuntimeException("reject/ereject may be executed only once");
        }
        if (vacations > 1) {
            throw new SieveRuntimeException("vacation may be executed only once");
        }
        if (rejects == 1) {
            for (Action a : actions) {
                String other = a instanceof Action.Keep ? "keep" : a instanceof Action.FileInto ? "fileinto"
                        : a instanceof Action.Vacation ? "vacation" : null;
                if (other != null) {
                    throw new SieveRuntimeException("reject cannot be combined with " + other);
                }
            }
        }
    }
}
