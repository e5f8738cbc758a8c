package io.github.cloudbaseauth;

import java.util.Optional;

/**
 * An answer that is not the JSON the spec promises: blank, HTML, truncated, bigger than the
 * client's cap, nested deeper than the client's limit, or a field of the wrong type. The
 * message says what was wrong, never the answer's content.
 */
public class InvalidResponseException extends CloudBaseAuthException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String requestId;

    InvalidResponseException(int status, String reason, String operation, String requestId) {
        super(operation + ": the answer (HTTP " + status + ") is not what the spec promises: " + reason
                + (requestId == null ? "" : " [request_id=" + requestId + "]"));
        this.status = status;
        this.requestId = requestId;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The {@code x-request-id} the client sent. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
