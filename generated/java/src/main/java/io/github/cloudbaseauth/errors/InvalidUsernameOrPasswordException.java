// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_username_or_password (HTTP 400, error_code 4043): The username does not exist or the
 * password is wrong.
 */
public class InvalidUsernameOrPasswordException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidUsernameOrPasswordException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
