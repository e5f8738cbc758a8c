// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

/**
 * Base class of what {@link TokenVerifier#verify} throws: {@link TokenInactiveException} (and
 * its {@link TokenExpiredException}) when the token must be refused with a 401, and
 * {@link VerificationUnavailableException} when the service could not be asked (a 503). The
 * message never holds the token.
 */
public class TokenVerificationException extends CloudBaseAuthException {
    private static final long serialVersionUID = 1L;

    TokenVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
