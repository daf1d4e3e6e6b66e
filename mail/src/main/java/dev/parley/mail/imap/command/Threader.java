package dev.parley.mail.imap.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 5256 §4 THREAD algorithms ORDEREDSUBJECT and REFERENCES over the cached thread keys. */
final class Threader {

    /** One message: its number in the response, thread keys, and sent date (RFC 5256 §3 DATE). */
    record Input(long number, String messageId, List<String> references, String baseSubject, boolean reply,
                 Instant sent) {
    }

    /** A node of the thread tree; {@code message} is null for a dummy. */
    private static final class Node {
        Input message;
        Node parent;
        final List<Node> children = new ArrayList<>();

        Instant date() {
            if (message != null) {
                return message.sent();
            }
            return children.isEmpty() ? Instant.EPOCH : children.get(0).date();
        }

        long number() {
            return message != null ? message.number() : children.isEmpty() ? 0 : children.get(0).number();
        }

        boolean isAncestorOf(Node other) {
            for (Node p = other; p != null; p = p.parent) {
                if (p == this) {
                    return true;
                }
            }
            return false;
        }

        void adopt(Node child) {
            if (child.parent != null) {
                child.parent.children.remove(child);
            }
            child.parent = this;
            children.add(child);
        }
    }

    private static final Comparator<Node> BY_DATE = Comparator.comparing(Node::date).thenComparingLong(Node::number);

    private Threader() {
    }

    /** RFC 5256 §4 ORDEREDSUBJECT: group by base subject; each group is one level under its first message. */
    static String orderedSubject(List<Input> messages) {
        Map<String, List<Input>> groups = new LinkedHashMap<>();
        List<Input> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing((Input i) -> i.baseSubject().toUpperCase(java.util.Locale.ROOT))
                .thenComparing(Input::sent).thenComparingLong(Input::number));
        for (Input m : sorted) {
            groups.computeIfAbsent(m.baseSubject().toUpperCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(m);
        }
        List<Node> roots = new ArrayList<>();
        for (List<Input> group : groups.values()) {
            Node root = node(group.get(0));
            for (Input child : group.subList(1, group.size())) {
                root.adopt(node(child));
            }
            roots.add(root);
        }
        roots.sort(BY_DATE);
        return render(roots);
    }

    /** RFC 5256 §4 REFERENCES. */
    static String references(List<Input> messages) {
        Map<String, Node> byId = new HashMap<>();
        int unique = 0;
        for (Input m : messages) {
            // Step 1.A: the message's container (a duplicate or missing id gets a unique one)
            String id = m.messageId();
            Node node = id == null ? null : byId.get(id);
            if (node == null || node.message != null) {
                node = new Node();
                byId.put(id == null || byId.containsKey(id) ? "\0unique" + unique++ : id, node);
            }
            node.message = m;
            // Step 1.B: link the references in order, parent to child, never creating a loop
            Node previous = null;
            for (String ref : m.references()) {
                Node r = byId.computeIfAbsent(ref, k -> new Node());
                if (previous != null && r.parent == null && !r.isAncestorOf(previous) && r != previous) {
                    previous.adopt(r);
                }
                previous = r;
            }
            // Step 1.C: the last reference is the parent
            if (previous != null && previous != node && !node.isAncestorOf(previous)) {
                previous.adopt(node);
            } else if (node.parent != null && previous == null) {
                node.parent.children.remove(node);
                node.parent = null;
            }
        }
        List<Node> roots = new ArrayList<>();
        for (Node n : byId.values()) {
            if (n.parent == null) {
                roots.add(n);
            }
        }
        roots = prune(roots, true);
        sortTree(roots);
        roots = groupBySubject(roots);
        sortTree(roots);
        return render(roots);
    }

    /** Step 3: drop empty dummies, promote children of dummies (at the root only if one child). */
    private static List<Node> prune(List<Node> nodes, boolean root) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            List<Node> kids = prune(new ArrayList<>(n.children), false);
            n.children.clear();
            for (Node k : kids) {
                k.parent = n;
                n.children.add(k);
            }
            if (n.message == null && n.children.isEmpty()) {
                continue;
            }
            if (n.message == null && (!root || n.children.size() == 1)) {
                for (Node k : n.children) {
                    k.parent = root ? null : n.parent;
                    out.add(k);
                }
                continue;
            }
            out.add(n);
        }
        return out;
    }

    /** Step 5: merge root threads whose base subjects are equal. */
    private static List<Node> groupBySubject(List<Node> roots) {
        Map<String, Node> table = new HashMap<>();
        for (Node r : roots) {
            String subject = subject(r);
            if (subject.isEmpty()) {
                continue;
            }
            Node old = table.get(subject);
            if (old == null || (old.message != null && r.message == null)
                    || (old.message != null && r.message != null && old.message.reply() && !r.message.reply())) {
                table.put(subject, r);
            }
        }
        List<Node> out = new ArrayList<>();
        for (Node r : roots) {
            String subject = subject(r);
            Node keeper = subject.isEmpty() ? null : table.get(subject);
            if (keeper == null || keeper == r) {
                out.add(r);
                continue;
            }
            if (keeper.message == null && r.message == null) {
                for (Node k : new ArrayList<>(r.children)) {
                    keeper.adopt(k);
                }
            } else if (keeper.message == null || (r.message.reply() && !keeper.message.reply())) {
                keeper.adopt(r);
            } else {
                Node dummy = new Node();
                int at = out.indexOf(keeper);
                dummy.adopt(keeper);
                dummy.adopt(r);
                table.put(subject, dummy);
                if (at >= 0) {
                    out.set(at, dummy);
                }
            }
        }
        return out;
    }

    private static String subject(Node n) {
        Node m = n.message != null ? n : n.children.isEmpty() ? null : n.children.get(0);
        return m == null || m.message == null ? "" : m.message.baseSubject().toUpperCase(java.util.Locale.ROOT);
    }

    private static void sortTree(List<Node> nodes) {
        for (Node n : nodes) {
            sortTree(n.children);
        }
        nodes.sort(BY_DATE);
    }

    private static Node node(Input message) {
        Node n = new Node();
        n.message = message;
        return n;
    }

    /** RFC 5256 §5 thread-list syntax: {@code (1 2 (3)(4 5))}. */
    private static String render(List<Node> roots) {
        StringBuilder sb = new StringBuilder();
        for (Node root : roots) {
            sb.append('(');
            members(sb, root);
            sb.append(')');
        }
        return sb.toString();
    }

    private static void members(StringBuilder sb, Node n) {
        if (n.message != null) {
            sb.append(n.message.number());
        }
        if (n.children.size() == 1) {
            if (n.message != null) {
                sb.append(' ');
            }
            members(sb, n.children.get(0));
        } else if (n.children.size() > 1) {
            if (n.message != null) {
                sb.append(' ');
            }
            for (Node child : n.children) {
                sb.append('(');
                members(sb, child);
                sb.append(')');
            }
        }
    }
}
