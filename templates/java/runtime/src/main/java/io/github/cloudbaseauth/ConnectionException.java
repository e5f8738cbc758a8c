package io.github.cloudbaseauth;

import java.util.Optional;

/**
 * The call got no HTTP answer: connection refused, reset, host not resolved, TLS, or the
 * exchange broke off. The message names the host, the cause and the call, never the query
 * (it may hold a secret): {@code "cannot connect to 127.0.0.1:8080 (connection refused) for
 * GET /auth/v1/user/me"}. The transport's own exception is not kept as the cause: its text
 * can hold the URL.
 */
public class ConnectionException extends CloudBaseAuthException {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final String reason;
    private final String requestId;
    private final boolean connected;

    ConnectionException(String host, String reason, String method, String path, String requestId, boolean connected, boolean timeout) {
        super(describe(host, reason, method, path, requestId, connected, timeout));
        this.host = host;
        this.reason = reason;
        this.requestId = requestId;
        this.connected = connected;
    }

    private static String describe(String host, String reason, String method, String path, String requestId, boolean connected, boolean timeout) {
        String what;
        if (timeout) {
            what = "no answer from " + host + " in time (" + reason + ")";
        } else if (!connected) {
            what = "cannot connect to " + host + " (" + reason + ")";
        } else {
            what = "the exchange with " + host + " failed (" + reason + ")";
        }
        String text = what + " for " + method + " " + path;
        return requestId == null ? text : text + " [request_id=" + requestId + "]";
    }

    /** host:port of the service. */
    public String host() {
        return host;
    }

    /** A few words: "connection refused", "host name not resolved", "the call's deadline passed" ... */
    public String reason() {
        return reason;
    }

    /** The {@code x-request-id} the client sent. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** False when the request never left this machine (a retry could not have run it twice). */
    public boolean connected() {
        return connected;
    }
}
