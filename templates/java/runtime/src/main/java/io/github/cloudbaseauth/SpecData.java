package io.github.cloudbaseauth;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the runtime needs to know from the spec beyond single operations, handed over by the
 * generated code (ApiSpec), so the runtime compiles and its tests run without any generated
 * file.
 *
 * @param gatewayUrl the mainland gateway, "{envId}" replaced by the environment id
 * @param intlGatewayUrl the international gateway
 * @param chinaRegions the regions the mainland gateway serves
 * @param intlRegions the regions the international gateway serves (the IR may list none)
 * @param secretFields the spec's x-secret field and parameter names, redacted on top of the built-in ones
 * @param refresh the operation that refreshes a session
 * @param refreshBody the fixed fields of a refresh's body (grant_type=refresh_token)
 * @param adminRenewal the TC3-signed operation that makes an administrator token, or null
 * @param adminRenewalBody its fixed body (grant_type=client_credentials): the IR's const values, any JSON scalar
 * @param introspect the operation that tells whether a token is active (TokenVerifier asks it), or null
 * @param errors the catalogue: wire code to the factory of its exception class
 * @param version the package version, sent in x-sdk-version
 */
record SpecData(
        String gatewayUrl,
        String intlGatewayUrl,
        List<String> chinaRegions,
        List<String> intlRegions,
        Set<String> secretFields,
        OperationSpec refresh,
        Map<String, String> refreshBody,
        OperationSpec adminRenewal,
        Map<String, Object> adminRenewalBody,
        OperationSpec introspect,
        Map<String, ApiException.Factory> errors,
        String version) {}
