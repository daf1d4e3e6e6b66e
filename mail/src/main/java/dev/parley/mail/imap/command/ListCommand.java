package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxInfo;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.ModifiedUtf7;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * RFC 9051 §6.3.9 LIST with RFC 5258 LIST-EXTENDED selection options (SUBSCRIBED, RECURSIVEMATCH,
 * SPECIAL-USE) and return options (SUBSCRIBED, CHILDREN, SPECIAL-USE, RFC 5819 STATUS), and
 * RFC 3501 §6.3.9 LSUB for IMAP4rev1 clients.
 */
public final class ListCommand implements ImapCommand<ListCommand.Request> {

    private final boolean lsub;

    public record Request(Set<String> selection, String reference, List<String> patterns, Set<String> returns,
                          List<String> statusItems) {
        public Request {
            selection = Set.copyOf(selection);
            patterns = List.copyOf(patterns);
            returns = Set.copyOf(returns);
            statusItems = List.copyOf(statusItems);
        }
    }

    public ListCommand(boolean lsub) {
        this.lsub = lsub;
    }

    @Override
    public String name() {
        return lsub ? "LSUB" : "LIST";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        Set<String> selection = new LinkedHashSet<>();
        Set<String> returns = new LinkedHashSet<>();
        List<String> statusItems = new ArrayList<>();
        args.sp();
        if (!lsub && args.consumeIf('(')) {
            while (!args.consumeIf(')')) {
                args.consumeIf(' ');
                String option = args.keyword();
                if (!Set.of("SUBSCRIBED", "REMOTE", "RECURSIVEMATCH", "SPECIAL-USE").contains(option)) {
                    throw new SyntaxException("unknown LIST selection option " + option);
                }
                selection.add(option);
            }
            args.sp();
        }
        if (selection.contains("RECURSIVEMATCH") && selection.size() == 1) {
            throw new SyntaxException("RECURSIVEMATCH needs another selection option (RFC 5258 section 3)");
        }
        String reference = pattern(args, session);
        args.sp();
        List<String> patterns = new ArrayList<>();
        if (!lsub && args.consumeIf('(')) {
            do {
                patterns.add(pattern(args, session));
            } while (args.consumeIf(' '));
            args.expect(')');
        } else {
            patterns.add(pattern(args, session));
        }
        if (!lsub && args.consumeIf(' ')) {
            if (!args.keyword().equals("RETURN")) {
                throw new SyntaxException("expected RETURN");
            }
            args.sp();
            args.expect('(');
            while (!args.consumeIf(')')) {
                args.consumeIf(' ');
                String option = args.keyword();
                if (option.equals("STATUS")) {
                    statusItems.addAll(StatusCommand.items(args));
                } else if (!Set.of("SUBSCRIBED", "CHILDREN", "SPECIAL-USE").contains(option)) {
                    throw new SyntaxException("unknown LIST return option " + option);
                }
                returns.add(option);
            }
        }
        args.end();
        return new Request(selection, reference, patterns, returns, statusItems);
    }

    /** list-mailbox: astring or list-chars with wildcards; modified UTF-7 for rev1 clients. */
    private static String pattern(ImapReader args, ImapSession session) throws SyntaxException {
        String raw = args.listMailbox();
        return session.utf8() || !raw.chars().allMatch(c -> c < 0x80) ? raw : ModifiedUtf7.decode(raw);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ImapSession session = ctx.session();
        if (request.patterns().size() == 1 && request.patterns().get(0).isEmpty()) {
            // RFC 9051 §6.3.9: an empty pattern asks for the delimiter and root.
            ctx.out().untagged(name() + " (\\Noselect) \"/\" \"\"");
            return Completion.ok(name() + " completed");
        }
        List<MailboxInfo> all = session.user().mailboxes();
        TreeMap<String, MailboxInfo> byName = new TreeMap<>();
        for (MailboxInfo info : all) {
            byName.put(info.path().name(), info);
        }
        Set<String> subscribed = new LinkedHashSet<>();
        for (MailboxPath p : session.user().subscriptions()) {
            subscribed.add(p.name());
        }
        boolean subscribedOnly = lsub || request.selection().contains("SUBSCRIBED");
        boolean specialOnly = request.selection().contains("SPECIAL-USE");
        boolean showSubscribed = subscribedOnly || request.returns().contains("SUBSCRIBED");
        boolean rev1Lsub = lsub;
        Set<String> names = new java.util.TreeSet<>(byName.keySet());
        if (subscribedOnly) {
            names = new java.util.TreeSet<>(subscribed);
        }
        List<MailboxPattern> patterns = request.patterns().stream().map(p -> new MailboxPattern(request.reference(), p)).toList();
        for (String name : names) {
            boolean matches = patterns.stream().anyMatch(p -> p.matches(name));
            if (!matches) {
                continue;
            }
            MailboxInfo info = byName.get(name);
            if (specialOnly && (info == null || info.specialUse() == null)) {
                continue;
            }
            List<String> attributes = new ArrayList<>();
            if (info == null) {
                attributes.add("\\NonExistent");
            } else {
                if (!info.selectable()) {
                    attributes.add("\\Noselect");
                }
                attributes.add(hasChildren(name, byName) ? "\\HasChildren" : "\\HasNoChildren");
                if (info.specialUse() != null) {
                    attributes.add(info.specialUse().attribute());
                }
            }
            if (showSubscribed && !rev1Lsub && subscribed.contains(name)) {
                attributes.add("\\Subscribed");
            }
            ResponseBuilder line = ctx.out().start().untagged().atom(name()).atom("(" + String.join(" ", attributes) + ")")
                    .string("/").astring(session.wireName(MailboxPath.of(name)));
            ctx.out().send(line);
            if (!request.statusItems().isEmpty() && info != null && info.selectable()) {
                StatusCommand.respond(ctx, info.path(), request.statusItems());
            }
        }
        if (request.selection().contains("RECURSIVEMATCH") && subscribedOnly) {
            childInfo(ctx, patterns, byName, subscribed);
        }
        return Completion.ok(name() + " completed");
    }

    /** RFC 5258 §3.5: parents that do not match themselves but have matching subscribed children. */
    private void childInfo(CommandContext ctx, List<MailboxPattern> patterns, Map<String, MailboxInfo> byName,
                           Set<String> subscribed) {
        Set<String> parents = new java.util.TreeSet<>();
        for (String name : subscribed) {
            for (MailboxPath p = MailboxPath.of(name).parent(); p != null; p = p.parent()) {
                String parent = p.name();
                if (!subscribed.contains(parent) && patterns.stream().anyMatch(m -> m.matches(parent))) {
                    parents.add(parent);
                }
            }
        }
        for (String parent : parents) {
            ctx.out().send(ctx.out().start().untagged().atom(name()).atom(byName.containsKey(parent) ? "()" : "(\\NonExistent)")
                    .string("/").astring(ctx.session().wireName(MailboxPath.of(parent)))
                    .atom("(\"CHILDINFO\" (\"SUBSCRIBED\"))"));
        }
    }

    private static boolean hasChildren(String name, TreeMap<String, MailboxInfo> byName) {
        String prefix = name + "/";
        String next = byName.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }
}
