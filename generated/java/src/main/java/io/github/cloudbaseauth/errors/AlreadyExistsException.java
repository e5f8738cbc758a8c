// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * already_exists (HTTP 409, error_code 6): The resource already exists.
 */
public class AlreadyExistsException extends ApiException.Conflict {
    private static final long serialVersionUID = 1L;

    public AlreadyExistsException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
