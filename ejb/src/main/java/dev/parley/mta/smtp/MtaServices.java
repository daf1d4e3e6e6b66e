package dev.parley.mta.smtp;

import dev.parley.auth.AuthenticationService;
import dev.parley.mta.MtaSettings;
import dev.parley.mta.Networks;
import dev.parley.mta.delivery.DeliveryController;
import dev.parley.mta.queue.GroupCommit;
import dev.parley.mta.queue.NewMessage;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobStore;
import java.util.List;
import java.util.concurrent.Executor;

/** What the SMTP back end works with, handed over once by {@link SmtpListeners}. */
record MtaServices(MtaSettings settings, Networks internal, Directory directory, AuthenticationService auth,
                   BlobStore blobs, GroupCommit<NewMessage, List<Long>> ingest, DeliveryController controller,
                   Executor workers) {
}
