// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * unavailable (HTTP 503, error_code 14): The service is temporarily unavailable; retry later.
 */
public class UnavailableException extends ApiException.ServerError {
    private static final long serialVersionUID = 1L;

    public UnavailableException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
