package dev.parley.mail.imap.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Command name to command, built once per listener; immutable and shared by all sessions. */
public final class CommandRegistry {

    private final Map<String, ImapCommand<?>> commands;

    private CommandRegistry(Map<String, ImapCommand<?>> commands) {
        this.commands = Map.copyOf(commands);
    }

    /** Every command Parley implements. */
    public static CommandRegistry standard() {
        Map<String, ImapCommand<?>> map = new LinkedHashMap<>();
        for (ImapCommand<?> c : new ImapCommand<?>[] {
            new CapabilityCommand(), new NoopCommand("NOOP"), new NoopCommand("CHECK"), new LogoutCommand(),
            new IdCommand(), new StartTlsCommand(), new LoginCommand(), new AuthenticateCommand(),
            new EnableCommand(), new NamespaceCommand(), new CloseCommand("CLOSE"), new CloseCommand("UNSELECT"),
            new CompressCommand(),
        }) {
            map.put(c.name(), c);
        }
        for (ImapCommand<?> c : MailboxCommands.all()) {
            map.put(c.name(), c);
        }
        for (ImapCommand<?> c : MessageCommands.all()) {
            map.put(c.name(), c);
        }
        return new CommandRegistry(map);
    }

    /** By upper-case name ({@code FETCH}, {@code UID FETCH}); null when unknown. */
    public ImapCommand<?> find(String name) {
        return commands.get(name);
    }

    public Set<String> names() {
        return commands.keySet();
    }
}
