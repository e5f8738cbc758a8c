// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_scope (HTTP 400, error_code 3): The requested scope is invalid.
 */
public class InvalidScopeException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidScopeException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
