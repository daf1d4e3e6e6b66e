package dev.parley.mail.smtp.backend;

import io.netty.buffer.ByteBuf;

import java.util.concurrent.CompletionStage;

/**
 * Where one message's bytes go while the client sends them (a spool file, never memory). Called from
 * the engine's worker executor, one call at a time, in order.
 */
public interface MessageSink {

    /** The queue id, known before the data so that the {@code Received:} header can carry it. */
    String queueId();

    /**
     * Appends message bytes (CRLF line endings, dot-unstuffed; {@code Received:} first). The engine
     * releases {@code data} after the call returns; copy what you keep.
     */
    void write(ByteBuf data) throws Exception;

    /**
     * The message is complete: make it durable (fsync, queue row committed) and complete the stage
     * only then (DESIGN: durability). The engine answers {@code 250} only after it completes; an
     * exceptional completion becomes {@code 451 4.3.0}.
     */
    CompletionStage<DeliveryResult> commit();

    /** Throws the partial message away (size exceeded, RSET, connection lost, bad data). */
    void abort();
}
