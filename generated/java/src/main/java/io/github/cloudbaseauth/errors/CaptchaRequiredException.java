// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * captcha_required (HTTP 400, error_code 4028): Too many attempts; solve a captcha and retry with its
 * token.
 */
public class CaptchaRequiredException extends ApiException.BadRequest {
    private static final long serialVersionUID = 1L;

    public CaptchaRequiredException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
