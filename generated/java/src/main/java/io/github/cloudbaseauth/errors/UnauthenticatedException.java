// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * unauthenticated (HTTP 401, error_code 16): No valid access token; sign in again.
 */
public class UnauthenticatedException extends ApiException.Unauthorized {
    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
