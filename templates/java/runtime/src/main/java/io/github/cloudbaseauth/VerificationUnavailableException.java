package io.github.cloudbaseauth;

/**
 * The service could not be asked about the token: unreachable, timed out, an error answer, or
 * an answer that is not the documented one. The token is refused (fail closed, never let in): a
 * backend answers 503. {@link #getCause()} is the client's exception when there is one.
 */
public class VerificationUnavailableException extends TokenVerificationException {
    private static final long serialVersionUID = 1L;

    VerificationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
