// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

/**
 * What the request pipeline needs to know about one operation of the spec; the generated code
 * holds one per operation.
 *
 * @param operationId e.g. "getUserMe"
 * @param method e.g. "GET"
 * @param path relative to the base URL (which ends in /auth/v1), e.g. "/user/provider/{provider_id}"
 * @param auth one of the AUTH_* modes, exactly as the IR names them
 * @param storesSession a 2xx body is a token response: it becomes the session
 * @param clearsSession the call ends the session: cleared after a 2xx when it was the client's own
 * @param sendsClientId client_id goes in the query whenever no Bearer token is sent (the IR's rule)
 * @param revokedTokenField the body field naming the token a clearing call revokes ("token"),
 *     or null: it revokes the Bearer token it is sent with
 */
record OperationSpec(
        String operationId,
        String method,
        String path,
        String auth,
        boolean storesSession,
        boolean clearsSession,
        boolean sendsClientId,
        String revokedTokenField) {

    static final String AUTH_NONE = "none";
    static final String AUTH_BEARER = "bearer";
    static final String AUTH_BEARER_OPTIONAL = "bearer_optional";
    static final String AUTH_BEARER_OR_BASIC = "bearer_or_basic";
    static final String AUTH_BASIC = "basic";
    static final String AUTH_SECRET_BASIC = "secret_basic";
    static final String AUTH_TC3 = "tc3";

    OperationSpec {
        switch (auth) {
            case AUTH_NONE: case AUTH_BEARER: case AUTH_BEARER_OPTIONAL: case AUTH_BEARER_OR_BASIC:
            case AUTH_BASIC: case AUTH_SECRET_BASIC: case AUTH_TC3:
                break;
            default:
                throw new IllegalArgumentException(operationId + ": unknown auth mode " + auth);
        }
    }
}
