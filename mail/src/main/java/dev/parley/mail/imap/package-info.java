/**
 * IMAP4rev2 (RFC 9051) and IMAP4rev1 (RFC 3501) server engine on Netty, free of storage code.
 *
 * <h2>Wiring</h2>
 * <pre>
 * ImapBackend backend = ...;                       // the message store (ejb) or memory.MemoryBackend
 * ImapConfig config = ImapConfig.defaults()
 *         .withTls(TlsContexts.fromKeyStore(path, "PKCS12", password))
 *         .withExecutor(managedExecutor);          // commands block on JDBC: keep them off the event loop
 * new ProtocolServer("imap", new InetSocketAddress(2143), boss, workers,
 *         new ConnectionLimiter(5000, 50, "* BYE Too many connections\r\n"),
 *         new ImapChannelInitializer(backend, config)).start();
 * </pre>
 *
 * <h2>Pipeline</h2>
 * [TLS] → idle time-out → {@link dev.parley.mail.imap.parse.ImapFrameDecoder} (lines and literals,
 * bounded) → {@link dev.parley.mail.imap.ImapServerHandler} (one per connection). STARTTLS puts TLS
 * first; COMPRESS=DEFLATE adds inflate/deflate before the framer.
 *
 * <h2>Threading</h2>
 * Each session runs its commands one at a time on the configured executor
 * ({@link dev.parley.mail.net.SerialExecutor}); a back-end change ping
 * ({@link dev.parley.mail.imap.backend.MailboxListener}) queues a wake-up on the same serial queue,
 * so session state is never touched concurrently. Reading pauses when 32 commands wait. All sessions
 * of a listener share a {@link dev.parley.mail.net.BoundedExecutor} (64 running at once by default):
 * a message that wakes 5,000 idlers does not start 5,000 container threads.
 *
 * <h2>Packages</h2>
 * <ul>
 *   <li>{@code backend}: the interface the store implements ({@code ImapBackend} →
 *       {@code MailboxUser} → {@code SelectedMailbox}) and its value records.</li>
 *   <li>{@code parse}: framing, tokenizer, sequence sets, dates, modified UTF-7.</li>
 *   <li>{@code command}: one class per command: parse into a request record, execute.</li>
 *   <li>{@code response}: response writer, response codes, ENVELOPE/BODYSTRUCTURE.</li>
 *   <li>{@code session}: connection state, the selected mailbox view (sequence numbers ↔ UIDs,
 *       pending EXPUNGE/EXISTS/FETCH) and when changes may be reported.</li>
 *   <li>{@code memory}: in-memory reference back end for tests and contract tests.</li>
 * </ul>
 */
package dev.parley.mail.imap;
