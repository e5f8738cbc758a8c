// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * expired_token (HTTP 400, error_code 3): Device flow; the device code expired before it was approved;
 * start again with <code>POST /device/code</code> (RFC 8628).
 */
public class ExpiredTokenException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public ExpiredTokenException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
