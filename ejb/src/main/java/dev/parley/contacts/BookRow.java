package dev.parley.contacts;

/** One row of contacts.address_book. */
record BookRow(long id, long ownerId, String ownerAddress, String name, String displayName, String description,
        boolean isDefault, long modseq, long syncFloor) {
}
