package io.github.cloudbaseauth;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The service answered with an error: any non-2xx status, a 2xx body carrying a truthy
 * {@code error} (the service sometimes reports an error inside a 200), or the gateway's shape.
 *
 * <p>The class thrown is the catalogue code's own class when the code is in the spec's error
 * catalogue ({@code InvalidGrantException}), else the class of the HTTP status
 * ({@link BadRequest}, {@link Unauthorized} ...), else {@code ApiException} itself. Every one
 * carries the status, the wire {@code error}, the numeric {@code error_code}, the redacted
 * {@code error_description} and the {@code x-request-id} the client sent.
 */
public class ApiException extends CloudBaseAuthException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final Integer errorCode;
    private final String errorDescription;
    private final String requestId;
    private final String operation;

    /**
     * @param status the HTTP status of the answer
     * @param error the wire error code ("invalid_grant")
     * @param errorCode the numeric error_code, or null when the answer had none
     * @param errorDescription the description, already redacted ("" when none)
     * @param requestId the x-request-id the client sent (null when unknown)
     * @param operation "POST /auth/v1/signin" (null when unknown)
     */
    public ApiException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(message(status, error, errorCode, errorDescription, requestId, operation));
        this.status = status;
        this.error = error;
        this.errorCode = errorCode;
        this.errorDescription = errorDescription == null ? "" : errorDescription;
        this.requestId = requestId;
        this.operation = operation;
    }

    static String message(int status, String error, Integer errorCode, String description, String requestId, String operation) {
        StringBuilder b = new StringBuilder();
        if (operation != null && !operation.isEmpty()) {
            b.append(operation).append(": ");
        }
        b.append(error).append(" (HTTP ").append(status);
        if (errorCode != null) {
            b.append(", error_code ").append(errorCode);
        }
        b.append(')');
        if (description != null && !description.isEmpty()) {
            b.append(": ").append(description);
        }
        if (requestId != null && !requestId.isEmpty()) {
            b.append(" [request_id=").append(requestId).append(']');
        }
        return b.toString();
    }

    /** The HTTP status of the answer (can be 2xx: an error inside a 200). */
    public int status() {
        return status;
    }

    /** The wire error code, e.g. {@code "invalid_grant"} (or the gateway's code). */
    public String error() {
        return error;
    }

    /** The numeric {@code error_code} when the service sent one. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /** The service's description, redacted ("" when none). */
    public String errorDescription() {
        return errorDescription;
    }

    /** The {@code x-request-id} the client sent with the call. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The call, as {@code "GET /auth/v1/user/me"}. */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** Makes the exception of one catalogue code (the generated errors register one per code). */
    @FunctionalInterface
    public interface Factory {
        ApiException create(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation);
    }

    /** HTTP 400. */
    public static class BadRequest extends ApiException {
        private static final long serialVersionUID = 1L;

        public BadRequest(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
            super(status, error, errorCode, errorDescription, requestId, operation);
        }
    }

    /** HTTP 401. */
    public static class Unauthorized extends ApiException {
        private static final long serialVersionUID = 1L;

        public Unauthorized(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
            super(status, error, errorCode, errorDescription, requestId, operation);
        }
    }

    /** HTTP 403. */
    public static class Forbidden extends ApiException {
        private static final long serialVersionUID = 1L;

        public Forbidden(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
            super(status, error, errorCode, errorDescription, requestId, operation);
        }
    }

    /** HTTP 404. */
    public static class NotFound extends ApiException {
        private static final long serialVersionUID = 1L;

        public NotFound(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
            super(status, error, errorCode, errorDescription, requestId, operation);
        }
    }

    /** HTTP 409. */
    public static class Conflict extends ApiException {
        private static final long serialVersionUID = 1L;

        public Conflict(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
            super(status, error, errorCode, errorDescription, requestId, operation);
        }
    }

    /** HTTP 429. */
    public static class TooManyRequests extends ApiException {
        private static final long serialVersionUID = 1L;

        public TooManyRequests(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
            super(status, error, errorCode, errorDescription, requestId, operation);
        }
    }

    /** HTTP 500 and above. */
    public static class ServerError extends ApiException {
        private static final long serialVersionUID = 1L;

        public ServerError(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
            super(status, error, errorCode, errorDescription, requestId, operation);
        }
    }

    /** The class of an HTTP status, for a code the catalogue does not know. */
    static Factory forStatus(int status) {
        if (status >= 500) {
            return ServerError::new;
        }
        switch (status) {
            case 400: return BadRequest::new;
            case 401: return Unauthorized::new;
            case 403: return Forbidden::new;
            case 404: return NotFound::new;
            case 409: return Conflict::new;
            case 429: return TooManyRequests::new;
            default: return ApiException::new;
        }
    }
}
