package dev.parley.mail.smtp.backend;

/** The BODY parameter of MAIL: RFC 6152 (8BITMIME) and RFC 3030 §3 (BINARYMIME, only with BDAT). */
public enum BodyType {
    SEVEN_BIT,
    EIGHT_BIT_MIME,
    BINARY_MIME
}
