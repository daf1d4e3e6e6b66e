package dev.parley.contacts.api;

import java.io.Serializable;

/** A card's photo: media type and octets. */
public record CardPhotoData(String mediaType, byte[] data) implements Serializable {
}
