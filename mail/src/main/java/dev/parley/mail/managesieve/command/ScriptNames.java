package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;

/**
 * RFC 5804 §1.6: script names are non-empty UTF-8 strings without control characters (0x00–0x1F,
 * 0x7F, 0x80–0x9F), LINE SEPARATOR or PARAGRAPH SEPARATOR; the length limit is the server's.
 */
final class ScriptNames {

    private ScriptNames() {
    }

    static String check(String name, int maxLength) throws CommandException {
        if (name.isEmpty() || name.codePointCount(0, name.length()) > maxLength) {
            throw CommandException.refused(Replies.BAD_NAME.withText(name.isEmpty()
                    ? "Script name must not be empty" : "Script name too long (limit " + maxLength + " characters)"));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                throw CommandException.refused(Replies.BAD_NAME.withText("Script name contains a control character"));
            }
        }
        return name;
    }
}
