// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import io.github.cloudbaseauth.model.AnonymousSignInRequest;
import io.github.cloudbaseauth.model.AuthorizeDeviceRequest;
import io.github.cloudbaseauth.model.AuthorizeInfo;
import io.github.cloudbaseauth.model.AuthorizeRequest;
import io.github.cloudbaseauth.model.AuthorizeResponse;
import io.github.cloudbaseauth.model.BindProviderRequest;
import io.github.cloudbaseauth.model.CaptchaDataRequest;
import io.github.cloudbaseauth.model.CaptchaDataResponse;
import io.github.cloudbaseauth.model.CaptchaTokenResponse;
import io.github.cloudbaseauth.model.ChangeBoundProviderRequest;
import io.github.cloudbaseauth.model.ChangeBoundProviderResponse;
import io.github.cloudbaseauth.model.CheckIfUserExistRequest;
import io.github.cloudbaseauth.model.CheckUsernameRequest;
import io.github.cloudbaseauth.model.ClientCredentialRequest;
import io.github.cloudbaseauth.model.CustomSignInRequest;
import io.github.cloudbaseauth.model.DeleteUserMeRequest;
import io.github.cloudbaseauth.model.DeviceCodeRequest;
import io.github.cloudbaseauth.model.DeviceCodeResponse;
import io.github.cloudbaseauth.model.EditBasicUserRequest;
import io.github.cloudbaseauth.model.EditContactRequest;
import io.github.cloudbaseauth.model.GenProviderRedirectUriRequest;
import io.github.cloudbaseauth.model.GetAuthorizeInfoRequest;
import io.github.cloudbaseauth.model.GetUserBehaviorLogRequest;
import io.github.cloudbaseauth.model.IntrospectResponse;
import io.github.cloudbaseauth.model.PatchProviderTokenRequest;
import io.github.cloudbaseauth.model.ProviderList;
import io.github.cloudbaseauth.model.ProviderRedirectUriResponse;
import io.github.cloudbaseauth.model.ProviderSignInRequest;
import io.github.cloudbaseauth.model.ProviderSubTypeRequest;
import io.github.cloudbaseauth.model.ProviderSubTypeResponse;
import io.github.cloudbaseauth.model.ProviderTokenRequest;
import io.github.cloudbaseauth.model.ProviderTokenResponse;
import io.github.cloudbaseauth.model.QrCodeRequest;
import io.github.cloudbaseauth.model.QrCodeResponse;
import io.github.cloudbaseauth.model.QrCodeStatusRequest;
import io.github.cloudbaseauth.model.QrCodeStatusResponse;
import io.github.cloudbaseauth.model.QueryUserRequest;
import io.github.cloudbaseauth.model.QueryUserResponse;
import io.github.cloudbaseauth.model.ResetPasswordRequest;
import io.github.cloudbaseauth.model.RevokeDeviceRequest;
import io.github.cloudbaseauth.model.RevokeRequest;
import io.github.cloudbaseauth.model.SetUserProfileRequest;
import io.github.cloudbaseauth.model.SignInRequest;
import io.github.cloudbaseauth.model.SignOutRequest;
import io.github.cloudbaseauth.model.SignOutResponse;
import io.github.cloudbaseauth.model.SignUpRequest;
import io.github.cloudbaseauth.model.SudoRequest;
import io.github.cloudbaseauth.model.SudoResponse;
import io.github.cloudbaseauth.model.TokenRequest;
import io.github.cloudbaseauth.model.TokenResponse;
import io.github.cloudbaseauth.model.TransByProviderRequest;
import io.github.cloudbaseauth.model.UnbindProviderRequest;
import io.github.cloudbaseauth.model.UpdatePasswordRequest;
import io.github.cloudbaseauth.model.UserBehaviorLogResponse;
import io.github.cloudbaseauth.model.UserExistResponse;
import io.github.cloudbaseauth.model.UserProfile;
import io.github.cloudbaseauth.model.VerificationRequest;
import io.github.cloudbaseauth.model.VerificationResponse;
import io.github.cloudbaseauth.model.VerifyCaptchaRequest;
import io.github.cloudbaseauth.model.VerifyRequest;
import io.github.cloudbaseauth.model.VerifyResponse;
import io.github.cloudbaseauth.model.WechatNoAuthSignInRequest;
import io.github.cloudbaseauth.model.WedaUserInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * The CloudBase Auth client (API version 2.1.0): one method per operation, named after its
 * operationId. Thread-safe: build one and share it; close it when done.
 
 *
 * <pre>{@code
 * CloudBaseAuth auth = CloudBaseAuth.builder().envId("your-env-id").build();
 * auth.signInAnonymously();
 * UserProfile me = auth.getUserMe();
 * }</pre>
 *
 * <p>Every method throws a {@link CloudBaseAuthException}: an {@link ApiException} (one class
 * per code of the error catalogue, in the {@code errors} package) when the service answers with
 * an error, a {@link ConnectionException} when it cannot be reached in time, a
 * {@link NotSignedInException} when a call needs a session. {@link #async()} is the same
 * client with every method returning a {@code CompletableFuture}.
 *
 * <p>A backend that checks the tokens its callers send builds a {@link TokenVerifier} on it
 * ({@code TokenVerifier.builder(auth).build()}), and a {@link TokenVerifierFilter} for the JDK's
 * HttpServer.
 */
public final class CloudBaseAuth extends AuthClient implements AutoCloseable {
    private final CloudBaseAuthAsync async;

    CloudBaseAuth(ClientCore core) {
        super(core);
        this.async = new CloudBaseAuthAsync(this, core);
    }

    /** A builder: {@code CloudBaseAuth.builder().envId("your-env-id").build()}. */
    public static ClientBuilder<CloudBaseAuth> builder() {
        return new ClientBuilder<>(ApiSpec.DATA, CloudBaseAuth::new);
    }

    /** The same client, every method returning a {@code CompletableFuture} (run on the builder's executor). */
    public CloudBaseAuthAsync async() {
        return async;
    }

    /** The environment id. */
    public String envId() {
        return core.envId;
    }

    /** The client id sent as client_id (default: the environment id). */
    public String clientId() {
        return core.clientId;
    }

    /** The URL every operation path is appended to. */
    public String baseUrl() {
        return core.baseUrl;
    }

    /** The persistent x-device-id sent on every call. */
    public String deviceId() {
        return core.deviceId;
    }

    /** The current session, empty when signed out. */
    public Optional<Session> session() {
        return core.session();
    }

    /** Adopts a session (from another client, say) and stores it. */
    public void setSession(Session session) {
        core.setSession(Objects.requireNonNull(session, "session"));
    }

    /** Forgets the session here and in the storage; no request is made. */
    public void clearSession() {
        core.clearSession();
    }

    /**
     * Refreshes the access token now (spending the refresh token), unless another thread or
     * process refreshed it meanwhile; returns the session.
     */
    public Session refreshSession() {
        return core.refreshSession();
    }

    /** Stops the async twin's own threads (the JDK's HttpClient needs no closing). */
    @Override
    public void close() {
        core.close();
    }

    /** The configuration, without any secret. */
    @Override
    public String toString() {
        return "CloudBaseAuth{" + core + "}";
    }

    /**
     * POST /signin: Sign in with a password or a verification token.
     *
     * <p>Signs a user in with <code>username</code> + <code>password</code>, or with a
     * <code>verification_token</code> from <code>POST /verification/verify</code> (send the phone number
     * or email as <code>username</code> alongside it). The username may be a user name, a phone number
     * (<code>+86 13800000000</code>) or an email. The response carries tokens and the user ID
     * (<code>sub</code>), not the profile: call <code>GET /user/me</code> for that.
     *
     * <p>After repeated failed sign-ins from one device the service answers <code>captcha_required</code>:
     * solve a captcha (<code>POST /captcha/data</code>, then <code>POST /captcha/data/verify</code>) and
     * retry the same call with its <code>captcha_token</code> (query, as the SDK sends it, or the
     * <code>x-captcha-token</code> header). A captcha token unlocks one call.
     *
     * <p>Differs from older guides: no Basic client authentication is needed (the older guide adds
     * <code>-u clientId:clientSecret</code> to every call), and the response does not include user info.
     *
     * <p>No credentials are sent (client_id goes in the query). A success becomes the client's session.
     */
    public TokenResponse signIn(SignInRequest request) {
        return signIn(request, RequestOptions.none());
    }

    /** {@code signIn} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse signIn(SignInRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SIGN_IN);
        call.query("captcha_token", request.captchaToken().orElse(null));
        call.header("x-captcha-token", request.xCaptchaToken().orElse(null));
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /** {@code signIn} with an empty request: every field left out (or its fixed value). */
    public TokenResponse signIn() {
        return signIn(SignInRequest.builder().build(), RequestOptions.none());
    }

    /**
     * POST /signup: Register a user with a verified phone number or email, then sign in.
     *
     * <p>Registers a user, with one of two proofs: a <code>verification_token</code> from <code>POST
     * /verification/verify</code> (the phone number or email it proves becomes the account's), or a
     * <code>provider_token</code> from <code>POST /provider/token</code> (the third-party identity it
     * names is bound to the new account). A username and password alone cannot register. Optional profile
     * fields are stored on the new account; a <code>provider_token</code> sent with a
     * <code>verification_token</code> is bound too. Pass <code>anonymous_token</code> (the access token of
     * an anonymous session) to upgrade that anonymous user in place: the user keeps its ID. Answers with
     * tokens, as a sign-in does.
     *
     * <p>Evidence for <code>provider_token</code> alone: the sign-up page lists "register a new user by
     * obtaining the provider_token after third-party authorization" among its scenarios and marks
     * <code>verification_token</code> required only "when registering with phone number +
     * verification_token or email + verification_token"
     * (https://docs.cloudbase.net/en/http-api/auth/auth-sign-up); the official client's
     * <code>SignUpRequest</code> model has both as optional fields (<code>&#64;cloudbase/oauth</code>
     * <code>models.ts</code>).
     *
     * <p>Differs from older guides: no Basic client authentication is needed.
     *
     * <p>No credentials are sent (client_id goes in the query). A success becomes the client's session.
     */
    public TokenResponse signUp(SignUpRequest request) {
        return signUp(request, RequestOptions.none());
    }

    /** {@code signUp} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse signUp(SignUpRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SIGN_UP);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /** {@code signUp} with an empty request: every field left out (or its fixed value). */
    public TokenResponse signUp() {
        return signUp(SignUpRequest.builder().build(), RequestOptions.none());
    }

    /**
     * POST /verification: Send an SMS or email verification code.
     *
     * <p>Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At most one
     * code is sent to a target per 60 seconds. <code>target</code> says who may receive it:
     * <code>ANY</code>, <code>USER</code> (the account must exist), <code>NOT_USER</code> (it must not),
     * <code>CUR_USER</code> (the signed-in user: send the Bearer token). Without <code>target</code> the
     * code goes to anyone, as with <code>ANY</code> (inferred: the docs mark <code>target</code> required,
     * but the official SDK omits it in five of its six flows, which work). The answer's
     * <code>is_user</code> says whether to call <code>signin</code> (true) or <code>signup</code> (false
     * or absent) next. After a <code>captcha_required</code> error (too many codes from one device), solve
     * a captcha and retry the same call with its token as the <code>captcha_token</code> query parameter
     * (what the official SDK sends) or the <code>x-captcha-token</code> header (what the docs show); a
     * captcha token unlocks one call.
     *
     * <p>Differs from the docs: <code>target</code> is optional (the docs mark it required; the official
     * SDK omits it), and the captcha token is also accepted as the <code>captcha_token</code> query
     * parameter.
     *
     * <p>Differs from older guides: no Basic client authentication is needed.
     *
     * <p>Sends the session's access token when signed in, else client_id.
     */
    public VerificationResponse sendVerification(VerificationRequest request) {
        return sendVerification(request, RequestOptions.none());
    }

    /** {@code sendVerification} with per-call options (request id, headers, a Bearer token, a timeout). */
    public VerificationResponse sendVerification(VerificationRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SEND_VERIFICATION);
        call.query("captcha_token", request.captchaToken().orElse(null));
        call.header("x-captcha-token", request.xCaptchaToken().orElse(null));
        call.body(request.toJson());
        return core.execute(call, options, VerificationResponse::fromJson);
    }

    /** {@code sendVerification} with an empty request: every field left out (or its fixed value). */
    public VerificationResponse sendVerification() {
        return sendVerification(VerificationRequest.builder().build(), RequestOptions.none());
    }

    /**
     * POST /verification/verify: Check a verification code and get a verification token.
     *
     * <p>Exchanges the code the user received and the <code>verification_id</code> from <code>POST
     * /verification</code> for a <code>verification_token</code> (valid 600 seconds), which
     * <code>signup</code>, <code>signin</code>, <code>user/sudo</code> and <code>reset</code> accept.
     *
     * <p>Differs from older guides: no Basic client authentication is needed.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public VerifyResponse verifyVerification(VerifyRequest request) {
        return verifyVerification(request, RequestOptions.none());
    }

    /** {@code verifyVerification} with per-call options (request id, headers, a Bearer token, a timeout). */
    public VerifyResponse verifyVerification(VerifyRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.VERIFY_VERIFICATION);
        call.body(request.toJson());
        return core.execute(call, options, VerifyResponse::fromJson);
    }

    /**
     * POST /signin/anonymously: Sign in as the anonymous user of this device.
     *
     * <p>Signs in the anonymous user of the device named by the required <code>x-device-id</code>: the
     * same device ID always gets the same anonymous user, so generate it once and keep it. The token's
     * scope is <code>anonymous</code>. Upgrade the user later with <code>signup</code> and
     * <code>anonymous_token</code>. The official SDK sends Basic client credentials only when it signs in
     * again by itself; no authentication is needed.
     *
     * <p>Differs from older guides: the path is <code>/signin/anonymously</code> (the older guide's
     * <code>/signin-anonymously</code> does not exist), and <code>x-device-id</code> is required.
     *
     * <p>No credentials are sent (client_id goes in the query). A success becomes the client's session.
     */
    public TokenResponse signInAnonymously(AnonymousSignInRequest request) {
        return signInAnonymously(request, RequestOptions.none());
    }

    /** {@code signInAnonymously} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse signInAnonymously(AnonymousSignInRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SIGN_IN_ANONYMOUSLY);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /** {@code signInAnonymously} with an empty request: every field left out (or its fixed value). */
    public TokenResponse signInAnonymously() {
        return signInAnonymously(AnonymousSignInRequest.builder().build(), RequestOptions.none());
    }

    /**
     * POST /signin/custom: Sign in with a custom-login ticket minted by your server.
     *
     * <p>Signs in the user of your own account system with a ticket your server minted with the
     * environment's custom-login private key (<code>tcb_custom_login.json</code>), with your client's
     * ticket function (each follows <code>&#64;cloudbase/node-sdk</code>'s <code>createTicket</code>). A
     * ticket is <code>private_key_id/&#64;&#64;/&lt;RS256 JWT&gt;</code> whose <code>iat</code> and
     * <code>exp</code> are in milliseconds; it is valid for 10 minutes. <code>provider_id</code> is always
     * <code>custom</code>. The access token lives 7200 seconds, the refresh token 2592000 seconds (30
     * days).
     *
     * <p>Differs from older guides: the older guide does not have this call at all.
     *
     * <p>No credentials are sent (client_id goes in the query). A success becomes the client's session.
     */
    public TokenResponse signInCustom(CustomSignInRequest request) {
        return signInCustom(request, RequestOptions.none());
    }

    /** {@code signInCustom} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse signInCustom(CustomSignInRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SIGN_IN_CUSTOM);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /**
     * POST /signin/with/provider: Sign in with a third-party provider token.
     *
     * <p>Signs in (or, unless <code>force_disable_sign_up</code>, signs up) the user behind a provider
     * token from <code>POST /provider/token</code> (or from a confirmed QR code, see <code>POST
     * /qrcode/get/status</code>). <code>x-device-id</code> is required. When the provider token carries a
     * phone number (WeChat phone authorisation) and no user is bound to the identity yet, the account with
     * that phone number is signed in and the identity bound to it; a new account gets the phone number.
     *
     * <p>Differs from the docs: <code>provider_id</code> is optional. The older docs render marks it
     * required; the newer render and the official SDK send only <code>provider_token</code> (four of its
     * five callers), since the token already names its provider. When sent, it must be the token's
     * provider.
     *
     * <p>No credentials are sent (client_id goes in the query). A success becomes the client's session.
     */
    public TokenResponse signInWithProvider(ProviderSignInRequest request) {
        return signInWithProvider(request, RequestOptions.none());
    }

    /** {@code signInWithProvider} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse signInWithProvider(ProviderSignInRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SIGN_IN_WITH_PROVIDER);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /**
     * POST /provider/token: Exchange a provider's authorisation code for a provider token.
     *
     * <p>Turns what a third-party provider gave the user (an OAuth <code>provider_code</code>, an access
     * token or an ID token) into a CloudBase <code>provider_token</code>, valid 3600 seconds, which
     * <code>signin/with/provider</code> and <code>user/provider/bind</code> accept. Start an OAuth login
     * with <code>GET /provider/uri</code>; send the code the provider redirected back with, and the same
     * <code>provider_redirect_uri</code>.
     *
     * <p>WeChat mini-programs: <code>provider_id</code> is the mini-program's AppID,
     * <code>provider_code</code> the <code>wx.login</code> code, and
     * <code>provider_params.provider_code_type</code> says which identity to use: <code>open_id</code>
     * (the user's OpenID in this mini-program), <code>union_id</code> (the UnionID shared by the apps of
     * one WeChat open-platform account) or <code>phone</code> (also send the <code>getPhoneNumber</code>
     * code as <code>provider_params.code</code>: the provider token then carries the phone number, and
     * signing in with it finds the account by that number).
     *
     * <p>Differs from the docs: the official SDK checks <code>error_code</code> on a 200 answer too (the
     * WeChat tunnel answers errors that way); this document declares <code>code</code> and
     * <code>error_code</code> on the success schema for that reason.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public ProviderTokenResponse grantProviderToken(ProviderTokenRequest request) {
        return grantProviderToken(request, RequestOptions.none());
    }

    /** {@code grantProviderToken} with per-call options (request id, headers, a Bearer token, a timeout). */
    public ProviderTokenResponse grantProviderToken(ProviderTokenRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GRANT_PROVIDER_TOKEN);
        call.body(request.toJson());
        return core.execute(call, options, ProviderTokenResponse::fromJson);
    }

    /**
     * PATCH /provider/token: Attach a WeChat phone number to a provider token.
     *
     * <p>Adds the phone number the user allowed a WeChat mini-program to read
     * (<code>getPhoneNumber</code>) to an existing provider token (from <code>POST
     * /provider/token</code>): send the phone code as <code>provider_params.code</code> with
     * <code>provider_code_type: phone</code>. The answer is a provider token (valid 3600 seconds) whose
     * <code>provider_profile</code> carries the phone number; signing in with it (<code>POST
     * /signin/with/provider</code>) finds or creates the account with that number, and binding it gives
     * the account the number if it has none.
     *
     * <p>The older <code>getPhoneNumber</code> flow sends <code>encryptedData</code> and <code>iv</code>
     * instead of <code>code</code>; the emulator does not decrypt them and answers
     * <code>invalid_argument</code>.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public ProviderTokenResponse patchProviderToken(PatchProviderTokenRequest request) {
        return patchProviderToken(request, RequestOptions.none());
    }

    /** {@code patchProviderToken} with per-call options (request id, headers, a Bearer token, a timeout). */
    public ProviderTokenResponse patchProviderToken(PatchProviderTokenRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.PATCH_PROVIDER_TOKEN);
        call.body(request.toJson());
        return core.execute(call, options, ProviderTokenResponse::fromJson);
    }

    /**
     * POST /token: Get tokens from a refresh token, a password, an authorization code, a device code or
     * client credentials.
     *
     * <p>The OAuth 2.0 token endpoint. With <code>grant_type=refresh_token</code> it rotates the refresh
     * token: the one sent is invalid from then on, and using it again fails with
     * <code>invalid_grant</code> (sign the user out then). With <code>grant_type=password</code> it signs
     * in. Neither needs authentication; the SDK also sends <code>client_id</code> and
     * <code>client_secret</code> (empty by default) in the body.
     * <code>grant_type=client_credentials</code> needs Basic <code>SecretId:SecretKey</code> and returns
     * an administrator token (432000 s) with no refresh token.
     *
     * <p><code>grant_type=authorization_code</code> redeems a code from <code>POST /user/authorize</code>
     * (CloudBase as the OAuth server of another app): send the same <code>client_id</code> and
     * <code>redirect_uri</code> as when the code was issued and, if a <code>code_challenge</code> was sent
     * then, the PKCE <code>code_verifier</code> (S256: <code>BASE64URL(SHA256(code_verifier))</code> must
     * equal the challenge; <code>plain</code>: equal strings). A code works once; a wrong verifier, client
     * or redirect URI, or a second use, fails with <code>invalid_grant</code>. With <code>openid</code> in
     * the code's scope the answer also carries an <code>id_token</code> (with <code>nonce</code> when one
     * is sent).
     *
     * <p><code>grant_type=urn:ietf:params:oauth:grant-type:device_code</code> (RFC 8628) is the polling
     * half of the device flow (<code>POST /device/code</code>): until the user approves the
     * <code>user_code</code> the answer is <code>authorization_pending</code>; polling faster than
     * <code>interval</code> answers <code>slow_down</code> (and adds 5 s to the interval); after
     * <code>expires_in</code> the answer is <code>expired_token</code>. On approval the device gets the
     * user's tokens, once. The SDK model has <code>code</code>, <code>redirect_uri</code>,
     * <code>nonce</code>, <code>code_verifier</code> and <code>device_code</code>
     * (<code>GrantTokenRequest</code>) but no caller; the grant value and the polling errors follow RFC
     * 8628, as the CloudBase CLI device-flow page requires (inferred for this API).
     *
     * <p>Differs from older guides: the refresh grant needs no Basic client authentication.
     *
     * <p>No credentials are sent (client_id goes in the query). A success becomes the client's session.
     */
    public TokenResponse grantToken(TokenRequest request) {
        return grantToken(request, RequestOptions.none());
    }

    /** {@code grantToken} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse grantToken(TokenRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GRANT_TOKEN);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /**
     * GET /token/introspect: Check whether an access token is still valid.
     *
     * <p>The token to check is the Bearer token of the request. A valid token answers with its client,
     * subject and scope. An invalid, expired or revoked token answers 200 with an empty object
     * <code>{}</code>, not <code>active: false</code>. This call never refreshes anything.
     *
     * <p>Differs from older guides: the token goes in <code>Authorization: Bearer</code>, not in a
     * <code>?token=</code> query, and no Basic client authentication is used.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public IntrospectResponse introspectToken() {
        return introspectToken(RequestOptions.none());
    }

    /** {@code introspectToken} with per-call options (request id, headers, a Bearer token, a timeout). */
    public IntrospectResponse introspectToken(RequestOptions options) {
        Call call = new Call(ApiSpec.INTROSPECT_TOKEN);
        return core.execute(call, options, IntrospectResponse::fromJson);
    }

    /**
     * POST /revoke: Revoke a token (log out).
     *
     * <p>Revokes the token in the body, or the Bearer token itself when the body names none. Revoking an
     * access token also revokes its refresh token. Confirm with <code>GET /token/introspect</code>, which
     * then answers <code>{}</code>.
     *
     * <p>Two ways to call it. The official SDK's default logout (<code>auth.signOut()</code>) sends the
     * live access token as <code>{token}</code> with <code>?client_id=</code> and no Authorization header:
     * the token in the body authenticates itself, so it must be valid. With a Bearer token the body may
     * name any token of the caller, or none.
     *
     * <p>Differs from the docs: the docs list only Bearer; the SDK sends no Authorization header. Both are
     * accepted.
     *
     * <p>Differs from older guides: do not authenticate with Basic client credentials, and build the JSON
     * so that <code>${accessToken}</code> is expanded (the older guide single-quotes it, so the literal
     * text <code>${accessToken}</code> is sent).
     *
     * <p>Sends the session's access token when signed in, else client_id. A success ends the client's
     * session when the token it ends is the session's own.
     */
    public void revokeToken(RevokeRequest request) {
        revokeToken(request, RequestOptions.none());
    }

    /** {@code revokeToken} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void revokeToken(RevokeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.REVOKE_TOKEN);
        call.body(request.toJson());
        core.execute(call, options, null);
    }

    /** {@code revokeToken} with an empty request: every field left out (or its fixed value). */
    public void revokeToken() {
        revokeToken(RevokeRequest.builder().build(), RequestOptions.none());
    }

    /**
     * GET /user/me: Read the signed-in user's profile.
     *
     * <p>The profile of the user the Bearer token belongs to. Fields follow the docs' list
     * (<code>sub</code>, <code>user_id</code>, <code>name</code>, <code>picture</code>,
     * <code>username</code>, <code>email</code>, <code>phone_number</code>, <code>gender</code>,
     * <code>status</code>, <code>has_password</code>, <code>providers</code>, <code>groups</code>,
     * <code>type</code>, <code>internal_user_type</code>, <code>user_source</code>,
     * <code>user_desc</code>, <code>last_login</code>, <code>meta</code>, the timestamps) and the official
     * SDK's <code>UserProfile</code> model (<code>email_verified</code>, <code>locale</code>,
     * <code>birthdate</code>, <code>zoneinfo</code>, <code>created_from</code>). Fields without a value
     * are left out. The SDK may append arbitrary query parameters (<code>getUserInfo({query})</code>); the
     * service ignores unknown ones.
     *
     * <p>Differs from the docs: the docs call the self-description <code>user_desc</code>, while
     * <code>POST /user/basic/edit</code> takes it as <code>description</code>; this document lists both in
     * the answer (<code>description</code> is not in the docs' list: inferred, kept for older clients).
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public UserProfile getUserMe() {
        return getUserMe(RequestOptions.none());
    }

    /** {@code getUserMe} with per-call options (request id, headers, a Bearer token, a timeout). */
    public UserProfile getUserMe(RequestOptions options) {
        Call call = new Call(ApiSpec.GET_USER_ME);
        return core.execute(call, options, UserProfile::fromJson);
    }

    /**
     * DELETE /user/me: Delete the signed-in user's account.
     *
     * <p>Deletes the account for good. Needs a <code>sudo_token</code> (query) from <code>POST
     * /user/sudo</code>, which proves the user re-entered a password or a verification code in the last
     * 900 seconds.
     *
     * <p>Differs from older guides: the older guide shows no sudo step; without <code>sudo_token</code>
     * the call fails with <code>permission_denied</code>.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire. A success ends the client's session when the token it ends is the session's
     * own.
     */
    public void deleteUserMe(DeleteUserMeRequest request) {
        deleteUserMe(request, RequestOptions.none());
    }

    /** {@code deleteUserMe} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void deleteUserMe(DeleteUserMeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.DELETE_USER_ME);
        call.query("sudo_token", request.sudoToken());
        core.execute(call, options, null);
    }

    /**
     * POST /user/sudo: Re-authenticate and get a short-lived sudo token.
     *
     * <p>Proves the signed-in user is present, with their password or a fresh
     * <code>verification_token</code> (exactly one), and answers with a <code>sudo_token</code> valid 900
     * seconds. Password changes and account deletion need it.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public SudoResponse sudo(SudoRequest request) {
        return sudo(request, RequestOptions.none());
    }

    /** {@code sudo} with per-call options (request id, headers, a Bearer token, a timeout). */
    public SudoResponse sudo(SudoRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SUDO);
        call.body(request.toJson());
        return core.execute(call, options, SudoResponse::fromJson);
    }

    /** {@code sudo} with an empty request: every field left out (or its fixed value). */
    public SudoResponse sudo() {
        return sudo(SudoRequest.builder().build(), RequestOptions.none());
    }

    /**
     * PATCH /user/password: Change the signed-in user's password.
     *
     * <p>Sets a new password (8-64 characters with upper and lower case letters, a digit and a special
     * character). Needs a <code>sudo_token</code> from <code>POST /user/sudo</code>, in the body (as the
     * official SDK's <code>setPassword</code> sends <code>{new_password, sudo_token}</code>) or in the
     * query (as the docs say); the local emulator accepts either. Other devices are signed out.
     *
     * <p>Differs from the docs: the docs put <code>sudo_token</code> in the query only; the SDK sends it
     * in the body only, so the query parameter is optional here.
     *
     * <p>Differs from older guides: the older guide sends only <code>old_password</code> and
     * <code>new_password</code> with no sudo step; the service requires <code>sudo_token</code>.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void updatePassword(UpdatePasswordRequest request) {
        updatePassword(request, RequestOptions.none());
    }

    /** {@code updatePassword} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void updatePassword(UpdatePasswordRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.UPDATE_PASSWORD);
        call.query("sudo_token", request.sudoTokenQuery().orElse(null));
        call.body(request.toJson());
        core.execute(call, options, null);
    }

    /**
     * GET /user/provider: List the identity providers and which are bound to the user.
     *
     * <p>Every identity provider enabled for the environment, with <code>bind: true</code> for those bound
     * to the signed-in user.
     *
     * <p>Differs from older guides: the path is <code>/user/provider</code> (singular); the older guide's
     * <code>/user/providers</code> does not exist.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public ProviderList listProviders() {
        return listProviders(RequestOptions.none());
    }

    /** {@code listProviders} with per-call options (request id, headers, a Bearer token, a timeout). */
    public ProviderList listProviders(RequestOptions options) {
        Call call = new Call(ApiSpec.LIST_PROVIDERS);
        return core.execute(call, options, ProviderList::fromJson);
    }

    /**
     * POST /user/provider/bind: Bind a third-party identity to the signed-in user.
     *
     * <p>Binds the identity behind a <code>provider_token</code> (from <code>POST /provider/token</code>)
     * to the signed-in user, so that it can sign in with it too.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void bindProvider(BindProviderRequest request) {
        bindProvider(request, RequestOptions.none());
    }

    /** {@code bindProvider} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void bindProvider(BindProviderRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.BIND_PROVIDER);
        call.body(request.toJson());
        core.execute(call, options, null);
    }

    /**
     * DELETE /user/provider/{provider_id}: Unbind a third-party identity from the signed-in user.
     *
     * <p>Removes the binding between the signed-in user and the identity provider <code>provider_id</code>
     * (for example <code>github</code>, <code>wx_open</code>, <code>qq</code>).
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void unbindProvider(UnbindProviderRequest request) {
        unbindProvider(request, RequestOptions.none());
    }

    /** {@code unbindProvider} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void unbindProvider(UnbindProviderRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.UNBIND_PROVIDER);
        call.path("provider_id", request.providerId());
        call.query("with_user_center", request.withUserCenter().orElse(null));
        core.execute(call, options, null);
    }

    /**
     * POST /user/signout: Sign the user out on this device.
     *
     * <p>Revokes the session's refresh token and invalidates its access token. Answers with the
     * <code>redirect_uri</code> to follow, if one was given.
     *
     * <p>Differs from older guides: the older guide does not have this call.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire. A success ends the client's session when the token it ends is the session's
     * own.
     */
    public SignOutResponse signOut(SignOutRequest request) {
        return signOut(request, RequestOptions.none());
    }

    /** {@code signOut} with per-call options (request id, headers, a Bearer token, a timeout). */
    public SignOutResponse signOut(SignOutRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SIGN_OUT);
        call.body(request.toJson());
        return core.execute(call, options, SignOutResponse::fromJson);
    }

    /** {@code signOut} with an empty request: every field left out (or its fixed value). */
    public SignOutResponse signOut() {
        return signOut(SignOutRequest.builder().build(), RequestOptions.none());
    }

    /**
     * POST /reset: Reset a forgotten password with a verification token.
     *
     * <p>Sets a new password for the account that owns the phone number or email a
     * <code>verification_token</code> was issued for, and signs that account out everywhere. No sign-in is
     * needed. The official SDK (<code>resetPasswordForEmail</code>) sends the code with <code>POST
     * /verification</code> without <code>usage</code> or <code>target</code>, verifies it, then sends
     * <code>{email or phone_number, new_password, verification_token}</code> here; a phone number may come
     * without the <code>+86 </code> prefix. <code>usage: PASSWORD_RESET</code> on the code is accepted but
     * not needed.
     *
     * <p>Differs from the docs: an older docs render lists Basic client authentication; the SDK sends none
     * (only <code>?client_id=</code>).
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public void resetPassword(ResetPasswordRequest request) {
        resetPassword(request, RequestOptions.none());
    }

    /** {@code resetPassword} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void resetPassword(ResetPasswordRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.RESET_PASSWORD);
        call.body(request.toJson());
        core.execute(call, options, null);
    }

    /**
     * POST /user/basic/edit: Edit the signed-in user's basic profile.
     *
     * <p>Changes the nickname, username, description, avatar, gender, email or phone number of the
     * signed-in user. Only the fields sent change.
     *
     * <p>An email or phone number changes only when that exact address was verified through <code>POST
     * /verification</code> and <code>POST /verification/verify</code> shortly before (the SDK's
     * <code>updateUser</code> sends the code, verifies it, then calls this); otherwise use <code>PATCH
     * /user/contact</code>, which also handles an address that another account owns.
     *
     * <p><code>password</code> (the old one) with <code>new_password</code> changes the password (the
     * SDK's model <code>ModifyUserBasicInfoRequest</code>). <code>user_id</code> edits another user and
     * needs an administrator token (docs: "requires administrator privileges when modifying other users'
     * information"). The SDK's <code>modifyPassword</code> also sends an encrypted variant <code>{user_id,
     * encrypt_password, encrypt_new_password, public_key_thumbprint}</code> (RSA with the key of
     * <code>POST /v2/signin/publichkey</code>); that variant exists but is not covered here.
     *
     * <p>Differs from older guides: profile edits go here; <code>PATCH /user/me</code> does not exist.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void editBasicUser(EditBasicUserRequest request) {
        editBasicUser(request, RequestOptions.none());
    }

    /** {@code editBasicUser} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void editBasicUser(EditBasicUserRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.EDIT_BASIC_USER);
        call.body(request.toJson());
        core.execute(call, options, null);
    }

    /** {@code editBasicUser} with an empty request: every field left out (or its fixed value). */
    public void editBasicUser() {
        editBasicUser(EditBasicUserRequest.builder().build(), RequestOptions.none());
    }

    /**
     * GET /checkIfUserExist: Check whether a username is taken.
     *
     * <p>Answers whether an account with this username exists, before a sign-up.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public UserExistResponse checkIfUserExist(CheckIfUserExistRequest request) {
        return checkIfUserExist(request, RequestOptions.none());
    }

    /** {@code checkIfUserExist} with per-call options (request id, headers, a Bearer token, a timeout). */
    public UserExistResponse checkIfUserExist(CheckIfUserExistRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.CHECK_IF_USER_EXIST);
        call.query("username", request.username());
        return core.execute(call, options, UserExistResponse::fromJson);
    }

    /**
     * POST /signin/wechat/noauth: Sign in a WeChat user without a password (WeDa password-free login).
     *
     * <p>Signs in the WeChat user who calls through the mini-program cloud tunnel
     * (<code>httpOverCallFunction</code>): WeChat itself vouches for the caller, so no code or password is
     * sent. Used by WeDa apps whose provider sub type is <code>NO_AUTH_LOGIN</code> (see <code>POST
     * /mgr/provider/providerSubType</code>); it fails with <code>provider_not_enabled</code> otherwise
     * (inferred: the SDK names both "password-free login" but does not link them). The identity is the
     * same as a mini-program <code>open_id</code> login: the first call creates the user, later ones sign
     * the same user in.
     *
     * <p>The body is free-form in the official SDK (it forwards what the caller passes). The fields below
     * are inferred: outside the WeChat tunnel the caller names the mini-program (<code>appid</code>) and
     * the user's <code>openid</code>, which the real service reads from the tunnel's context. Only use
     * this from a trusted server or through the tunnel.
     *
     * <p>No credentials are sent (client_id goes in the query). A success becomes the client's session.
     */
    public TokenResponse signInWithWechat(WechatNoAuthSignInRequest request) {
        return signInWithWechat(request, RequestOptions.none());
    }

    /** {@code signInWithWechat} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse signInWithWechat(WechatNoAuthSignInRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SIGN_IN_WITH_WECHAT);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /** {@code signInWithWechat} with an empty request: every field left out (or its fixed value). */
    public TokenResponse signInWithWechat() {
        return signInWithWechat(WechatNoAuthSignInRequest.builder().build(), RequestOptions.none());
    }

    /**
     * GET /provider/uri: Build the provider's authorisation URL that starts a third-party login.
     *
     * <p>The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom OIDC
     * provider): answers with the provider's authorisation <code>uri</code>, which carries
     * <code>redirect_uri</code> and <code>state</code>. Send the user's browser there; the provider
     * redirects back to <code>redirect_uri</code> with <code>code</code> and the same <code>state</code>
     * (check it), and the code goes to <code>POST /provider/token</code> with the same redirect URI.
     * <code>signout_uri</code> is the provider's sign-out page, when it has one.
     *
     * <p>The official SDK also sends <code>other_params[&lt;key&gt;]=&lt;value&gt;</code> pairs (such as
     * <code>other_params[sign_out_uri]</code>), which the service passes on to the provider. They are not
     * declared here: the generator has no <code>deepObject</code> query support, and the emulator ignores
     * them.
     *
     * <p>Differs from the docs: <code>state</code> is optional in the docs but the official SDK always
     * sends it (its model requires it); send it. The SDK's deprecated <code>provider_redirect_uri</code>
     * is an alias of <code>redirect_uri</code>.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public ProviderRedirectUriResponse genProviderRedirectUri(GenProviderRedirectUriRequest request) {
        return genProviderRedirectUri(request, RequestOptions.none());
    }

    /** {@code genProviderRedirectUri} with per-call options (request id, headers, a Bearer token, a timeout). */
    public ProviderRedirectUriResponse genProviderRedirectUri(GenProviderRedirectUriRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GEN_PROVIDER_REDIRECT_URI);
        call.query("provider_id", request.providerId());
        call.query("redirect_uri", request.redirectUri().orElse(null));
        call.query("provider_redirect_uri", request.providerRedirectUri().orElse(null));
        call.query("state", request.state().orElse(null));
        call.query("scope", request.scope().orElse(null));
        call.query("response_type", request.responseType().orElse(null));
        return core.execute(call, options, ProviderRedirectUriResponse::fromJson);
    }

    /**
     * PATCH /user/trans/by/provider: Move a provider identity from another account to the signed-in user.
     *
     * <p>Moves the third-party identity behind <code>provider_token</code> (from <code>POST
     * /provider/token</code>) to the signed-in user, taking it from the account it is bound to now (if
     * any). Use it when <code>POST /user/provider/bind</code> fails with <code>invalid_grant</code>
     * because the identity already belongs to another account that the user also owns. Answers with a
     * fresh session of the signed-in user. The other account stays, without that identity.
     *
     * <p>Inferred: the official SDK only shows the request and the token response; the move semantics are
     * this document's reading of the name (<code>trans</code> = transfer). Fails with
     * <code>already_exists</code> when the signed-in user already has another identity of the same
     * provider (unbind it, or use <code>POST /user/provider/{provider_id}/trans</code>).
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire. A success becomes the client's session.
     */
    public TokenResponse transByProvider(TransByProviderRequest request) {
        return transByProvider(request, RequestOptions.none());
    }

    /** {@code transByProvider} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse transByProvider(TransByProviderRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.TRANS_BY_PROVIDER);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /**
     * POST /user/provider/{provider_id}/trans: Replace the signed-in user's identity of one provider.
     *
     * <p>Changes which identity of <code>provider_id</code> the signed-in user is bound to: the identity
     * behind <code>provider_trans_token</code> (a provider token of that provider, from <code>POST
     * /provider/token</code>) replaces the current one, and is taken from the account it was bound to, if
     * any. Answers with the client ID of the session.
     *
     * <p>Inferred: the official SDK (<code>changeBoundProvider</code>) shows the request and the
     * <code>{client_id}</code> answer only; where the trans token comes from and the replace semantics are
     * this document's reading.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public ChangeBoundProviderResponse changeBoundProvider(ChangeBoundProviderRequest request) {
        return changeBoundProvider(request, RequestOptions.none());
    }

    /** {@code changeBoundProvider} with per-call options (request id, headers, a Bearer token, a timeout). */
    public ChangeBoundProviderResponse changeBoundProvider(ChangeBoundProviderRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.CHANGE_BOUND_PROVIDER);
        call.path("provider_id", request.providerId());
        call.body(request.toJson());
        return core.execute(call, options, ChangeBoundProviderResponse::fromJson);
    }

    /**
     * POST /mgr/provider/providerSubType: Read the WeDa provider's sub type (whether password-free login
     * is on).
     *
     * <p>WeDa low-code apps only: answers whether the environment's WeDa provider allows password-free
     * WeChat login (<code>provider_sub_type: NO_AUTH_LOGIN</code>, then use <code>POST
     * /signin/wechat/noauth</code>) or not (<code>""</code>). The official SDK always sends
     * <code>{provider_id: "weda"}</code>.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public ProviderSubTypeResponse getProviderSubType(ProviderSubTypeRequest request) {
        return getProviderSubType(request, RequestOptions.none());
    }

    /** {@code getProviderSubType} with per-call options (request id, headers, a Bearer token, a timeout). */
    public ProviderSubTypeResponse getProviderSubType(ProviderSubTypeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GET_PROVIDER_SUB_TYPE);
        call.body(request.toJson());
        return core.execute(call, options, ProviderSubTypeResponse::fromJson);
    }

    /**
     * POST /captcha/data: Create an image captcha.
     *
     * <p>After a <code>captcha_required</code> error, creates a captcha: <code>data</code> is the image (a
     * data URI) of a short text the user types in, <code>token</code> names the captcha for <code>POST
     * /captcha/data/verify</code> and is valid <code>expires_in</code> seconds (300). <code>state</code>
     * is what the call to unlock is (the official SDK sends <code>METHOD:url</code> of the retried
     * request, such as <code>POST:/v1/verification</code>); the captcha token that comes out of it then
     * unlocks that call only.
     *
     * <p>Per the docs, only usable when the environment does not use an external verification service.
     *
     * <p>Differs from the docs: the older docs render lists Basic client authentication; the official SDK
     * sends none (<code>withCredentials: false</code>).
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public CaptchaDataResponse createCaptchaData(CaptchaDataRequest request) {
        return createCaptchaData(request, RequestOptions.none());
    }

    /** {@code createCaptchaData} with per-call options (request id, headers, a Bearer token, a timeout). */
    public CaptchaDataResponse createCaptchaData(CaptchaDataRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.CREATE_CAPTCHA_DATA);
        call.body(request.toJson());
        return core.execute(call, options, CaptchaDataResponse::fromJson);
    }

    /**
     * POST /captcha/data/verify: Check a captcha answer and get a captcha token.
     *
     * <p>Checks the text the user read off the captcha image (<code>key</code>) against the captcha named
     * by <code>token</code>. Right: answers with a <code>captcha_token</code> (valid 600 seconds) for the
     * retried call, as the <code>captcha_token</code> query parameter or the <code>x-captcha-token</code>
     * header. Wrong: <code>captcha_invalid</code>, and the captcha is spent (create a new one). The answer
     * is not case-sensitive (inferred).
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public CaptchaTokenResponse verifyCaptchaData(VerifyCaptchaRequest request) {
        return verifyCaptchaData(request, RequestOptions.none());
    }

    /** {@code verifyCaptchaData} with per-call options (request id, headers, a Bearer token, a timeout). */
    public CaptchaTokenResponse verifyCaptchaData(VerifyCaptchaRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.VERIFY_CAPTCHA_DATA);
        call.body(request.toJson());
        return core.execute(call, options, CaptchaTokenResponse::fromJson);
    }

    /**
     * POST /qrcode/generate: Create a mini-program QR code for web login.
     *
     * <p>Web login by scanning: creates a mini-program code (<code>qr_code</code>, an image data URI;
     * inferred, the SDK only passes it on) that the user scans with WeChat; the mini-program asks them to
     * confirm. Poll <code>POST /qrcode/get/status</code> with <code>qr_code_id</code> until the status is
     * <code>CONFIRMED</code>, then sign in with its <code>provider_token</code> through <code>POST
     * /signin/with/provider</code>. The code is valid <code>expires_in</code> seconds (300, inferred).
     *
     * <p>The body uses camelCase, as the official SDK sends it.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public QrCodeResponse getMiniProgramQrCode(QrCodeRequest request) {
        return getMiniProgramQrCode(request, RequestOptions.none());
    }

    /** {@code getMiniProgramQrCode} with per-call options (request id, headers, a Bearer token, a timeout). */
    public QrCodeResponse getMiniProgramQrCode(QrCodeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GET_MINI_PROGRAM_QR_CODE);
        call.body(request.toJson());
        return core.execute(call, options, QrCodeResponse::fromJson);
    }

    /**
     * POST /qrcode/get/status: Poll the status of a login QR code.
     *
     * <p>Where the scan of a QR code from <code>POST /qrcode/generate</code> stands: <code>WAITING</code>
     * (not scanned yet), <code>SCANNED</code> (scanned, not confirmed), <code>CONFIRMED</code> (the user
     * confirmed in the mini-program: <code>provider_token</code> is set, for <code>POST
     * /signin/with/provider</code>), <code>CANCELLED</code> (the user declined) or <code>EXPIRED</code>.
     * <code>expires_in</code> is the seconds left: of the QR code, or of the provider token once
     * confirmed. Poll every second or two.
     *
     * <p>Inferred: the official SDK types <code>status</code> as a plain string and
     * <code>provider_token</code> as always present; the status names are this document's, and
     * <code>provider_token</code> is only sent once confirmed. The body uses camelCase, as the official
     * SDK sends it.
     *
     * <p>No credentials are sent (client_id goes in the query).
     */
    public QrCodeStatusResponse getMiniProgramQrCodeStatus(QrCodeStatusRequest request) {
        return getMiniProgramQrCodeStatus(request, RequestOptions.none());
    }

    /** {@code getMiniProgramQrCodeStatus} with per-call options (request id, headers, a Bearer token, a timeout). */
    public QrCodeStatusResponse getMiniProgramQrCodeStatus(QrCodeStatusRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GET_MINI_PROGRAM_QR_CODE_STATUS);
        call.body(request.toJson());
        return core.execute(call, options, QrCodeStatusResponse::fromJson);
    }

    /**
     * DELETE /user/revoke/all: Sign the user out on every device.
     *
     * <p>Ends every session of the signed-in user, on all devices, this one included: every refresh token
     * is revoked and every access token stops working. Use it for "log out everywhere", for example after
     * a password leak. The SDK's <code>revokeAllDevices</code> sends it with the Bearer token and no body.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire. A success ends the client's session when the token it ends is the session's
     * own.
     */
    public void revokeAllDevices() {
        revokeAllDevices(RequestOptions.none());
    }

    /** {@code revokeAllDevices} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void revokeAllDevices(RequestOptions options) {
        Call call = new Call(ApiSpec.REVOKE_ALL_DEVICES);
        core.execute(call, options, null);
    }

    /**
     * DELETE /user/authorized/devices/{device_id}: Sign the user out on one device.
     *
     * <p>Ends the signed-in user's sessions on one device, named by the <code>x-device-id</code> it sent
     * when it signed in (the login history of <code>GET /user/security/history</code> lists them). Use it
     * to sign out a lost or stolen phone. Naming the calling device signs this session out too. A device
     * with no live session of this user answers <code>not_found</code> (inferred). The SDK's
     * <code>revokeDevice</code> sends it with the Bearer token and no body.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void revokeDevice(RevokeDeviceRequest request) {
        revokeDevice(request, RequestOptions.none());
    }

    /** {@code revokeDevice} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void revokeDevice(RevokeDeviceRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.REVOKE_DEVICE);
        call.path("device_id", request.deviceId());
        core.execute(call, options, null);
    }

    /**
     * PATCH /user/contact: Bind or change the user's phone number or email.
     *
     * <p>Sets the signed-in user's phone number or email (exactly one) to an address the user just proved:
     * <code>verification_token</code> comes from a code sent to the new address (<code>POST
     * /verification</code>, then <code>POST /verification/verify</code>) and <code>sudo_token</code> from
     * <code>POST /user/sudo</code>. Both are spent. The SDK's <code>bindPhoneNumber</code> and
     * <code>bindEmail</code> call it.
     *
     * <p><code>conflict_resolution</code> says what happens when another account already has the address.
     * These meanings come from the SDK model's comments; the emulator's exact behaviour is inferred from
     * them:
     *
     * <p>- <code>DEFAULT</code> (or absent): refuse with <code>username_already_exists</code>. -
     * <code>DELETE_ACCOUNT_TRANSFER</code>: the other account is marked deleted (closed) and the address
     * moves to this user. - <code>TRANSFER</code>: only the address moves; the other account stays, unless
     * it can no longer sign in (no password, no other phone number or email, no bound identity), in which
     * case it is closed too.
     *
     * <p>The user's sessions stay valid.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void editContact(EditContactRequest request) {
        editContact(request, RequestOptions.none());
    }

    /** {@code editContact} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void editContact(EditContactRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.EDIT_CONTACT);
        call.body(request.toJson());
        core.execute(call, options, null);
    }

    /**
     * POST /user/authorize: Issue an authorization code for another app (CloudBase as the OAuth server).
     *
     * <p>The authorization endpoint when CloudBase is the identity provider of another app (single
     * sign-on): the signed-in user agrees, and the app named by <code>client_id</code> gets a one-time
     * <code>code</code> to redeem at <code>POST /token</code> with
     * <code>grant_type=authorization_code</code>. The code is bound to the client, the
     * <code>redirect_uri</code> and the PKCE <code>code_challenge</code>; it is valid 600 seconds
     * (inferred) and works once. Use PKCE (<code>code_challenge_method: S256</code>) for public clients;
     * <code>plain</code> is accepted. Read what to show on the consent screen with <code>GET
     * /user/authorize/info</code> first.
     *
     * <p>Only <code>response_type=code</code> is covered (the SDK model's answer can also carry tokens,
     * for an implicit flow; the emulator answers <code>unsupported_response_type</code>). A
     * <code>redirect_uri</code> the client did not register answers <code>invalid_request</code>, a scope
     * it may not ask for <code>invalid_scope</code>, an unknown <code>client_id</code>
     * <code>invalid_client</code>. The SDK's <code>authorize</code> sends the body with the Bearer token
     * of the user.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public AuthorizeResponse authorize(AuthorizeRequest request) {
        return authorize(request, RequestOptions.none());
    }

    /** {@code authorize} with per-call options (request id, headers, a Bearer token, a timeout). */
    public AuthorizeResponse authorize(AuthorizeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.AUTHORIZE);
        call.body(request.toJson());
        return core.execute(call, options, AuthorizeResponse::fromJson);
    }

    /** {@code authorize} with an empty request: every field left out (or its fixed value). */
    public AuthorizeResponse authorize() {
        return authorize(AuthorizeRequest.builder().build(), RequestOptions.none());
    }

    /**
     * GET /user/authorize/info: Read the app and scopes an authorization request is for (consent screen).
     *
     * <p>What a consent screen shows before <code>POST /user/authorize</code>: the requesting app
     * (<code>client</code>) and the scopes it asks for, with names and descriptions. The request's
     * parameters are the ones the app put in its authorization URL. It checks them like the authorization
     * itself (unknown client, unregistered <code>redirect_uri</code>, scope not allowed). The SDK's
     * <code>authorizeInfo</code> sends the user's Bearer token when signed in, and Basic
     * <code>client_id:client_secret</code> otherwise (with <code>?client_id=</code>).
     *
     * <p>Sends the session's access token when signed in, else the client credentials.
     */
    public AuthorizeInfo getAuthorizeInfo(GetAuthorizeInfoRequest request) {
        return getAuthorizeInfo(request, RequestOptions.none());
    }

    /** {@code getAuthorizeInfo} with per-call options (request id, headers, a Bearer token, a timeout). */
    public AuthorizeInfo getAuthorizeInfo(GetAuthorizeInfoRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GET_AUTHORIZE_INFO);
        call.query("response_type", request.responseType().orElse(null));
        call.query("redirect_uri", request.redirectUri().orElse(null));
        call.query("state", request.state().orElse(null));
        call.query("scope", request.scope().orElse(null));
        call.query("sign_out_uri", request.signOutUri().orElse(null));
        call.query("locale", request.locale().orElse(null));
        return core.execute(call, options, AuthorizeInfo::fromJson);
    }

    /** {@code getAuthorizeInfo} with an empty request: every field left out (or its fixed value). */
    public AuthorizeInfo getAuthorizeInfo() {
        return getAuthorizeInfo(GetAuthorizeInfoRequest.builder().build(), RequestOptions.none());
    }

    /**
     * POST /device/code: Start a device-flow sign-in (CLI, TV) and get a user code to show.
     *
     * <p>The first step of the device flow (RFC 8628), for a device that cannot show a sign-in form (a
     * CLI, a TV). The answer has a secret <code>device_code</code> for the device and a short
     * <code>user_code</code> (<code>XXXX-XXXX</code>) plus <code>verification_uri</code> to show to the
     * user, who approves it on a phone or computer where they are signed in (<code>POST
     * /user/device/authorize</code>). Meanwhile the device polls <code>POST /token</code> with
     * <code>grant_type=urn:ietf:params:oauth:grant-type:device_code</code> every <code>interval</code>
     * seconds. The codes last <code>expires_in</code> seconds (600, and an interval of 3 s, as the
     * CloudBase CLI device-flow page recommends; inferred for this API).
     *
     * <p>Differs from the docs: the SDK's <code>deviceAuthorize</code> sends <code>{client_id?,
     * scope?}</code> with a Bearer token (<code>withCredentials</code>), while the CloudBase CLI
     * device-flow page sends only <code>{client_id}</code> with no Authorization, as RFC 8628 does (a TV
     * has no session yet). Both are accepted: no auth, or the Bearer token of a session when there is one.
     *
     * <p>Sends the session's access token when signed in, else client_id.
     */
    public DeviceCodeResponse requestDeviceCode(DeviceCodeRequest request) {
        return requestDeviceCode(request, RequestOptions.none());
    }

    /** {@code requestDeviceCode} with per-call options (request id, headers, a Bearer token, a timeout). */
    public DeviceCodeResponse requestDeviceCode(DeviceCodeRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.REQUEST_DEVICE_CODE);
        call.body(request.toJson());
        return core.execute(call, options, DeviceCodeResponse::fromJson);
    }

    /** {@code requestDeviceCode} with an empty request: every field left out (or its fixed value). */
    public DeviceCodeResponse requestDeviceCode() {
        return requestDeviceCode(DeviceCodeRequest.builder().build(), RequestOptions.none());
    }

    /**
     * POST /user/device/authorize: Approve a device-flow user code as the signed-in user.
     *
     * <p>The user, signed in on a phone or computer, types the <code>user_code</code> the device shows
     * (case and the dash do not matter) and approves it: the device's next poll of <code>POST
     * /token</code> gets tokens for this user. An unknown or already used code answers
     * <code>not_found</code>, an expired one <code>expired_token</code>. The SDK's
     * <code>authorizeDevice</code> sends <code>{user_code, scope?, state?}</code> with the Bearer token.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void authorizeDevice(AuthorizeDeviceRequest request) {
        authorizeDevice(request, RequestOptions.none());
    }

    /** {@code authorizeDevice} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void authorizeDevice(AuthorizeDeviceRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.AUTHORIZE_DEVICE);
        call.body(request.toJson());
        core.execute(call, options, null);
    }

    /**
     * POST /token/clientCredential: Get an administrator token with a TC3-signed request (server side).
     *
     * <p>The administrator access token the server SDKs use (<code>&#64;cloudbase/node-sdk</code>
     * <code>auth().getClientCredential()</code>): a backend with the environment's API key pair (SecretId,
     * SecretKey, from the Tencent Cloud console) signs this request with TC3-HMAC-SHA256 (service
     * <code>tcb</code>; see the <code>tc3Signature</code> security scheme) and gets an access token with
     * <code>scope: admin</code>, valid 432000 s, with no refresh token. Send it as <code>Authorization:
     * Bearer</code> to administrator calls such as <code>GET /user/query</code>. Keep the key pair on the
     * server: it never goes to a browser or app. A signature older than 300 seconds, one made with another
     * key or over another body is refused (<code>invalid_client</code>; the 300-second window and the
     * error name are inferred, as no page documents the answer to a bad or old signature; the 432000 s
     * lifetime is second-hand). The node-sdk alternative, <code>Authorization: Bearer
     * &lt;accessKey&gt;</code> (an environment API key configured as <code>accessKey</code>), is accepted
     * too; node-sdk itself skips this call then and uses the access key directly as the token.
     *
     * <p>Differs from the docs: the docs describe the administrator token as <code>POST /token</code> with
     * <code>grant_type=client_credentials</code> and Basic <code>SecretId:SecretKey</code>; both server
     * SDKs call this path with a TC3 signature instead, and the spec accepts what they send.
     *
     * <p>Signed with the API key pair of the builder's tc3Credentials (TC3-HMAC-SHA256). A success becomes
     * the client's session.
     */
    public TokenResponse getClientCredential(ClientCredentialRequest request) {
        return getClientCredential(request, RequestOptions.none());
    }

    /** {@code getClientCredential} with per-call options (request id, headers, a Bearer token, a timeout). */
    public TokenResponse getClientCredential(ClientCredentialRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GET_CLIENT_CREDENTIAL);
        call.body(request.toJson());
        return core.execute(call, options, TokenResponse::fromJson);
    }

    /** {@code getClientCredential} with an empty request: every field left out (or its fixed value). */
    public TokenResponse getClientCredential() {
        return getClientCredential(ClientCredentialRequest.builder().build(), RequestOptions.none());
    }

    /**
     * GET /user/query: Look users up by ID, username, email or phone number.
     *
     * <p>Finds users by <code>id</code> (one or more user IDs), <code>username</code>, <code>email</code>
     * or <code>phone_number</code>. Every criterion given must match; no match is <code>{total: 0, data:
     * []}</code>, not an error. This is the user lookup of the <code>/auth/v1</code> API: a backend calls
     * it with the administrator token from <code>POST /token/clientCredential</code>.
     *
     * <p>Who may call it is inferred: the browser SDK (<code>auth.queryUser</code>) sends the signed-in
     * user's Bearer token, so a user token is accepted; anonymous users are refused
     * (<code>permission_denied</code>), and <code>email</code> and <code>phone_number</code> are returned
     * only to an administrator token or for the caller's own account (an inference, on privacy grounds).
     * The response shape is the SDK's <code>QueryUserProfileResponse</code>.
     *
     * <p><code>id</code> is an array: the official client serialises it as one comma-separated value
     * (<code>id=a%2Cb</code>, from its <code>MyURLSearchParams</code>), and repeating the parameter
     * (<code>id=a&amp;id=b</code>, what the generated clients send) is accepted too (inferred).
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public QueryUserResponse queryUser(QueryUserRequest request) {
        return queryUser(request, RequestOptions.none());
    }

    /** {@code queryUser} with per-call options (request id, headers, a Bearer token, a timeout). */
    public QueryUserResponse queryUser(QueryUserRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.QUERY_USER);
        call.query("id", request.id());
        call.query("username", request.username().orElse(null));
        call.query("email", request.email().orElse(null));
        call.query("phone_number", request.phoneNumber().orElse(null));
        return core.execute(call, options, QueryUserResponse::fromJson);
    }

    /** {@code queryUser} with an empty request: every field left out (or its fixed value). */
    public QueryUserResponse queryUser() {
        return queryUser(QueryUserRequest.builder().build(), RequestOptions.none());
    }

    /**
     * GET /plugin/weda/userinfo: Read the signed-in user as the WeDa low-code platform sees them.
     *
     * <p>For apps built on WeDa (the CloudBase low-code platform) only: the signed-in user's information
     * in WeDa's terms. Other apps want <code>GET /user/me</code>. The SDK types the answer as
     * <code>any</code>; the fields here are inferred: the profile fields of <code>GET /user/me</code> that
     * WeDa uses, plus <code>user_id</code> (the same value as <code>sub</code>) and
     * <code>user_type</code>. Unknown fields may appear.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public WedaUserInfo getWedaUserInfo() {
        return getWedaUserInfo(RequestOptions.none());
    }

    /** {@code getWedaUserInfo} with per-call options (request id, headers, a Bearer token, a timeout). */
    public WedaUserInfo getWedaUserInfo(RequestOptions options) {
        Call call = new Call(ApiSpec.GET_WEDA_USER_INFO);
        return core.execute(call, options, WedaUserInfo::fromJson);
    }

    /**
     * PATCH /user/profile: Change the signed-in user's display profile (deprecated).
     *
     * <p>Deprecated: the official client marks <code>setUserProfile</code> <code>&#64;deprecated</code> in
     * favour of <code>POST /user/basic/edit</code> (<code>editBasicUser</code>), and says this call does
     * not sync the profile to the data source. Use <code>editBasicUser</code> in new code; this one is
     * here because <code>User.update()</code> of <code>&#64;cloudbase/auth</code> still sends it. Changes
     * the display name, avatar, gender, locale and username of the user of the Bearer token and answers
     * with the whole profile, as <code>GET /user/me</code>. Fields the SDK's <code>UserProfile</code>
     * model has beyond these (such as <code>birthdate</code>, <code>zoneinfo</code>) are accepted and
     * ignored (inferred).
     *
     * <p><code>username</code>: <code>User.updateUsername(username)</code> of
     * <code>&#64;cloudbase/auth</code> sends exactly <code>PATCH /user/profile {"username": ...}</code>
     * (it calls <code>User.update({username})</code>, which calls <code>setUserProfile</code>;
     * cloudbase-js-sdk, <code>packages/auth/src/index.ts</code>). A username taken by another account is
     * <code>username_already_exists</code>; one that is not a valid username is
     * <code>invalid_argument</code>.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     *
     * <p>Deprecated: the service may remove this operation.
     * @deprecated the service may remove this operation
     */
    @Deprecated
    public UserProfile setUserProfile(SetUserProfileRequest request) {
        return setUserProfile(request, RequestOptions.none());
    }

    /** {@code setUserProfile} with per-call options (request id, headers, a Bearer token, a timeout). */
    @Deprecated
    public UserProfile setUserProfile(SetUserProfileRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.SET_USER_PROFILE);
        call.body(request.toJson());
        return core.execute(call, options, UserProfile::fromJson);
    }

    /** {@code setUserProfile} with an empty request: every field left out (or its fixed value). */
    @Deprecated
    public UserProfile setUserProfile() {
        return setUserProfile(SetUserProfileRequest.builder().build(), RequestOptions.none());
    }

    /**
     * GET /checkUsername: Check that a username is valid and free.
     *
     * <p>Answers <code>{}</code> when <code>username</code> is well-formed and no account uses it; an
     * <code>invalid_argument</code> error when it is malformed and <code>username_already_exists</code>
     * when it is taken (the answers are inferred: the SDK types the result <code>void</code>). To learn
     * whether an account exists without an error, use <code>GET /checkIfUserExist</code>.
     *
     * <p>Differs from the docs: the official client (<code>checkUsername</code> of
     * <code>&#64;cloudbase/oauth</code>) puts <code>{"username": ...}</code> in the **body of a GET**,
     * with the user's Bearer token. With the SDK's default fetch-based transport that request is never
     * sent (fetch rejects a GET with a body), so the call fails as unreachable. The spec takes
     * <code>username</code> as a query parameter, which every HTTP client can send; the Bearer token is
     * sent as the SDK does.
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public void checkUsername(CheckUsernameRequest request) {
        checkUsername(request, RequestOptions.none());
    }

    /** {@code checkUsername} with per-call options (request id, headers, a Bearer token, a timeout). */
    public void checkUsername(CheckUsernameRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.CHECK_USERNAME);
        call.query("username", request.username());
        core.execute(call, options, null);
    }

    /**
     * GET /user/security/history: List the signed-in user's sign-ins and account changes.
     *
     * <p>The user's security log, newest first: <code>query[action]=USER_LOGIN</code> lists sign-ins (the
     * SDK's <code>type: LOGIN</code>), <code>ne_query[action]=USER_LOGIN</code> everything else, such as
     * profile changes (the SDK's <code>type: MODIFY</code>). Without either, every entry. Page with
     * <code>limit</code> and the <code>next_page_token</code> of the previous answer.
     *
     * <p>Inferred: the SDK declares the answer as one entry <code>{id, ip, user_agent, client_id,
     * device_id, created_at, meta{from}}</code>, which cannot carry a page; the envelope <code>{data,
     * next_page_token}</code> and the <code>action</code> field are inferred, as are the action names
     * other than <code>USER_LOGIN</code>. <code>meta.from</code> says how the user signed in
     * (<code>username</code>, <code>phone</code>, <code>email</code>, <code>anonymous</code>,
     * <code>custom</code>, or a provider ID).
     *
     * <p>Sends the session's access token (NotSignedInException without a session), refreshed first when
     * it is about to expire.
     */
    public UserBehaviorLogResponse getUserBehaviorLog(GetUserBehaviorLogRequest request) {
        return getUserBehaviorLog(request, RequestOptions.none());
    }

    /** {@code getUserBehaviorLog} with per-call options (request id, headers, a Bearer token, a timeout). */
    public UserBehaviorLogResponse getUserBehaviorLog(GetUserBehaviorLogRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Call call = new Call(ApiSpec.GET_USER_BEHAVIOR_LOG);
        call.query("query[action]", request.queryAction().orElse(null));
        call.query("ne_query[action]", request.neQueryAction().orElse(null));
        call.query("limit", request.limit().orElse(null));
        call.query("page_token", request.pageToken().orElse(null));
        return core.execute(call, options, UserBehaviorLogResponse::fromJson);
    }

    /** {@code getUserBehaviorLog} with an empty request: every field left out (or its fixed value). */
    public UserBehaviorLogResponse getUserBehaviorLog() {
        return getUserBehaviorLog(GetUserBehaviorLogRequest.builder().build(), RequestOptions.none());
    }
}
