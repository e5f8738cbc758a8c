// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * captcha_invalid (HTTP 400, error_code 4028): The captcha token is wrong or expired.
 */
public class CaptchaInvalidException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public CaptchaInvalidException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
