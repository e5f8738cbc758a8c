// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * invalid_phone_number (HTTP 400, error_code 4001): The phone number is malformed (expected <code>+86
 * 13800000000</code>).
 */
public class InvalidPhoneNumberException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public InvalidPhoneNumberException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
