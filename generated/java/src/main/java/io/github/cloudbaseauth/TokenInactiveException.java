// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

/**
 * The token is not valid: revoked, signed out, unknown to the service, or malformed (then the
 * service was not even asked). A backend answers 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}.
 */
public class TokenInactiveException extends TokenVerificationException {
    private static final long serialVersionUID = 1L;

    TokenInactiveException(String message) {
        super(message, null);
    }
}
