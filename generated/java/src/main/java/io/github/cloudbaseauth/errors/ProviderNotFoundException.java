// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * provider_not_found (HTTP 404, error_code 4004): The identity provider is unknown or not bound to
 * this user.
 */
public class ProviderNotFoundException extends ApiException.NotFound {
    private static final long serialVersionUID = 1L;

    public ProviderNotFoundException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
