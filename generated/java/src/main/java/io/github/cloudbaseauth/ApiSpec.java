// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec's data for the runtime: one {@code OperationSpec} per operation, the servers, the
 * regions, the secret names, the refresh, renewal and introspection operations, the error
 * catalogue and the version.
 */
final class ApiSpec {
    static final OperationSpec SIGN_IN = new OperationSpec("signIn", "POST", "/signin", "none", true, false, true, null);
    static final OperationSpec SIGN_UP = new OperationSpec("signUp", "POST", "/signup", "none", true, false, true, null);
    static final OperationSpec SEND_VERIFICATION = new OperationSpec("sendVerification", "POST", "/verification", "bearer_optional", false, false, true, null);
    static final OperationSpec VERIFY_VERIFICATION = new OperationSpec("verifyVerification", "POST", "/verification/verify", "none", false, false, true, null);
    static final OperationSpec SIGN_IN_ANONYMOUSLY = new OperationSpec("signInAnonymously", "POST", "/signin/anonymously", "none", true, false, true, null);
    static final OperationSpec SIGN_IN_CUSTOM = new OperationSpec("signInCustom", "POST", "/signin/custom", "none", true, false, true, null);
    static final OperationSpec SIGN_IN_WITH_PROVIDER = new OperationSpec("signInWithProvider", "POST", "/signin/with/provider", "none", true, false, true, null);
    static final OperationSpec GRANT_PROVIDER_TOKEN = new OperationSpec("grantProviderToken", "POST", "/provider/token", "none", false, false, true, null);
    static final OperationSpec PATCH_PROVIDER_TOKEN = new OperationSpec("patchProviderToken", "PATCH", "/provider/token", "none", false, false, true, null);
    static final OperationSpec GRANT_TOKEN = new OperationSpec("grantToken", "POST", "/token", "none", true, false, true, null);
    static final OperationSpec INTROSPECT_TOKEN = new OperationSpec("introspectToken", "GET", "/token/introspect", "bearer", false, false, false, null);
    static final OperationSpec REVOKE_TOKEN = new OperationSpec("revokeToken", "POST", "/revoke", "bearer_optional", false, true, true, "token");
    static final OperationSpec GET_USER_ME = new OperationSpec("getUserMe", "GET", "/user/me", "bearer", false, false, false, null);
    static final OperationSpec DELETE_USER_ME = new OperationSpec("deleteUserMe", "DELETE", "/user/me", "bearer", false, true, false, null);
    static final OperationSpec SUDO = new OperationSpec("sudo", "POST", "/user/sudo", "bearer", false, false, false, null);
    static final OperationSpec UPDATE_PASSWORD = new OperationSpec("updatePassword", "PATCH", "/user/password", "bearer", false, false, false, null);
    static final OperationSpec LIST_PROVIDERS = new OperationSpec("listProviders", "GET", "/user/provider", "bearer", false, false, false, null);
    static final OperationSpec BIND_PROVIDER = new OperationSpec("bindProvider", "POST", "/user/provider/bind", "bearer", false, false, false, null);
    static final OperationSpec UNBIND_PROVIDER = new OperationSpec("unbindProvider", "DELETE", "/user/provider/{provider_id}", "bearer", false, false, false, null);
    static final OperationSpec SIGN_OUT = new OperationSpec("signOut", "POST", "/user/signout", "bearer", false, true, false, null);
    static final OperationSpec RESET_PASSWORD = new OperationSpec("resetPassword", "POST", "/reset", "none", false, false, true, null);
    static final OperationSpec EDIT_BASIC_USER = new OperationSpec("editBasicUser", "POST", "/user/basic/edit", "bearer", false, false, false, null);
    static final OperationSpec CHECK_IF_USER_EXIST = new OperationSpec("checkIfUserExist", "GET", "/checkIfUserExist", "none", false, false, true, null);
    static final OperationSpec SIGN_IN_WITH_WECHAT = new OperationSpec("signInWithWechat", "POST", "/signin/wechat/noauth", "none", true, false, true, null);
    static final OperationSpec GEN_PROVIDER_REDIRECT_URI = new OperationSpec("genProviderRedirectUri", "GET", "/provider/uri", "none", false, false, true, null);
    static final OperationSpec TRANS_BY_PROVIDER = new OperationSpec("transByProvider", "PATCH", "/user/trans/by/provider", "bearer", true, false, false, null);
    static final OperationSpec CHANGE_BOUND_PROVIDER = new OperationSpec("changeBoundProvider", "POST", "/user/provider/{provider_id}/trans", "bearer", false, false, false, null);
    static final OperationSpec GET_PROVIDER_SUB_TYPE = new OperationSpec("getProviderSubType", "POST", "/mgr/provider/providerSubType", "none", false, false, true, null);
    static final OperationSpec CREATE_CAPTCHA_DATA = new OperationSpec("createCaptchaData", "POST", "/captcha/data", "none", false, false, true, null);
    static final OperationSpec VERIFY_CAPTCHA_DATA = new OperationSpec("verifyCaptchaData", "POST", "/captcha/data/verify", "none", false, false, true, null);
    static final OperationSpec GET_MINI_PROGRAM_QR_CODE = new OperationSpec("getMiniProgramQrCode", "POST", "/qrcode/generate", "none", false, false, true, null);
    static final OperationSpec GET_MINI_PROGRAM_QR_CODE_STATUS = new OperationSpec("getMiniProgramQrCodeStatus", "POST", "/qrcode/get/status", "none", false, false, true, null);
    static final OperationSpec REVOKE_ALL_DEVICES = new OperationSpec("revokeAllDevices", "DELETE", "/user/revoke/all", "bearer", false, true, false, null);
    static final OperationSpec REVOKE_DEVICE = new OperationSpec("revokeDevice", "DELETE", "/user/authorized/devices/{device_id}", "bearer", false, false, false, null);
    static final OperationSpec EDIT_CONTACT = new OperationSpec("editContact", "PATCH", "/user/contact", "bearer", false, false, false, null);
    static final OperationSpec AUTHORIZE = new OperationSpec("authorize", "POST", "/user/authorize", "bearer", false, false, false, null);
    static final OperationSpec GET_AUTHORIZE_INFO = new OperationSpec("getAuthorizeInfo", "GET", "/user/authorize/info", "bearer_or_basic", false, false, true, null);
    static final OperationSpec REQUEST_DEVICE_CODE = new OperationSpec("requestDeviceCode", "POST", "/device/code", "bearer_optional", false, false, true, null);
    static final OperationSpec AUTHORIZE_DEVICE = new OperationSpec("authorizeDevice", "POST", "/user/device/authorize", "bearer", false, false, false, null);
    static final OperationSpec GET_CLIENT_CREDENTIAL = new OperationSpec("getClientCredential", "POST", "/token/clientCredential", "tc3", true, false, false, null);
    static final OperationSpec QUERY_USER = new OperationSpec("queryUser", "GET", "/user/query", "bearer", false, false, false, null);
    static final OperationSpec GET_WEDA_USER_INFO = new OperationSpec("getWedaUserInfo", "GET", "/plugin/weda/userinfo", "bearer", false, false, false, null);
    static final OperationSpec SET_USER_PROFILE = new OperationSpec("setUserProfile", "PATCH", "/user/profile", "bearer", false, false, false, null);
    static final OperationSpec CHECK_USERNAME = new OperationSpec("checkUsername", "GET", "/checkUsername", "bearer", false, false, false, null);
    static final OperationSpec GET_USER_BEHAVIOR_LOG = new OperationSpec("getUserBehaviorLog", "GET", "/user/security/history", "bearer", false, false, false, null);

