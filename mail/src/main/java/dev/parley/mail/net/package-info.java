/**
 * Netty pieces shared by the line protocols (IMAP, POP3, SMTP/LMTP, ManageSieve): bounded line
 * framing ({@link dev.parley.mail.net.BoundedLineDecoder}), TLS contexts and the STARTTLS switch
 * ({@link dev.parley.mail.net.TlsContexts}, {@link dev.parley.mail.net.StartTls}), a listening
 * socket ({@link dev.parley.mail.net.ProtocolServer}) with connection limits
 * ({@link dev.parley.mail.net.ConnectionLimiter}) and idle time-outs
 * ({@link dev.parley.mail.net.IdleLimit}), session ids in the SLF4J MDC
 * ({@link dev.parley.mail.net.SessionIds}), per-session serial execution
 * ({@link dev.parley.mail.net.SerialExecutor}) and server-side SASL ({@code sasl}).
 */
package dev.parley.mail.net;
