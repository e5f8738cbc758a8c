// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * provider_not_enabled (HTTP 403, error_code 4003): The identity provider is not enabled for this
 * environment.
 */
public class ProviderNotEnabledException extends ApiException.Forbidden {
    private static final long serialVersionUID = 1L;

    public ProviderNotEnabledException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
