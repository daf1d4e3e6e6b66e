package dev.parley.mail.imap.command;

import java.util.List;

/** The mailbox commands of RFC 9051 §6.3 (authenticated state). */
final class MailboxCommands {

    private MailboxCommands() {
    }

    static List<ImapCommand<?>> all() {
        return List.of(new SelectCommand(false), new SelectCommand(true), new CreateCommand(), new DeleteCommand(),
                new RenameCommand(), new SubscribeCommand(true), new SubscribeCommand(false), new ListCommand(false),
                new ListCommand(true), new StatusCommand(), new AppendCommand(),
                new QuotaCommand(QuotaCommand.Kind.GETQUOTAROOT), new QuotaCommand(QuotaCommand.Kind.GETQUOTA),
                new QuotaCommand(QuotaCommand.Kind.SETQUOTA), new SetAclCommand(), new DeleteAclCommand(),
                new GetAclCommand(), new ListRightsCommand(), new MyRightsCommand());
    }
}
