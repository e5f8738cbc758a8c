// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_grant (HTTP 400, error_code 4001): The refresh token, provider token or ticket is wrong,
 * expired or already used; sign the user out.
 */
public class InvalidGrantException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidGrantException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
