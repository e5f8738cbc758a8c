// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_password (HTTP 400, error_code 4001): The password does not meet the password rules.
 */
public class InvalidPasswordException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidPasswordException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
