// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * resource_exhausted (HTTP 429, error_code 8): A quota or rate limit was hit.
 */
public class ResourceExhaustedException extends ApiException.TooManyRequests {
    private static final long serialVersionUID = 1L;

    public ResourceExhaustedException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
