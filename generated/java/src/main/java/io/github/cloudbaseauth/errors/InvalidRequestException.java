// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_request (HTTP 400, error_code 3): The OAuth request is malformed.
 */
public class InvalidRequestException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
