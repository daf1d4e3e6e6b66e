package dev.parley.mta.queue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This node's name in leases: {@code node:boot}, where {@code boot} is new every time the application
 * starts. Rows leased by the same node under another boot belong to a run that is gone.
 */
public final class LeaseOwner {

    public static final String NODE = node();
    public static final String CURRENT = NODE + ":" + UUID.randomUUID();

    private LeaseOwner() {
    }

    private static String node() {
        String configured = System.getProperty("parley.node-name", System.getenv("PARLEY_NODE_NAME"));
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
