// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * internal (HTTP 500, error_code 13): An unexpected error inside the service.
 */
public class InternalException extends ApiException.ServerError {
    private static final long serialVersionUID = 1L;

    public InternalException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
