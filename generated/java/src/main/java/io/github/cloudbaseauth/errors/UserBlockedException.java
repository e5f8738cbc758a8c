// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * user_blocked (HTTP 403, error_code 4003): The account is blocked.
 */
public class UserBlockedException extends ApiException.Forbidden {
    private static final long serialVersionUID = 1L;

    public UserBlockedException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
