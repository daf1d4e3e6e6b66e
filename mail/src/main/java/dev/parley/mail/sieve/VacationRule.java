package dev.parley.mail.sieve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RFC 5230 §4: whether the vacation command answers this message, and with what. Suppresses
 * replies to automatic and list mail (§4.5), to mail not addressed to the user (§4.5), and to
 * senders answered within the period (§4.1, via {@link VacationTracker}).
 */
final class VacationRule {

    private static final List<String> LIST_HEADERS = List.of("List-Id", "List-Help", "List-Subscribe",
            "List-Unsubscribe", "List-Post", "List-Owner", "List-Archive");
    private static final List<String> RECIPIENT_HEADERS = List.of("To", "Cc", "Bcc", "Resent-To", "Resent-Cc",
            "Resent-Bcc");
    private static final long MAX_DAYS = 365;

    private final VacationTracker tracker;
    private final List<String> userAddresses;

    VacationRule(VacationTracker tracker, List<String> userAddresses) {
        this.tracker = tracker;
        this.userAddresses = List.copyOf(userAddresses);
    }

    Optional<Action.Vacation> decide(Args args, Variables vars, MessageContext m) {
        String sender = m.envelopeFrom();
        List<String> mine = new ArrayList<>(userAddresses);
        if (!m.envelopeTo().isEmpty()) {
            mine.add(m.envelopeTo());
        }
        if (args.has("addresses")) {
            mine.addAll(vars.expand(args.list("addresses")));
        }
        if (isAutomatic(sender, m) || mine.stream().anyMatch(a -> Addresses.sameMailbox(a, sender))
                || !addressedToUser(mine, m)) {
            return Optional.empty();
        }
        // RFC 5230 §4.1 :days (default 7, bounded by the site), RFC 6131 :seconds (0 = always)
        Duration period = args.has("seconds") ? Duration.ofSeconds(Math.max(0, args.number("seconds", 0)))
                : Duration.ofDays(Math.min(MAX_DAYS, Math.max(1, args.number("days", 7))));
        String reason = vars.expand(args.string(0));
        String subject = args.has("subject") ? vars.expand(args.string("subject")) : null;
        String from = args.has("from") ? vars.expand(args.string("from")) : null;
        String handle = args.has("handle") ? vars.expand(args.string("handle"))
                : derivedHandle(subject, from, args.has("mime"), reason);
        if (tracker.respondedWithin(sender, handle, period)) {
            return Optional.empty();
        }
        if (subject == null) {
            // RFC 5230 §4.4: "Auto:" and the original subject
            List<String> original = m.headers("Subject");
            subject = "Auto: " + (original.isEmpty() ? "" : original.get(0));
        }
        List<String> ids = m.headers("Message-ID");
        String messageId = ids.isEmpty() ? null : ids.get(0).trim();
        List<String> refs = m.headers("References");
        String references = messageId == null ? null
                : refs.isEmpty() ? messageId : refs.get(0).trim() + " " + messageId;
        return Optional.of(new Action.Vacation(sender, from, subject, reason, args.has("mime"), handle,
                period, messageId, references));
    }

    /** RFC 5230 §4.5 and RFC 3834 §2: never answer machines, lists or bounces. */
    private static boolean isAutomatic(String sender, MessageContext m) {
        if (sender.isEmpty()) {
            return true;
        }
        String local = Addresses.part(sender, "localpart").toLowerCase(Locale.ROOT);
        if (local.equals("mailer-daemon") || local.equals("listserv") || local.equals("majordomo")
                || local.startsWith("owner-") || local.endsWith("-request")) {
            return true;
        }
        for (String v : m.headers("Auto-Submitted")) {
            if (!v.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
                return true;
            }
        }
        for (String v : m.headers("Precedence")) {
            String p = v.trim().toLowerCase(Locale.ROOT);
            if (p.equals("bulk") || p.equals("list") || p.equals("junk")) {
                return true;
            }
        }
        return LIST_HEADERS.stream().anyMatch(h -> !m.headers(h).isEmpty());
    }

    /** RFC 5230 §4.5: one of the user's addresses must be in a recipient header. */
    private static boolean addressedToUser(List<String> mine, MessageContext m) {
        for (String h : RECIPIENT_HEADERS) {
            for (String value : m.headers(h)) {
                for (String a : Addresses.parse(value)) {
                    if (mine.stream().anyMatch(x -> Addresses.sameMailbox(x, a))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** RFC 5230 §4.2: without :handle, replies differing in any of these are different replies. */
    private static String derivedHandle(String subject, String from, boolean mime, String reason) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String all = subject + "\u0000" + from + "\u0000" + mime + "\u0000" + reason;
            return HexFormat.of().formatHex(md.digest(all.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
