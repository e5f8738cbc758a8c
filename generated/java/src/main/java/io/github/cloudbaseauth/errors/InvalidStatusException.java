// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_status (HTTP 403, error_code 4003): The account is locked or otherwise not usable.
 */
public class InvalidStatusException extends ApiException.Forbidden {
    private static final long serialVersionUID = 1L;

    public InvalidStatusException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
