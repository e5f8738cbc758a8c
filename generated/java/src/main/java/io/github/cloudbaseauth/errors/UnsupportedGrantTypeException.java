// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * unsupported_grant_type (HTTP 400, error_code 3): The grant_type is not supported.
 */
public class UnsupportedGrantTypeException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public UnsupportedGrantTypeException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
