package dev.parley.contacts.api;

/** What the caller may do with a book: their own, shared with them, or the read-only corporate directory. */
public enum BookAccess {
    OWNER, READ_WRITE, READ, DIRECTORY;

    public boolean writable() {
        return this == OWNER || this == READ_WRITE;
    }
}
