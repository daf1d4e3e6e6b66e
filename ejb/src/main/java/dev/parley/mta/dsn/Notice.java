package dev.parley.mta.dsn;

import dev.parley.mail.dsn.DsnAction;
import dev.parley.mta.queue.Claimed;

/**
 * One recipient the sender is to be told about.
 *
 * @param warnings DELAYED: the number of delay warnings sent once this one is
 */
public record Notice(Claimed recipient, DsnAction action, String reply, String orcpt, String envId, String ret, int warnings) {
}
