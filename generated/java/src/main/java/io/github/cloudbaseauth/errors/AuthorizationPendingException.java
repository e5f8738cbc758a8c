// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * authorization_pending (HTTP 400, error_code 3): Device flow; the user has not approved the user code
 * yet; poll again after <code>interval</code> seconds (RFC 8628).
 */
public class AuthorizationPendingException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public AuthorizationPendingException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
