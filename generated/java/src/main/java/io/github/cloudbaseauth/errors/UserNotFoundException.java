// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * user_not_found (HTTP 404, error_code 4004): No such user.
 */
public class UserNotFoundException extends ApiException.NotFound {
    private static final long serialVersionUID = 1L;

    public UserNotFoundException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
