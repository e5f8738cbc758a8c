// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

/**
 * The token's expiry (its {@code exp}) has passed: an inactive token, so a subclass of
 * {@link TokenInactiveException}. Not to be confused with the service's error code
 * {@code expired_token} of the device-code grant.
 */
public class TokenExpiredException extends TokenInactiveException {
    private static final long serialVersionUID = 1L;

    TokenExpiredException(String message) {
        super(message);
    }
}
