// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * username_already_exists (HTTP 409, error_code 409): Another account already uses this username,
 * phone number or email.
 */
public class UsernameAlreadyExistsException extends ApiException.Conflict {
    private static final long serialVersionUID = 1L;

    public UsernameAlreadyExistsException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
