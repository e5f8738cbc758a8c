// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * unauthorized (HTTP 401, error_code 4003): The caller is not authorised for this operation.
 */
public class UnauthorizedException extends ApiException.Unauthorized {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
