// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * unauthorized_client (HTTP 401, error_code 4003): The client may not use this grant (for example a
 * wrong client secret).
 */
public class UnauthorizedClientException extends ApiException.Unauthorized {
    private static final long serialVersionUID = 1L;

    public UnauthorizedClientException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
