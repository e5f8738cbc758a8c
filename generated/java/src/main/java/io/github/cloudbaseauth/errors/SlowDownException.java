// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * slow_down (HTTP 400, error_code 3): Device flow; polled faster than <code>interval</code>; wait 5
 * seconds longer between polls (RFC 8628).
 */
public class SlowDownException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public SlowDownException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
