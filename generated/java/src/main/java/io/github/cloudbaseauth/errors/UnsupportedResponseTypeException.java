// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * unsupported_response_type (HTTP 400, error_code 3): The authorization request's
 * <code>response_type</code> is not supported (the SDK's error list names it).
 */
public class UnsupportedResponseTypeException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public UnsupportedResponseTypeException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
