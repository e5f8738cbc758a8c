// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_argument (HTTP 400, error_code 3): A parameter is missing, malformed or out of range.
 */
public class InvalidArgumentException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
