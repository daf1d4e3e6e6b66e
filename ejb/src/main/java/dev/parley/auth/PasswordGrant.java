package dev.parley.auth;

/** Asks the identity provider whether a username and password are right (OAuth 2.0 password grant). */
public interface PasswordGrant {

    /** What the identity provider said: an access token, or why not. */
    record Outcome(AuthResult.Failure failure, String accessToken) {

        public static Outcome granted(String accessToken) {
            return new Outcome(null, accessToken);
        }

        public static Outcome refused(AuthResult.Failure failure) {
            return new Outcome(failure, null);
        }

        @Override
        public String toString() {
            return failure == null ? "Outcome[granted]" : "Outcome[" + failure + "]";
        }
    }

    Outcome attempt(String username, String password);
}
