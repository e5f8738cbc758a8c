// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * password_not_set (HTTP 400, error_code 4001): The account has no password; sign in with a
 * verification code.
 */
public class PasswordNotSetException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public PasswordNotSetException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
