package dev.parley.mta.smtp;

import dev.parley.auth.AuthenticationService;
import dev.parley.mta.MtaSettings;
import dev.parley.mta.Networks;
import dev.parley.mta.delivery.DeliveryController;
import dev.parley.mta.queue.MtaQueue;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobStore;

/** What the SMTP back end works with, handed over once by {@link SmtpListeners}. */
record MtaServices(MtaSettings settings, Networks internal, Directory directory, AuthenticationService auth,
                   BlobStore blobs, MtaQueue queue, DeliveryController controller) {
}
