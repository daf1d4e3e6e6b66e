/**
 * ManageSieve (RFC 5804) on Netty: {@link dev.parley.mail.managesieve.ManageSieveChannelInitializer}
 * builds the pipeline; {@code codec} frames commands (strings, {@code {n+}}/{@code {n}} literals,
 * bounded) and holds the reply catalogue; {@code command} has one class per command; the suite plugs
 * in storage and logins through {@link dev.parley.mail.managesieve.backend.SieveBackend}. Scripts are
 * validated with {@link dev.parley.mail.sieve.Sieve#compile} before they are stored.
 */
package dev.parley.mail.managesieve;
