package dev.parley.mail.net.sasl;

/**
 * What a SASL exchange yields for the back end to check.
 *
 * @param authorizationId the identity to act as, or null (must equal the user unless the back end
 *                        supports proxy authorization)
 * @param username        the authentication identity; may be null for bearer tokens without one
 * @param secret          password or bearer token: never log it
 * @param bearer          true for an OAuth 2.0 token (RFC 7628), false for a password
 */
public record SaslCredentials(String authorizationId, String username, String secret, boolean bearer) {

    public SaslCredentials {
        if (secret == null) {
            throw new IllegalArgumentException("secret");
        }
    }

    @Override
    public String toString() {
        return "SaslCredentials[authorizationId=" + authorizationId + ", username=" + username
                + ", secret=***, bearer=" + bearer + "]";
    }
}
