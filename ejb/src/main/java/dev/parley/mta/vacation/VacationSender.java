package dev.parley.mta.vacation;

import dev.parley.mail.sieve.Action;
import dev.parley.mail.sieve.VacationReply;
import dev.parley.mta.queue.MtaQueue;
import dev.parley.mta.queue.NewMessage;
import dev.parley.mta.queue.QueueId;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobRef;
import dev.parley.store.blob.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a Sieve vacation reply (RFC 5230 §5) through the queue, like the DSNs: from the null reverse
 * path (§5.1) to the original envelope sender (§5.2), so a local sender gets it by local delivery and a
 * remote one by remote delivery, retried like any other mail. {@code :from} (§4.3) is used only when the
 * user may send as that address ({@link Directory#maySendAs}, the submission rule); otherwise the reply
 * is from the user's own address, so a script cannot forge another sender.
 */
public final class VacationSender {

    private static final Logger LOG = LoggerFactory.getLogger(VacationSender.class);

    private final Directory directory;
    private final MtaQueue queue;
    private final BlobStore blobs;
    private final String hostname;
    private final Clock clock;

    public VacationSender(Directory directory, MtaQueue queue, BlobStore blobs, String hostname, Clock clock) {
        this.directory = directory;
        this.queue = queue;
        this.blobs = blobs;
        this.hostname = hostname;
        this.clock = clock;
    }

    /**
     * Queues the reply of {@code user} (canonical address) for message {@code queueId}; returns the new
     * queue id. Never throws: a reply that cannot be queued is logged (the delivery goes on; RFC 5230 does
     * not make the reply a condition of delivery).
     */
    public String send(String queueId, String user, Action.Vacation v) {
        try {
            String from = user;
            if (v.from() != null) {
                String address = bare(v.from());
                if (directory.maySendAs(user, address)) {
                    from = v.from();
                } else {
                    LOG.info("{}: vacation :from \"{}\" is not an address of <{}>; replying from <{}>", queueId,
                            v.from(), user, user);
                }
            }
            byte[] octets = new VacationReply(v, from, hostname).render(clock.instant());
            BlobRef blob = blobs.put(new ByteArrayInputStream(octets));
            String id = QueueId.next(clock);
            queue.enqueue(new NewMessage(id, "", null, null, "8bitmime", false, blob, "internal", null, null, null,
                    List.of(new NewMessage.NewRecipient(v.recipient(), null, Set.of()))));
            LOG.info("{} vacation from=<{}> to=<{}> handle={} queued as {}", queueId, user, v.recipient(), v.handle(), id);
            return id;
        } catch (IOException | RuntimeException e) {
            LOG.error("{}: vacation reply of <{}> to <{}> not queued: {}", queueId, user, v.recipient(), e.toString());
            return null;
        }
    }

    /** The address of a {@code :from} that may be written {@code "Name <addr>"}. */
    static String bare(String from) {
        int lt = from.lastIndexOf('<');
        int gt = from.lastIndexOf('>');
        return (lt >= 0 && gt > lt ? from.substring(lt + 1, gt) : from).strip();
    }
}
