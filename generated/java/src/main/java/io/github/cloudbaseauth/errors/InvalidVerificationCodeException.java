// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_verification_code (HTTP 400, error_code 4001): The verification code is wrong or expired.
 */
public class InvalidVerificationCodeException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidVerificationCodeException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
