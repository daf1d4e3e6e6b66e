package dev.parley.mail.imap.command;

import java.util.List;

/** The message commands of RFC 9051 §6.4 (selected state) and IDLE. */
final class MessageCommands {

    private MessageCommands() {
    }

    static List<ImapCommand<?>> all() {
        return List.of(new ExpungeCommand(false), new ExpungeCommand(true), new SearchCommand(false),
                new SearchCommand(true), new FetchCommand(false), new FetchCommand(true), new StoreCommand(false),
                new StoreCommand(true), new CopyCommand(false, false), new CopyCommand(true, false),
                new CopyCommand(false, true), new CopyCommand(true, true), new IdleCommand(), new SortCommand(false),
                new SortCommand(true), new ThreadCommand(false), new ThreadCommand(true));
    }
}
