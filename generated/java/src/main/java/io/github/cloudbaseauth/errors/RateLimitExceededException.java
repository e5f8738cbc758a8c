// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * rate_limit_exceeded (HTTP 429, error_code 4029): Too many verification codes sent to this target;
 * wait a minute.
 */
public class RateLimitExceededException extends ApiException.TooManyRequests {
    private static final long serialVersionUID = 1L;

    public RateLimitExceededException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