    static final SpecData DATA = new SpecData(
            "https://{envId}.api.tcloudbasegateway.com/auth/v1",
            "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1",
            List.of("ap-shanghai", "ap-guangzhou", "ap-shenzhen-fsi", "ap-shanghai-fsi", "ap-nanjing", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-hongkong"),
            List.of("ap-singapore", "ap-jakarta", "ap-bangkok", "ap-seoul", "ap-tokyo", "ap-mumbai", "na-siliconvalley", "na-ashburn", "na-toronto", "sa-saopaulo", "eu-frankfurt"),
            Set.copyOf(List.of("access_token", "anonymous_token", "captcha_token", "client_secret", "code", "code_verifier", "confirm_password", "device_code", "encryptedData", "id_token", "key", "new_password", "old_password", "password", "provider_access_token", "provider_code", "provider_id_token", "provider_token", "provider_trans_token", "refresh_token", "sudo_token", "ticket", "token", "verification_code", "verification_token", "x-captcha-token")),
            GRANT_TOKEN,
            Map.ofEntries(Map.entry("grant_type", "refresh_token")),
            GET_CLIENT_CREDENTIAL,
            Map.ofEntries(Map.entry("grant_type", "client_credentials")),
            INTROSPECT_TOKEN,
            errors(),
            "2.1.0");

    private ApiSpec() {}

    private static Map<String, ApiException.Factory> errors() {
        Map<String, ApiException.Factory> m = new HashMap<>();
        m.put("invalid_argument", io.github.cloudbaseauth.errors.InvalidArgumentException::new);
        m.put("failed_precondition", io.github.cloudbaseauth.errors.FailedPreconditionException::new);
        m.put("unauthenticated", io.github.cloudbaseauth.errors.UnauthenticatedException::new);
        m.put("permission_denied", io.github.cloudbaseauth.errors.PermissionDeniedException::new);
        m.put("not_found", io.github.cloudbaseauth.errors.NotFoundException::new);
        m.put("already_exists", io.github.cloudbaseauth.errors.AlreadyExistsException::new);
        m.put("resource_exhausted", io.github.cloudbaseauth.errors.ResourceExhaustedException::new);
        m.put("internal", io.github.cloudbaseauth.errors.InternalException::new);
        m.put("unavailable", io.github.cloudbaseauth.errors.UnavailableException::new);
        m.put("invalid_request", io.github.cloudbaseauth.errors.InvalidRequestException::new);
        m.put("invalid_grant", io.github.cloudbaseauth.errors.InvalidGrantException::new);
        m.put("invalid_client", io.github.cloudbaseauth.errors.InvalidClientException::new);
        m.put("unauthorized_client", io.github.cloudbaseauth.errors.UnauthorizedClientException::new);
        m.put("unsupported_grant_type", io.github.cloudbaseauth.errors.UnsupportedGrantTypeException::new);
        m.put("invalid_scope", io.github.cloudbaseauth.errors.InvalidScopeException::new);
        m.put("unauthorized", io.github.cloudbaseauth.errors.UnauthorizedException::new);
        m.put("captcha_required", io.github.cloudbaseauth.errors.CaptchaRequiredException::new);
        m.put("captcha_invalid", io.github.cloudbaseauth.errors.CaptchaInvalidException::new);
        m.put("invalid_username_or_password", io.github.cloudbaseauth.errors.InvalidUsernameOrPasswordException::new);
        m.put("invalid_password", io.github.cloudbaseauth.errors.InvalidPasswordException::new);
        m.put("password_not_set", io.github.cloudbaseauth.errors.PasswordNotSetException::new);
        m.put("invalid_status", io.github.cloudbaseauth.errors.InvalidStatusException::new);
        m.put("user_blocked", io.github.cloudbaseauth.errors.UserBlockedException::new);
        m.put("invalid_verification_code", io.github.cloudbaseauth.errors.InvalidVerificationCodeException::new);
        m.put("invalid_phone_number", io.github.cloudbaseauth.errors.InvalidPhoneNumberException::new);
        m.put("rate_limit_exceeded", io.github.cloudbaseauth.errors.RateLimitExceededException::new);
        m.put("user_not_found", io.github.cloudbaseauth.errors.UserNotFoundException::new);
        m.put("provider_not_found", io.github.cloudbaseauth.errors.ProviderNotFoundException::new);
        m.put("username_already_exists", io.github.cloudbaseauth.errors.UsernameAlreadyExistsException::new);
        m.put("provider_not_enabled", io.github.cloudbaseauth.errors.ProviderNotEnabledException::new);
        m.put("authorization_pending", io.github.cloudbaseauth.errors.AuthorizationPendingException::new);
        m.put("slow_down", io.github.cloudbaseauth.errors.SlowDownException::new);
        m.put("expired_token", io.github.cloudbaseauth.errors.ExpiredTokenException::new);
        m.put("unsupported_response_type", io.github.cloudbaseauth.errors.UnsupportedResponseTypeException::new);
        return Map.copyOf(m);
    }
}
