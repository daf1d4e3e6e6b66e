package dev.parley.addressbook.vcard;

/** An inline PHOTO of a card (decoded octets), so the store can keep it as a blob and serve it by URL. */
public record CardPhoto(String mediaType, byte[] data) {

    public CardPhoto {
        mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        if (data == null || data.length == 0) {
            throw new IllegalArgumentException("empty photo");
        }
    }
}
