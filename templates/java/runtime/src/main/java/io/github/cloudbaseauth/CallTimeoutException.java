package io.github.cloudbaseauth;

/**
 * The call's deadline passed (the client's or the call's timeout: one deadline for connecting,
 * every byte of the answer, retries and their waits).
 */
public class CallTimeoutException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    CallTimeoutException(String host, String reason, String method, String path, String requestId, boolean connected) {
        super(host, reason, method, path, requestId, connected, true);
    }
}
