// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * not_found (HTTP 404, error_code 5): The resource does not exist.
 */
public class NotFoundException extends ApiException.NotFound {
    private static final long serialVersionUID = 1L;

    public NotFoundException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
