package io.github.cloudbaseauth;

import java.util.Optional;

/**
 * The HTTP access gateway in front of the Auth service refused the call, in its own shape
 * {@code {code, message, requestId}} (for example {@code INVALID_ENV}). {@link #error()} is the
 * gateway's code, {@link #errorDescription()} its message (redacted); {@link #status()} says
 * which status it came with.
 */
public class GatewayException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final String gatewayRequestId;

    public GatewayException(int status, String code, String message, String requestId, String operation, String gatewayRequestId) {
        super(status, code, null, message, requestId, operation);
        this.gatewayRequestId = gatewayRequestId;
    }

    /** The gateway's own {@code requestId}, when it gave one. */
    public Optional<String> gatewayRequestId() {
        return Optional.ofNullable(gatewayRequestId);
    }
}
