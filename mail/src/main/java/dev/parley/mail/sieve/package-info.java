/**
 * Sieve mail filtering (RFC 5228) for local delivery and ManageSieve (RFC 5804).
 *
 * <ul>
 *   <li>{@link dev.parley.mail.sieve.Sieve#compile(String)} lexes ({@code Lexer}), parses
 *       ({@code Parser}) into {@link dev.parley.mail.sieve.Command}/{@link dev.parley.mail.sieve.Test}/
 *       {@link dev.parley.mail.sieve.Argument} records and validates ({@code Validator} against the
 *       table in {@code Signatures}) into a {@link dev.parley.mail.sieve.Script}, or throws a
 *       {@link dev.parley.mail.sieve.SieveException} with line, column and reason, which is what
 *       PUTSCRIPT/CHECKSCRIPT return.</li>
 *   <li>{@link dev.parley.mail.sieve.Sieve#run} evaluates a script against a
 *       {@link dev.parley.mail.sieve.MessageContext} (usually a
 *       {@link dev.parley.mail.sieve.MimeMessageContext} over the stored bytes and their
 *       {@link dev.parley.mail.mime.ParsedMessage}) and returns {@link dev.parley.mail.sieve.Action}
 *       records in a {@link dev.parley.mail.sieve.SieveResult}. A runtime error gives a single keep.</li>
 *   <li>Vacation replies (RFC 5230) are decided here, remembered through
 *       {@link dev.parley.mail.sieve.VacationTracker} (implemented by the store) and built and sent
 *       by the MTA.</li>
 * </ul>
 *
 * <p>Extensions: fileinto, reject and ereject (RFC 5429), envelope, body (RFC 5173), imap4flags
 * (RFC 5232), variables (RFC 5229), relational (RFC 5231), subaddress (RFC 5233), copy (RFC 3894),
 * vacation (RFC 5230) and vacation-seconds (RFC 6131), comparators i;octet, i;ascii-casemap and
 * i;ascii-numeric (RFC 4790), encoded-character (RFC 5228 §2.4.2.4). Everything is bounded by {@link dev.parley.mail.sieve.SieveLimits}.
 */
package dev.parley.mail.sieve;
