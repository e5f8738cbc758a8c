// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * failed_precondition (HTTP 400, error_code 9): The call is not allowed in the account's current
 * state.
 */
public class FailedPreconditionException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public FailedPreconditionException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
