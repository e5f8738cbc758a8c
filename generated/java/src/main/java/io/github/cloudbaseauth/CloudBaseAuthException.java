// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

/**
 * Base class of every exception the client throws. Unchecked: a call either returns its typed
 * answer or throws one of these.
 *
 * <pre>
 * CloudBaseAuthException
 * ├── ApiException                 the service answered with an error (any status, even a 2xx body with "error")
 * │   ├── ApiException.BadRequest       400
 * │   ├── ApiException.Unauthorized     401
 * │   ├── ApiException.Forbidden        403
 * │   ├── ApiException.NotFound         404
 * │   ├── ApiException.Conflict         409
 * │   ├── ApiException.TooManyRequests  429
 * │   ├── ApiException.ServerError      500 and above
 * │   ├── GatewayException              the access gateway's {code, message, requestId} shape
 * │   └── one class per code of the error catalogue (errors package), under its status class
 * ├── ConnectionException          no HTTP answer (refused, reset, DNS, TLS)
 * │   └── CallTimeoutException     the call's deadline passed
 * ├── InvalidResponseException     an answer that is not the JSON the spec promises (blank, HTML,
 * │                                truncated, too big, too deep, a field of the wrong type)
 * ├── NotSignedInException         a call that needs the session, without a usable one
 * ├── StorageException             the token store cannot be read, written or locked
 * └── TicketException              a custom-login ticket cannot be made
 * </pre>
 *
 * <p>No message ever holds a secret (password, token, code, client secret, key): descriptions
 * are redacted before they are stored.
 */
public class CloudBaseAuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CloudBaseAuthException(String message) {
        super(message);
    }

    public CloudBaseAuthException(String message, Throwable cause) {
        super(message, cause);
    }
}
