// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_client (HTTP 401, error_code 4001): Client authentication failed.
 */
public class InvalidClientException extends ApiException.Unauthorized {
    private static final long serialVersionUID = 1L;

    public InvalidClientException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
