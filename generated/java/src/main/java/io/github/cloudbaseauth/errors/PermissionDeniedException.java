// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.errors;

import io.github.cloudbaseauth.ApiException;

/**
 * permission_denied (HTTP 403, error_code 7): The token may not do this (for example a missing or bad
 * sudo token).
 */
public class PermissionDeniedException extends ApiException.Forbidden {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(int status, String error, Integer errorCode, String errorDescription, String requestId, String operation) {
        super(status, error, errorCode, errorDescription, requestId, operation);
    }
}
