<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth;

use CloudBase\Auth\Internal\ApiSpec;
use CloudBase\Auth\Internal\BaseClient;
use CloudBase\Auth\Internal\GeneratedSpec;

/**
 * The CloudBase Auth client for one environment: one method per operation of the spec
 * (CloudBase Auth 2.1.0), named after its operationId, with named arguments.
 *
 * new CloudBaseAuth(envId: 'my-env') talks to the gateway of the environment's region;
 * new CloudBaseAuth(envId: 'my-env', options: ['baseUrl' => 'http://127.0.0.1:8080/auth/v1'])
 * anywhere else (the emulator). The options are listed in the README and in BaseClient::OPTIONS.
 */
final class CloudBaseAuth extends BaseClient
{
    protected static function api(): ApiSpec
    {
        return GeneratedSpec::api();
    }

    /**
     * Sign in with a password or a verification token.
     *
     * Signs a user in with `username` + `password`, or with a `verification_token` from `POST
     * /verification/verify` (send the phone number or email as `username` alongside it). The username may
     * be a user name, a phone number (`+86 13800000000`) or an email. The response carries tokens and the
     * user ID (`sub`), not the profile: call `GET /user/me` for that.
     *
     * After repeated failed sign-ins from one device the service answers `captcha_required`: solve a
     * captcha (`POST /captcha/data`, then `POST /captcha/data/verify`) and retry the same call with its
     * `captcha_token` (query, as the SDK sends it, or the `x-captcha-token` header). A captcha token
     * unlocks one call.
     *
     * Differs from older guides: no Basic client authentication is needed (the older guide adds `-u
     * clientId:clientSecret` to every call), and the response does not include user info.
     *
     * `POST /signin`. No credentials are sent (client_id goes in the query). A success becomes the
     * client's session.
     *
     * @param string|null $username User name, phone number (`+86 13800000000`) or email.
     * @param string|null $password The account's password, exactly as the user typed it.
     * @param string|null $verificationToken From `POST /verification/verify`.
     * @param string|null $captchaToken The `captcha_token` from `POST /captcha/data/verify`, after a `captcha_required` error (the official SDK retries with it here). (sent as the query parameter captcha_token)
     * @param string|null $xCaptchaToken The same captcha token as a header, as the docs show for `POST /verification`. (sent as the header parameter x-captcha-token)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidUsernameOrPasswordException
     * @throws Exception\CaptchaRequiredException
     * @throws Exception\CaptchaInvalidException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function signIn(
        ?string $username = null,
        #[\SensitiveParameter] ?string $password = null,
        #[\SensitiveParameter] ?string $verificationToken = null,
        #[\SensitiveParameter] ?string $captchaToken = null,
        #[\SensitiveParameter] ?string $xCaptchaToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'signIn',
            query: [
                'captcha_token' => $captchaToken,
            ],
            headers: [
                'x-captcha-token' => $xCaptchaToken,
            ],
            body: [
                'username' => $username,
                'password' => $password,
                'verification_token' => $verificationToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Register a user with a verified phone number or email, then sign in.
     *
     * Registers a user, with one of two proofs: a `verification_token` from `POST /verification/verify`
     * (the phone number or email it proves becomes the account's), or a `provider_token` from `POST
     * /provider/token` (the third-party identity it names is bound to the new account). A username and
     * password alone cannot register. Optional profile fields are stored on the new account; a
     * `provider_token` sent with a `verification_token` is bound too. Pass `anonymous_token` (the access
     * token of an anonymous session) to upgrade that anonymous user in place: the user keeps its ID.
     * Answers with tokens, as a sign-in does.
     *
     * Evidence for `provider_token` alone: the sign-up page lists "register a new user by obtaining the
     * provider_token after third-party authorization" among its scenarios and marks `verification_token`
     * required only "when registering with phone number + verification_token or email +
     * verification_token" (https://docs.cloudbase.net/en/http-api/auth/auth-sign-up); the official
     * client's `SignUpRequest` model has both as optional fields (`@cloudbase/oauth` `models.ts`).
     *
     * Differs from older guides: no Basic client authentication is needed.
     *
     * `POST /signup`. No credentials are sent (client_id goes in the query). A success becomes the
     * client's session.
     *
     * @param string|null $phoneNumber `+86 13800000000` (country code, a space, the number).
     * @param string|null $email The new account's email address (`alice@example.com`): the one the `verification_token` was issued for.
     * @param string|null $verificationCode The code the user received (the SDK sends it too).
     * @param string|null $verificationToken From `POST /verification/verify`; required unless `provider_token` is sent.
     * @param string|null $username Letters, digits and `-_.:+ @`, starting with a letter or digit.
     * @param string|null $password The new account's password, as the user chose it; the environment's password rules apply (the emulator asks for 8-64 characters with upper and lower case, a digit and a special character).
     * @param string|null $name The display name apps show for the user (free text; not used to sign in).
     * @param \CloudBase\Auth\Enum\Gender|string|null $gender The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out when unknown).
     * @param string|null $picture The URL of the new avatar image (`https://...`); the service stores it as given.
     * @param string|null $locale Such as `zh-CN`.
     * @param string|null $providerToken The third-party identity to bind to the new account. Alone it is the account's proof; with a `verification_token` it is bound as well.
     * @param string|null $anonymousToken The access token of an anonymous session, to upgrade that user in place.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidVerificationCodeException
     * @throws Exception\UsernameAlreadyExistsException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function signUp(
        ?string $phoneNumber = null,
        ?string $email = null,
        #[\SensitiveParameter] ?string $verificationCode = null,
        #[\SensitiveParameter] ?string $verificationToken = null,
        ?string $username = null,
        #[\SensitiveParameter] ?string $password = null,
        ?string $name = null,
        \CloudBase\Auth\Enum\Gender|string|null $gender = null,
        ?string $picture = null,
        ?string $locale = null,
        #[\SensitiveParameter] ?string $providerToken = null,
        #[\SensitiveParameter] ?string $anonymousToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'signUp',
            body: [
                'phone_number' => $phoneNumber,
                'email' => $email,
                'verification_code' => $verificationCode,
                'verification_token' => $verificationToken,
                'username' => $username,
                'password' => $password,
                'name' => $name,
                'gender' => $gender,
                'picture' => $picture,
                'locale' => $locale,
                'provider_token' => $providerToken,
                'anonymous_token' => $anonymousToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Send an SMS or email verification code.
     *
     * Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At most one code
     * is sent to a target per 60 seconds. `target` says who may receive it: `ANY`, `USER` (the account
     * must exist), `NOT_USER` (it must not), `CUR_USER` (the signed-in user: send the Bearer token).
     * Without `target` the code goes to anyone, as with `ANY` (inferred: the docs mark `target` required,
     * but the official SDK omits it in five of its six flows, which work). The answer's `is_user` says
     * whether to call `signin` (true) or `signup` (false or absent) next. After a `captcha_required` error
     * (too many codes from one device), solve a captcha and retry the same call with its token as the
     * `captcha_token` query parameter (what the official SDK sends) or the `x-captcha-token` header (what
     * the docs show); a captcha token unlocks one call.
     *
     * Differs from the docs: `target` is optional (the docs mark it required; the official SDK omits it),
     * and the captcha token is also accepted as the `captcha_token` query parameter.
     *
     * Differs from older guides: no Basic client authentication is needed.
     *
     * `POST /verification`. Sends the session's access token when signed in, else client_id.
     *
     * @param string|null $phoneNumber `+86 13800000000`.
     * @param string|null $email The email address to send the code to (`alice@example.com`); or `phone_number`, not both.
     * @param \CloudBase\Auth\Enum\Target|string|null $target Who may receive the code; `ANY` when omitted (inferred from the official SDK, which omits it).
     * @param \CloudBase\Auth\Enum\Usage|string|null $usage What the code is for.
     * @param string|null $emailRedirectTo Magic-link URL for email codes.
     * @param string|null $captchaToken The `captcha_token` from `POST /captcha/data/verify`, after a `captcha_required` error (the official SDK sends it here). (sent as the query parameter captcha_token)
     * @param string|null $xCaptchaToken Captcha token, after a `captcha_required` error (the docs send it here). (sent as the header parameter x-captcha-token)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\VerificationResponse
     * @throws Exception\InvalidPhoneNumberException
     * @throws Exception\CaptchaRequiredException
     * @throws Exception\CaptchaInvalidException
     * @throws Exception\UserNotFoundException
     * @throws Exception\RateLimitExceededException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function sendVerification(
        ?string $phoneNumber = null,
        ?string $email = null,
        \CloudBase\Auth\Enum\Target|string|null $target = null,
        \CloudBase\Auth\Enum\Usage|string|null $usage = null,
        ?string $emailRedirectTo = null,
        #[\SensitiveParameter] ?string $captchaToken = null,
        #[\SensitiveParameter] ?string $xCaptchaToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\VerificationResponse {
        $answer = $this->call(
            'sendVerification',
            query: [
                'captcha_token' => $captchaToken,
            ],
            headers: [
                'x-captcha-token' => $xCaptchaToken,
            ],
            body: [
                'phone_number' => $phoneNumber,
                'email' => $email,
                'target' => $target,
                'usage' => $usage,
                'email_redirect_to' => $emailRedirectTo,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\VerificationResponse::fromArray($answer);
    }

    /**
     * Check a verification code and get a verification token.
     *
     * Exchanges the code the user received and the `verification_id` from `POST /verification` for a
     * `verification_token` (valid 600 seconds), which `signup`, `signin`, `user/sudo` and `reset` accept.
     *
     * Differs from older guides: no Basic client authentication is needed.
     *
     * `POST /verification/verify`. No credentials are sent (client_id goes in the query).
     *
     * @param string $verificationId From `POST /verification`.
     * @param string $verificationCode The 6-digit code the user received.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\VerifyResponse
     * @throws Exception\InvalidVerificationCodeException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function verifyVerification(
        string $verificationId,
        #[\SensitiveParameter] string $verificationCode,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\VerifyResponse {
        $answer = $this->call(
            'verifyVerification',
            body: [
                'verification_id' => $verificationId,
                'verification_code' => $verificationCode,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\VerifyResponse::fromArray($answer);
    }

    /**
     * Sign in as the anonymous user of this device.
     *
     * Signs in the anonymous user of the device named by the required `x-device-id`: the same device ID
     * always gets the same anonymous user, so generate it once and keep it. The token's scope is
     * `anonymous`. Upgrade the user later with `signup` and `anonymous_token`. The official SDK sends
     * Basic client credentials only when it signs in again by itself; no authentication is needed.
     *
     * Differs from older guides: the path is `/signin/anonymously` (the older guide's
     * `/signin-anonymously` does not exist), and `x-device-id` is required.
     *
     * `POST /signin/anonymously`. No credentials are sent (client_id goes in the query). A success becomes
     * the client's session.
     *
     * @param string|null $providerToken Optional provider token to attach.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\ProviderNotEnabledException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function signInAnonymously(
        #[\SensitiveParameter] ?string $providerToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'signInAnonymously',
            body: [
                'provider_token' => $providerToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Sign in with a custom-login ticket minted by your server.
     *
     * Signs in the user of your own account system with a ticket your server minted with the environment's
     * custom-login private key (`tcb_custom_login.json`), with your client's ticket function (each follows
     * `@cloudbase/node-sdk`'s `createTicket`). A ticket is `private_key_id/@@/<RS256 JWT>` whose `iat` and
     * `exp` are in milliseconds; it is valid for 10 minutes. `provider_id` is always `custom`. The access
     * token lives 7200 seconds, the refresh token 2592000 seconds (30 days).
     *
     * Differs from older guides: the older guide does not have this call at all.
     *
     * `POST /signin/custom`. No credentials are sent (client_id goes in the query). A success becomes the
     * client's session.
     *
     * @param string $ticket The custom-login ticket your server minted for this user: `private_key_id/@@/<jwt>`, from the client's ticket function (or node-sdk's `createTicket`), valid 10 minutes.
     * @param string $providerId Always `custom`.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidGrantException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function signInCustom(
        #[\SensitiveParameter] string $ticket,
        string $providerId = 'custom',
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'signInCustom',
            body: [
                'ticket' => $ticket,
                'provider_id' => $providerId,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Sign in with a third-party provider token.
     *
     * Signs in (or, unless `force_disable_sign_up`, signs up) the user behind a provider token from `POST
     * /provider/token` (or from a confirmed QR code, see `POST /qrcode/get/status`). `x-device-id` is
     * required. When the provider token carries a phone number (WeChat phone authorisation) and no user is
     * bound to the identity yet, the account with that phone number is signed in and the identity bound to
     * it; a new account gets the phone number.
     *
     * Differs from the docs: `provider_id` is optional. The older docs render marks it required; the newer
     * render and the official SDK send only `provider_token` (four of its five callers), since the token
     * already names its provider. When sent, it must be the token's provider.
     *
     * `POST /signin/with/provider`. No credentials are sent (client_id goes in the query). A success
     * becomes the client's session.
     *
     * @param string $providerToken From `POST /provider/token`.
     * @param string|null $providerId Such as `github` or `wx_open`; optional (the token names its provider), and when sent it must match.
     * @param bool|null $forceDisableSignUp Fail instead of creating a user.
     * @param bool|null $syncProfile Copy the provider's profile to the user.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidGrantException
     * @throws Exception\UserNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function signInWithProvider(
        #[\SensitiveParameter] string $providerToken,
        ?string $providerId = null,
        ?bool $forceDisableSignUp = null,
        ?bool $syncProfile = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'signInWithProvider',
            body: [
                'provider_token' => $providerToken,
                'provider_id' => $providerId,
                'force_disable_sign_up' => $forceDisableSignUp,
                'sync_profile' => $syncProfile,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Exchange a provider's authorisation code for a provider token.
     *
     * Turns what a third-party provider gave the user (an OAuth `provider_code`, an access token or an ID
     * token) into a CloudBase `provider_token`, valid 3600 seconds, which `signin/with/provider` and
     * `user/provider/bind` accept. Start an OAuth login with `GET /provider/uri`; send the code the
     * provider redirected back with, and the same `provider_redirect_uri`.
     *
     * WeChat mini-programs: `provider_id` is the mini-program's AppID, `provider_code` the `wx.login`
     * code, and `provider_params.provider_code_type` says which identity to use: `open_id` (the user's
     * OpenID in this mini-program), `union_id` (the UnionID shared by the apps of one WeChat open-platform
     * account) or `phone` (also send the `getPhoneNumber` code as `provider_params.code`: the provider
     * token then carries the phone number, and signing in with it finds the account by that number).
     *
     * Differs from the docs: the official SDK checks `error_code` on a 200 answer too (the WeChat tunnel
     * answers errors that way); this document declares `code` and `error_code` on the success schema for
     * that reason.
     *
     * `POST /provider/token`. No credentials are sent (client_id goes in the query).
     *
     * @param string $providerId Such as `github` or `wx_open`.
     * @param string|null $providerRedirectUri The redirect URI used with the provider.
     * @param string|null $providerCode The authorisation code the provider sent back to `provider_redirect_uri` (its `code` query parameter), or a WeChat `wx.login()` code; good for one use.
     * @param string|null $providerAccessToken A provider access token, instead of a code.
     * @param string|null $providerIdToken A provider ID token, instead of a code.
     * @param \CloudBase\Auth\Model\ProviderParams|array<string, mixed>|null $providerParams Provider-specific parameters; WeChat mini-programs send which identity to use and the phone code.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\ProviderTokenResponse
     * @throws Exception\InvalidGrantException
     * @throws Exception\ProviderNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function grantProviderToken(
        string $providerId,
        ?string $providerRedirectUri = null,
        #[\SensitiveParameter] ?string $providerCode = null,
        #[\SensitiveParameter] ?string $providerAccessToken = null,
        #[\SensitiveParameter] ?string $providerIdToken = null,
        \CloudBase\Auth\Model\ProviderParams|array|null $providerParams = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\ProviderTokenResponse {
        $answer = $this->call(
            'grantProviderToken',
            body: [
                'provider_id' => $providerId,
                'provider_redirect_uri' => $providerRedirectUri,
                'provider_code' => $providerCode,
                'provider_access_token' => $providerAccessToken,
                'provider_id_token' => $providerIdToken,
                'provider_params' => self::object($providerParams),
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\ProviderTokenResponse::fromArray($answer);
    }

    /**
     * Attach a WeChat phone number to a provider token.
     *
     * Adds the phone number the user allowed a WeChat mini-program to read (`getPhoneNumber`) to an
     * existing provider token (from `POST /provider/token`): send the phone code as `provider_params.code`
     * with `provider_code_type: phone`. The answer is a provider token (valid 3600 seconds) whose
     * `provider_profile` carries the phone number; signing in with it (`POST /signin/with/provider`) finds
     * or creates the account with that number, and binding it gives the account the number if it has none.
     *
     * The older `getPhoneNumber` flow sends `encryptedData` and `iv` instead of `code`; the emulator does
     * not decrypt them and answers `invalid_argument`.
     *
     * `PATCH /provider/token`. No credentials are sent (client_id goes in the query).
     *
     * @param string $providerToken From `POST /provider/token`.
     * @param \CloudBase\Auth\Model\PatchProviderParams|array<string, mixed> $providerParams What to attach to the provider token.
     * @param string|null $providerId The token's provider (optional; it must match when sent).
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\ProviderTokenResponse
     * @throws Exception\InvalidGrantException
     * @throws Exception\InvalidArgumentException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function patchProviderToken(
        #[\SensitiveParameter] string $providerToken,
        \CloudBase\Auth\Model\PatchProviderParams|array $providerParams,
        ?string $providerId = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\ProviderTokenResponse {
        $answer = $this->call(
            'patchProviderToken',
            body: [
                'provider_token' => $providerToken,
                'provider_params' => self::object($providerParams),
                'provider_id' => $providerId,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\ProviderTokenResponse::fromArray($answer);
    }

    /**
     * Get tokens from a refresh token, a password, an authorization code, a device code or client
     * credentials.
     *
     * The OAuth 2.0 token endpoint. With `grant_type=refresh_token` it rotates the refresh token: the one
     * sent is invalid from then on, and using it again fails with `invalid_grant` (sign the user out
     * then). With `grant_type=password` it signs in. Neither needs authentication; the SDK also sends
     * `client_id` and `client_secret` (empty by default) in the body. `grant_type=client_credentials`
     * needs Basic `SecretId:SecretKey` and returns an administrator token (432000 s) with no refresh
     * token.
     *
     * `grant_type=authorization_code` redeems a code from `POST /user/authorize` (CloudBase as the OAuth
     * server of another app): send the same `client_id` and `redirect_uri` as when the code was issued
     * and, if a `code_challenge` was sent then, the PKCE `code_verifier` (S256:
     * `BASE64URL(SHA256(code_verifier))` must equal the challenge; `plain`: equal strings). A code works
     * once; a wrong verifier, client or redirect URI, or a second use, fails with `invalid_grant`. With
     * `openid` in the code's scope the answer also carries an `id_token` (with `nonce` when one is sent).
     *
     * `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628) is the polling half of the
     * device flow (`POST /device/code`): until the user approves the `user_code` the answer is
     * `authorization_pending`; polling faster than `interval` answers `slow_down` (and adds 5 s to the
     * interval); after `expires_in` the answer is `expired_token`. On approval the device gets the user's
     * tokens, once. The SDK model has `code`, `redirect_uri`, `nonce`, `code_verifier` and `device_code`
     * (`GrantTokenRequest`) but no caller; the grant value and the polling errors follow RFC 8628, as the
     * CloudBase CLI device-flow page requires (inferred for this API).
     *
     * Differs from older guides: the refresh grant needs no Basic client authentication.
     *
     * `POST /token`. No credentials are sent (client_id goes in the query). A success becomes the client's
     * session.
     *
     * @param \CloudBase\Auth\Enum\GrantType|string $grantType The OAuth 2.0 grant.
     * @param string|null $refreshToken With `grant_type` `refresh_token`: the session's current refresh token (it rotates: each one is spent by its first use).
     * @param string|null $username With `grant_type` `password`: the user name, phone number (`+86 13800000000`) or email to sign in with.
     * @param string|null $password With `grant_type` `password`: the account's password, exactly as the user typed it.
     * @param string|null $clientId Defaults to the environment ID.
     * @param string|null $clientSecret The SDK sends an empty string by default.
     * @param string|null $scope The scopes asked for, space-separated (such as `openid profile email`); left out, the grant's default scopes.
     * @param string|null $code For `authorization_code`, the code from `POST /user/authorize`.
     * @param string|null $redirectUri For `authorization_code`, the same redirect URI as when the code was issued.
     * @param string|null $codeVerifier For `authorization_code`, the PKCE verifier whose challenge was sent to `POST /user/authorize`.
     * @param string|null $nonce For `authorization_code`, copied into the `id_token` (OpenID Connect).
     * @param string|null $deviceCode For the device-code grant, from `POST /device/code`.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidGrantException
     * @throws Exception\UnsupportedGrantTypeException
     * @throws Exception\AuthorizationPendingException
     * @throws Exception\SlowDownException
     * @throws Exception\ExpiredTokenException
     * @throws Exception\InvalidClientException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function grantToken(
        \CloudBase\Auth\Enum\GrantType|string $grantType,
        #[\SensitiveParameter] ?string $refreshToken = null,
        ?string $username = null,
        #[\SensitiveParameter] ?string $password = null,
        ?string $clientId = null,
        #[\SensitiveParameter] ?string $clientSecret = null,
        ?string $scope = null,
        #[\SensitiveParameter] ?string $code = null,
        ?string $redirectUri = null,
        #[\SensitiveParameter] ?string $codeVerifier = null,
        ?string $nonce = null,
        #[\SensitiveParameter] ?string $deviceCode = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'grantToken',
            body: [
                'grant_type' => $grantType,
                'refresh_token' => $refreshToken,
                'username' => $username,
                'password' => $password,
                'client_id' => $clientId,
                'client_secret' => $clientSecret,
                'scope' => $scope,
                'code' => $code,
                'redirect_uri' => $redirectUri,
                'code_verifier' => $codeVerifier,
                'nonce' => $nonce,
                'device_code' => $deviceCode,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Check whether an access token is still valid.
     *
     * The token to check is the Bearer token of the request. A valid token answers with its client,
     * subject and scope. An invalid, expired or revoked token answers 200 with an empty object `{}`, not
     * `active: false`. This call never refreshes anything.
     *
     * Differs from older guides: the token goes in `Authorization: Bearer`, not in a `?token=` query, and
     * no Basic client authentication is used.
     *
     * `GET /token/introspect`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\IntrospectResponse
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function introspectToken(
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\IntrospectResponse {
        $answer = $this->call(
            'introspectToken',
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\IntrospectResponse::fromArray($answer);
    }

    /**
     * Revoke a token (log out).
     *
     * Revokes the token in the body, or the Bearer token itself when the body names none. Revoking an
     * access token also revokes its refresh token. Confirm with `GET /token/introspect`, which then
     * answers `{}`.
     *
     * Two ways to call it. The official SDK's default logout (`auth.signOut()`) sends the live access
     * token as `{token}` with `?client_id=` and no Authorization header: the token in the body
     * authenticates itself, so it must be valid. With a Bearer token the body may name any token of the
     * caller, or none.
     *
     * Differs from the docs: the docs list only Bearer; the SDK sends no Authorization header. Both are
     * accepted.
     *
     * Differs from older guides: do not authenticate with Basic client credentials, and build the JSON so
     * that `${accessToken}` is expanded (the older guide single-quotes it, so the literal text
     * `${accessToken}` is sent).
     *
     * `POST /revoke`. Sends the session's access token when signed in, else client_id. A success ends the
     * client's session when the token it ends is the session's own.
     *
     * @param string|null $token The access or refresh token to revoke (from a sign-in, such as `POST /signin`); defaults to the Bearer token.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function revokeToken(
        #[\SensitiveParameter] ?string $token = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'revokeToken',
            body: [
                'token' => $token,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Read the signed-in user's profile.
     *
     * The profile of the user the Bearer token belongs to. Fields follow the docs' list (`sub`, `user_id`,
     * `name`, `picture`, `username`, `email`, `phone_number`, `gender`, `status`, `has_password`,
     * `providers`, `groups`, `type`, `internal_user_type`, `user_source`, `user_desc`, `last_login`,
     * `meta`, the timestamps) and the official SDK's `UserProfile` model (`email_verified`, `locale`,
     * `birthdate`, `zoneinfo`, `created_from`). Fields without a value are left out. The SDK may append
     * arbitrary query parameters (`getUserInfo({query})`); the service ignores unknown ones.
     *
     * Differs from the docs: the docs call the self-description `user_desc`, while `POST /user/basic/edit`
     * takes it as `description`; this document lists both in the answer (`description` is not in the docs'
     * list: inferred, kept for older clients).
     *
     * `GET /user/me`. Sends the session's access token (NotSignedInException without a session), renewed
     * first when it is about to expire.
     *
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\UserProfile
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getUserMe(
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\UserProfile {
        $answer = $this->call(
            'getUserMe',
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\UserProfile::fromArray($answer);
    }

    /**
     * Delete the signed-in user's account.
     *
     * Deletes the account for good. Needs a `sudo_token` (query) from `POST /user/sudo`, which proves the
     * user re-entered a password or a verification code in the last 900 seconds.
     *
     * Differs from older guides: the older guide shows no sudo step; without `sudo_token` the call fails
     * with `permission_denied`.
     *
     * `DELETE /user/me`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire. A success ends the client's session when the token it ends
     * is the session's own.
     *
     * @param string $sudoToken The token from `POST /user/sudo`, valid 900 seconds. (sent as the query parameter sudo_token)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\PermissionDeniedException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\UserNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function deleteUserMe(
        #[\SensitiveParameter] string $sudoToken,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'deleteUserMe',
            query: [
                'sudo_token' => $sudoToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Re-authenticate and get a short-lived sudo token.
     *
     * Proves the signed-in user is present, with their password or a fresh `verification_token` (exactly
     * one), and answers with a `sudo_token` valid 900 seconds. Password changes and account deletion need
     * it.
     *
     * `POST /user/sudo`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string|null $password The signed-in user's current password, typed again to prove it is them (or send `verification_token` instead).
     * @param string|null $verificationToken From `POST /verification/verify`, for a code sent to the user's own phone or email.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\SudoResponse
     * @throws Exception\InvalidPasswordException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function sudo(
        #[\SensitiveParameter] ?string $password = null,
        #[\SensitiveParameter] ?string $verificationToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\SudoResponse {
        $answer = $this->call(
            'sudo',
            body: [
                'password' => $password,
                'verification_token' => $verificationToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\SudoResponse::fromArray($answer);
    }

    /**
     * Change the signed-in user's password.
     *
     * Sets a new password (8-64 characters with upper and lower case letters, a digit and a special
     * character). Needs a `sudo_token` from `POST /user/sudo`, in the body (as the official SDK's
     * `setPassword` sends `{new_password, sudo_token}`) or in the query (as the docs say); the local
     * emulator accepts either. Other devices are signed out.
     *
     * Differs from the docs: the docs put `sudo_token` in the query only; the SDK sends it in the body
     * only, so the query parameter is optional here.
     *
     * Differs from older guides: the older guide sends only `old_password` and `new_password` with no sudo
     * step; the service requires `sudo_token`.
     *
     * `PATCH /user/password`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string $newPassword The new password, 8 to 64 characters.
     * @param string|null $oldPassword Needed when the user already has a password.
     * @param string|null $confirmPassword The new password again; must equal `new_password`.
     * @param string|null $sudoToken The token from `POST /user/sudo`, valid 900 seconds; here or in the body. (sent as the query parameter sudo_token)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\InvalidPasswordException
     * @throws Exception\PermissionDeniedException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function updatePassword(
        #[\SensitiveParameter] string $newPassword,
        #[\SensitiveParameter] ?string $oldPassword = null,
        #[\SensitiveParameter] ?string $confirmPassword = null,
        #[\SensitiveParameter] ?string $sudoToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'updatePassword',
            query: [
                'sudo_token' => $sudoToken,
            ],
            body: [
                'new_password' => $newPassword,
                'old_password' => $oldPassword,
                'confirm_password' => $confirmPassword,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * List the identity providers and which are bound to the user.
     *
     * Every identity provider enabled for the environment, with `bind: true` for those bound to the
     * signed-in user.
     *
     * Differs from older guides: the path is `/user/provider` (singular); the older guide's
     * `/user/providers` does not exist.
     *
     * `GET /user/provider`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\ProviderList
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function listProviders(
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\ProviderList {
        $answer = $this->call(
            'listProviders',
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\ProviderList::fromArray($answer);
    }

    /**
     * Bind a third-party identity to the signed-in user.
     *
     * Binds the identity behind a `provider_token` (from `POST /provider/token`) to the signed-in user, so
     * that it can sign in with it too.
     *
     * `POST /user/provider/bind`. Sends the session's access token (NotSignedInException without a
     * session), renewed first when it is about to expire.
     *
     * @param string $providerToken From `POST /provider/token`, for the identity to bind.
     * @param bool|null $withUserCenter Bind through the user center as well (passed through to the service).
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\InvalidGrantException
     * @throws Exception\UnauthorizedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function bindProvider(
        #[\SensitiveParameter] string $providerToken,
        ?bool $withUserCenter = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'bindProvider',
            body: [
                'provider_token' => $providerToken,
                'with_user_center' => $withUserCenter,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Unbind a third-party identity from the signed-in user.
     *
     * Removes the binding between the signed-in user and the identity provider `provider_id` (for example
     * `github`, `wx_open`, `qq`).
     *
     * `DELETE /user/provider/{provider_id}`. Sends the session's access token (NotSignedInException
     * without a session), renewed first when it is about to expire.
     *
     * @param string $providerId The identity provider to unbind. (sent as the path parameter provider_id)
     * @param bool|null $withUserCenter Also unbind in the user centre. (sent as the query parameter with_user_center)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\ProviderNotFoundException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function unbindProvider(
        string $providerId,
        ?bool $withUserCenter = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'unbindProvider',
            path: ['provider_id' => $providerId],
            query: [
                'with_user_center' => $withUserCenter,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Sign the user out on this device.
     *
     * Revokes the session's refresh token and invalidates its access token. Answers with the
     * `redirect_uri` to follow, if one was given.
     *
     * Differs from older guides: the older guide does not have this call.
     *
     * `POST /user/signout`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire. A success ends the client's session when the token it ends
     * is the session's own.
     *
     * @param string|null $redirectUri Where the provider should send the browser after signing out (OIDC logout).
     * @param string|null $state Opaque value echoed back with the redirect.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\SignOutResponse
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function signOut(
        ?string $redirectUri = null,
        ?string $state = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\SignOutResponse {
        $answer = $this->call(
            'signOut',
            body: [
                'redirect_uri' => $redirectUri,
                'state' => $state,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\SignOutResponse::fromArray($answer);
    }

    /**
     * Reset a forgotten password with a verification token.
     *
     * Sets a new password for the account that owns the phone number or email a `verification_token` was
     * issued for, and signs that account out everywhere. No sign-in is needed. The official SDK
     * (`resetPasswordForEmail`) sends the code with `POST /verification` without `usage` or `target`,
     * verifies it, then sends `{email or phone_number, new_password, verification_token}` here; a phone
     * number may come without the `+86 ` prefix. `usage: PASSWORD_RESET` on the code is accepted but not
     * needed.
     *
     * Differs from the docs: an older docs render lists Basic client authentication; the SDK sends none
     * (only `?client_id=`).
     *
     * `POST /reset`. No credentials are sent (client_id goes in the query).
     *
     * @param string $newPassword The new password, 8 to 64 characters.
     * @param string $verificationToken From `POST /verification/verify`, for a code sent to that phone or email.
     * @param string|null $email The email the verification code went to (or give `phone_number`).
     * @param string|null $phoneNumber The phone number the verification code went to, `+86 13800000000`.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\InvalidVerificationCodeException
     * @throws Exception\UserNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function resetPassword(
        #[\SensitiveParameter] string $newPassword,
        #[\SensitiveParameter] string $verificationToken,
        ?string $email = null,
        ?string $phoneNumber = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'resetPassword',
            body: [
                'new_password' => $newPassword,
                'verification_token' => $verificationToken,
                'email' => $email,
                'phone_number' => $phoneNumber,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Edit the signed-in user's basic profile.
     *
     * Changes the nickname, username, description, avatar, gender, email or phone number of the signed-in
     * user. Only the fields sent change.
     *
     * An email or phone number changes only when that exact address was verified through `POST
     * /verification` and `POST /verification/verify` shortly before (the SDK's `updateUser` sends the
     * code, verifies it, then calls this); otherwise use `PATCH /user/contact`, which also handles an
     * address that another account owns.
     *
     * `password` (the old one) with `new_password` changes the password (the SDK's model
     * `ModifyUserBasicInfoRequest`). `user_id` edits another user and needs an administrator token (docs:
     * "requires administrator privileges when modifying other users' information"). The SDK's
     * `modifyPassword` also sends an encrypted variant `{user_id, encrypt_password, encrypt_new_password,
     * public_key_thumbprint}` (RSA with the key of `POST /v2/signin/publichkey`); that variant exists but
     * is not covered here.
     *
     * Differs from older guides: profile edits go here; `PATCH /user/me` does not exist.
     *
     * `POST /user/basic/edit`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string|null $userId Another user to edit; needs an administrator token (docs).
     * @param string|null $nickname The new display name apps show for the user (free text; not used to sign in).
     * @param string|null $username New user name.
     * @param string|null $description Self-description (answered as `user_desc` by `GET /user/me`).
     * @param string|null $avatarUrl The URL of the new avatar image (`https://...`); the service stores it as given.
     * @param \CloudBase\Auth\Enum\Gender|string|null $gender The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out when unknown).
     * @param string|null $email New email; must have been verified with a code just before.
     * @param string|null $phone New phone number (`+86 13800000000`); must have been verified with a code just before.
     * @param string|null $password The current password, with `new_password` (SDK model).
     * @param string|null $newPassword The new password, with `password` (SDK model).
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\InvalidPasswordException
     * @throws Exception\PermissionDeniedException
     * @throws Exception\UsernameAlreadyExistsException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function editBasicUser(
        ?string $userId = null,
        ?string $nickname = null,
        ?string $username = null,
        ?string $description = null,
        ?string $avatarUrl = null,
        \CloudBase\Auth\Enum\Gender|string|null $gender = null,
        ?string $email = null,
        ?string $phone = null,
        #[\SensitiveParameter] ?string $password = null,
        #[\SensitiveParameter] ?string $newPassword = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'editBasicUser',
            body: [
                'user_id' => $userId,
                'nickname' => $nickname,
                'username' => $username,
                'description' => $description,
                'avatar_url' => $avatarUrl,
                'gender' => $gender,
                'email' => $email,
                'phone' => $phone,
                'password' => $password,
                'new_password' => $newPassword,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Check whether a username is taken.
     *
     * Answers whether an account with this username exists, before a sign-up.
     *
     * `GET /checkIfUserExist`. No credentials are sent (client_id goes in the query).
     *
     * @param string $username The username to look up. (sent as the query parameter username)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\UserExistResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function checkIfUserExist(
        string $username,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\UserExistResponse {
        $answer = $this->call(
            'checkIfUserExist',
            query: [
                'username' => $username,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\UserExistResponse::fromArray($answer);
    }

    /**
     * Sign in a WeChat user without a password (WeDa password-free login).
     *
     * Signs in the WeChat user who calls through the mini-program cloud tunnel (`httpOverCallFunction`):
     * WeChat itself vouches for the caller, so no code or password is sent. Used by WeDa apps whose
     * provider sub type is `NO_AUTH_LOGIN` (see `POST /mgr/provider/providerSubType`); it fails with
     * `provider_not_enabled` otherwise (inferred: the SDK names both "password-free login" but does not
     * link them). The identity is the same as a mini-program `open_id` login: the first call creates the
     * user, later ones sign the same user in.
     *
     * The body is free-form in the official SDK (it forwards what the caller passes). The fields below are
     * inferred: outside the WeChat tunnel the caller names the mini-program (`appid`) and the user's
     * `openid`, which the real service reads from the tunnel's context. Only use this from a trusted
     * server or through the tunnel.
     *
     * `POST /signin/wechat/noauth`. No credentials are sent (client_id goes in the query). A success
     * becomes the client's session.
     *
     * @param string|null $appid The mini-program's AppID.
     * @param string|null $openid The WeChat user's OpenID in that mini-program.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\ProviderNotEnabledException
     * @throws Exception\ProviderNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function signInWithWechat(
        ?string $appid = null,
        ?string $openid = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'signInWithWechat',
            body: [
                'appid' => $appid,
                'openid' => $openid,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Build the provider's authorisation URL that starts a third-party login.
     *
     * The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom OIDC provider):
     * answers with the provider's authorisation `uri`, which carries `redirect_uri` and `state`. Send the
     * user's browser there; the provider redirects back to `redirect_uri` with `code` and the same `state`
     * (check it), and the code goes to `POST /provider/token` with the same redirect URI. `signout_uri` is
     * the provider's sign-out page, when it has one.
     *
     * The official SDK also sends `other_params[<key>]=<value>` pairs (such as
     * `other_params[sign_out_uri]`), which the service passes on to the provider. They are not declared
     * here: the generator has no `deepObject` query support, and the emulator ignores them.
     *
     * Differs from the docs: `state` is optional in the docs but the official SDK always sends it (its
     * model requires it); send it. The SDK's deprecated `provider_redirect_uri` is an alias of
     * `redirect_uri`.
     *
     * `GET /provider/uri`. No credentials are sent (client_id goes in the query).
     *
     * @param string $providerId The identity provider, such as `github` or a custom provider's ID. (sent as the query parameter provider_id)
     * @param string|null $redirectUri Where the provider sends the user back, with `code` and `state`. (sent as the query parameter redirect_uri)
     * @param string|null $providerRedirectUri Deprecated alias of `redirect_uri` (older SDKs send it). (sent as the query parameter provider_redirect_uri)
     * @param string|null $state An opaque value the provider hands back unchanged; check it on return (against CSRF). (sent as the query parameter state)
     * @param string|null $scope Scopes to request from the provider, space-separated. (sent as the query parameter scope)
     * @param \CloudBase\Auth\Enum\ResponseType|string|null $responseType The OAuth response type; `code` by default. (sent as the query parameter response_type)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\ProviderRedirectUriResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\ProviderNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function genProviderRedirectUri(
        string $providerId,
        ?string $redirectUri = null,
        ?string $providerRedirectUri = null,
        ?string $state = null,
        ?string $scope = null,
        \CloudBase\Auth\Enum\ResponseType|string|null $responseType = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\ProviderRedirectUriResponse {
        $answer = $this->call(
            'genProviderRedirectUri',
            query: [
                'provider_id' => $providerId,
                'redirect_uri' => $redirectUri,
                'provider_redirect_uri' => $providerRedirectUri,
                'state' => $state,
                'scope' => $scope,
                'response_type' => $responseType,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\ProviderRedirectUriResponse::fromArray($answer);
    }

    /**
     * Move a provider identity from another account to the signed-in user.
     *
     * Moves the third-party identity behind `provider_token` (from `POST /provider/token`) to the
     * signed-in user, taking it from the account it is bound to now (if any). Use it when `POST
     * /user/provider/bind` fails with `invalid_grant` because the identity already belongs to another
     * account that the user also owns. Answers with a fresh session of the signed-in user. The other
     * account stays, without that identity.
     *
     * Inferred: the official SDK only shows the request and the token response; the move semantics are
     * this document's reading of the name (`trans` = transfer). Fails with `already_exists` when the
     * signed-in user already has another identity of the same provider (unbind it, or use `POST
     * /user/provider/{provider_id}/trans`).
     *
     * `PATCH /user/trans/by/provider`. Sends the session's access token (NotSignedInException without a
     * session), renewed first when it is about to expire. A success becomes the client's session.
     *
     * @param string $providerToken From `POST /provider/token`.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\InvalidGrantException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\AlreadyExistsException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function transByProvider(
        #[\SensitiveParameter] string $providerToken,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'transByProvider',
            body: [
                'provider_token' => $providerToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Replace the signed-in user's identity of one provider.
     *
     * Changes which identity of `provider_id` the signed-in user is bound to: the identity behind
     * `provider_trans_token` (a provider token of that provider, from `POST /provider/token`) replaces the
     * current one, and is taken from the account it was bound to, if any. Answers with the client ID of
     * the session.
     *
     * Inferred: the official SDK (`changeBoundProvider`) shows the request and the `{client_id}` answer
     * only; where the trans token comes from and the replace semantics are this document's reading.
     *
     * `POST /user/provider/{provider_id}/trans`. Sends the session's access token (NotSignedInException
     * without a session), renewed first when it is about to expire.
     *
     * @param string $providerTransToken A provider token of the path's provider, from `POST /provider/token`.
     * @param string $providerId The provider whose binding changes, such as `github`. (sent as the path parameter provider_id)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\ChangeBoundProviderResponse
     * @throws Exception\InvalidGrantException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function changeBoundProvider(
        #[\SensitiveParameter] string $providerTransToken,
        string $providerId,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\ChangeBoundProviderResponse {
        $answer = $this->call(
            'changeBoundProvider',
            path: ['provider_id' => $providerId],
            body: [
                'provider_trans_token' => $providerTransToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\ChangeBoundProviderResponse::fromArray($answer);
    }

    /**
     * Read the WeDa provider's sub type (whether password-free login is on).
     *
     * WeDa low-code apps only: answers whether the environment's WeDa provider allows password-free WeChat
     * login (`provider_sub_type: NO_AUTH_LOGIN`, then use `POST /signin/wechat/noauth`) or not (`""`). The
     * official SDK always sends `{provider_id: "weda"}`.
     *
     * `POST /mgr/provider/providerSubType`. No credentials are sent (client_id goes in the query).
     *
     * @param string $providerId The provider to ask about: `weda` (the WeDa low-code platform's login), the only one the service answers for.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\ProviderSubTypeResponse
     * @throws Exception\ProviderNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getProviderSubType(
        string $providerId,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\ProviderSubTypeResponse {
        $answer = $this->call(
            'getProviderSubType',
            body: [
                'provider_id' => $providerId,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\ProviderSubTypeResponse::fromArray($answer);
    }

    /**
     * Create an image captcha.
     *
     * After a `captcha_required` error, creates a captcha: `data` is the image (a data URI) of a short
     * text the user types in, `token` names the captcha for `POST /captcha/data/verify` and is valid
     * `expires_in` seconds (300). `state` is what the call to unlock is (the official SDK sends
     * `METHOD:url` of the retried request, such as `POST:/v1/verification`); the captcha token that comes
     * out of it then unlocks that call only.
     *
     * Per the docs, only usable when the environment does not use an external verification service.
     *
     * Differs from the docs: the older docs render lists Basic client authentication; the official SDK
     * sends none (`withCredentials: false`).
     *
     * `POST /captcha/data`. No credentials are sent (client_id goes in the query).
     *
     * @param string $state `METHOD:url` of the call to retry, such as `POST:/v1/verification`.
     * @param string|null $redirectUri The official SDK sends an empty string.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\CaptchaDataResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function createCaptchaData(
        string $state,
        ?string $redirectUri = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\CaptchaDataResponse {
        $answer = $this->call(
            'createCaptchaData',
            body: [
                'state' => $state,
                'redirect_uri' => $redirectUri,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\CaptchaDataResponse::fromArray($answer);
    }

    /**
     * Check a captcha answer and get a captcha token.
     *
     * Checks the text the user read off the captcha image (`key`) against the captcha named by `token`.
     * Right: answers with a `captcha_token` (valid 600 seconds) for the retried call, as the
     * `captcha_token` query parameter or the `x-captcha-token` header. Wrong: `captcha_invalid`, and the
     * captcha is spent (create a new one). The answer is not case-sensitive (inferred).
     *
     * `POST /captcha/data/verify`. No credentials are sent (client_id goes in the query).
     *
     * @param string $token From `POST /captcha/data`.
     * @param string $key The text the user read off the image.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\CaptchaTokenResponse
     * @throws Exception\CaptchaInvalidException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function verifyCaptchaData(
        #[\SensitiveParameter] string $token,
        #[\SensitiveParameter] string $key,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\CaptchaTokenResponse {
        $answer = $this->call(
            'verifyCaptchaData',
            body: [
                'token' => $token,
                'key' => $key,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\CaptchaTokenResponse::fromArray($answer);
    }

    /**
     * Create a mini-program QR code for web login.
     *
     * Web login by scanning: creates a mini-program code (`qr_code`, an image data URI; inferred, the SDK
     * only passes it on) that the user scans with WeChat; the mini-program asks them to confirm. Poll
     * `POST /qrcode/get/status` with `qr_code_id` until the status is `CONFIRMED`, then sign in with its
     * `provider_token` through `POST /signin/with/provider`. The code is valid `expires_in` seconds (300,
     * inferred).
     *
     * The body uses camelCase, as the official SDK sends it.
     *
     * `POST /qrcode/generate`. No credentials are sent (client_id goes in the query).
     *
     * @param string $envId The CloudBase environment ID.
     * @param string $wxAppId The mini-program's AppID.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\QrCodeResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\ProviderNotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getMiniProgramQrCode(
        string $envId,
        string $wxAppId,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\QrCodeResponse {
        $answer = $this->call(
            'getMiniProgramQrCode',
            body: [
                'envId' => $envId,
                'wxAppId' => $wxAppId,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\QrCodeResponse::fromArray($answer);
    }

    /**
     * Poll the status of a login QR code.
     *
     * Where the scan of a QR code from `POST /qrcode/generate` stands: `WAITING` (not scanned yet),
     * `SCANNED` (scanned, not confirmed), `CONFIRMED` (the user confirmed in the mini-program:
     * `provider_token` is set, for `POST /signin/with/provider`), `CANCELLED` (the user declined) or
     * `EXPIRED`. `expires_in` is the seconds left: of the QR code, or of the provider token once
     * confirmed. Poll every second or two.
     *
     * Inferred: the official SDK types `status` as a plain string and `provider_token` as always present;
     * the status names are this document's, and `provider_token` is only sent once confirmed. The body
     * uses camelCase, as the official SDK sends it.
     *
     * `POST /qrcode/get/status`. No credentials are sent (client_id goes in the query).
     *
     * @param string $qrCodeId From `POST /qrcode/generate`.
     * @param string $envId The CloudBase environment ID.
     * @param string $wxAppId The mini-program's AppID.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\QrCodeStatusResponse
     * @throws Exception\NotFoundException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getMiniProgramQrCodeStatus(
        string $qrCodeId,
        string $envId,
        string $wxAppId,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\QrCodeStatusResponse {
        $answer = $this->call(
            'getMiniProgramQrCodeStatus',
            body: [
                'qrCodeId' => $qrCodeId,
                'envId' => $envId,
                'wxAppId' => $wxAppId,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\QrCodeStatusResponse::fromArray($answer);
    }

    /**
     * Sign the user out on every device.
     *
     * Ends every session of the signed-in user, on all devices, this one included: every refresh token is
     * revoked and every access token stops working. Use it for "log out everywhere", for example after a
     * password leak. The SDK's `revokeAllDevices` sends it with the Bearer token and no body.
     *
     * `DELETE /user/revoke/all`. Sends the session's access token (NotSignedInException without a
     * session), renewed first when it is about to expire. A success ends the client's session when the
     * token it ends is the session's own.
     *
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function revokeAllDevices(
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'revokeAllDevices',
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Sign the user out on one device.
     *
     * Ends the signed-in user's sessions on one device, named by the `x-device-id` it sent when it signed
     * in (the login history of `GET /user/security/history` lists them). Use it to sign out a lost or
     * stolen phone. Naming the calling device signs this session out too. A device with no live session of
     * this user answers `not_found` (inferred). The SDK's `revokeDevice` sends it with the Bearer token
     * and no body.
     *
     * `DELETE /user/authorized/devices/{device_id}`. Sends the session's access token
     * (NotSignedInException without a session), renewed first when it is about to expire.
     *
     * @param string $deviceId The device ID (`x-device-id`) whose sessions end. (sent as the path parameter device_id)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\NotFoundException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function revokeDevice(
        string $deviceId,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'revokeDevice',
            path: ['device_id' => $deviceId],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Bind or change the user's phone number or email.
     *
     * Sets the signed-in user's phone number or email (exactly one) to an address the user just proved:
     * `verification_token` comes from a code sent to the new address (`POST /verification`, then `POST
     * /verification/verify`) and `sudo_token` from `POST /user/sudo`. Both are spent. The SDK's
     * `bindPhoneNumber` and `bindEmail` call it.
     *
     * `conflict_resolution` says what happens when another account already has the address. These meanings
     * come from the SDK model's comments; the emulator's exact behaviour is inferred from them:
     *
     * - `DEFAULT` (or absent): refuse with `username_already_exists`. - `DELETE_ACCOUNT_TRANSFER`: the
     * other account is marked deleted (closed) and the address moves to this user. - `TRANSFER`: only the
     * address moves; the other account stays, unless it can no longer sign in (no password, no other phone
     * number or email, no bound identity), in which case it is closed too.
     *
     * The user's sessions stay valid.
     *
     * `PATCH /user/contact`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string $sudoToken From `POST /user/sudo`, valid 900 seconds.
     * @param string $verificationToken From `POST /verification/verify`, for a code sent to the new address.
     * @param string|null $phoneNumber The new phone number, `+86 13900000000`.
     * @param string|null $email The new email address.
     * @param \CloudBase\Auth\Enum\ConflictResolution|string|null $conflictResolution What to do when another account has the address (see the operation); `DEFAULT` when absent.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\InvalidVerificationCodeException
     * @throws Exception\InvalidArgumentException
     * @throws Exception\PermissionDeniedException
     * @throws Exception\UsernameAlreadyExistsException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function editContact(
        #[\SensitiveParameter] string $sudoToken,
        #[\SensitiveParameter] string $verificationToken,
        ?string $phoneNumber = null,
        ?string $email = null,
        \CloudBase\Auth\Enum\ConflictResolution|string|null $conflictResolution = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'editContact',
            body: [
                'sudo_token' => $sudoToken,
                'verification_token' => $verificationToken,
                'phone_number' => $phoneNumber,
                'email' => $email,
                'conflict_resolution' => $conflictResolution,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Issue an authorization code for another app (CloudBase as the OAuth server).
     *
     * The authorization endpoint when CloudBase is the identity provider of another app (single sign-on):
     * the signed-in user agrees, and the app named by `client_id` gets a one-time `code` to redeem at
     * `POST /token` with `grant_type=authorization_code`. The code is bound to the client, the
     * `redirect_uri` and the PKCE `code_challenge`; it is valid 600 seconds (inferred) and works once. Use
     * PKCE (`code_challenge_method: S256`) for public clients; `plain` is accepted. Read what to show on
     * the consent screen with `GET /user/authorize/info` first.
     *
     * Only `response_type=code` is covered (the SDK model's answer can also carry tokens, for an implicit
     * flow; the emulator answers `unsupported_response_type`). A `redirect_uri` the client did not
     * register answers `invalid_request`, a scope it may not ask for `invalid_scope`, an unknown
     * `client_id` `invalid_client`. The SDK's `authorize` sends the body with the Bearer token of the
     * user.
     *
     * `POST /user/authorize`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string|null $clientId The app asking for access; defaults to the environment ID.
     * @param string|null $responseType `code` (the default).
     * @param string|null $redirectUri Where the app receives the code; must be registered for the client.
     * @param string|null $state The app's opaque value, echoed back.
     * @param string|null $scope Space-separated scopes, such as `openid profile`.
     * @param string|null $codeChallenge The PKCE challenge, `BASE64URL(SHA256(code_verifier))` for S256.
     * @param \CloudBase\Auth\Enum\CodeChallengeMethod|string|null $codeChallengeMethod `S256` (recommended) or `plain`; `plain` when a challenge comes without a method.
     * @param string|null $signOutUri Where to go after signing out of the app.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\AuthorizeResponse
     * @throws Exception\InvalidRequestException
     * @throws Exception\UnsupportedResponseTypeException
     * @throws Exception\InvalidScopeException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InvalidClientException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function authorize(
        ?string $clientId = null,
        ?string $responseType = null,
        ?string $redirectUri = null,
        ?string $state = null,
        ?string $scope = null,
        ?string $codeChallenge = null,
        \CloudBase\Auth\Enum\CodeChallengeMethod|string|null $codeChallengeMethod = null,
        ?string $signOutUri = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\AuthorizeResponse {
        $answer = $this->call(
            'authorize',
            body: [
                'client_id' => $clientId,
                'response_type' => $responseType,
                'redirect_uri' => $redirectUri,
                'state' => $state,
                'scope' => $scope,
                'code_challenge' => $codeChallenge,
                'code_challenge_method' => $codeChallengeMethod,
                'sign_out_uri' => $signOutUri,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\AuthorizeResponse::fromArray($answer);
    }

    /**
     * Read the app and scopes an authorization request is for (consent screen).
     *
     * What a consent screen shows before `POST /user/authorize`: the requesting app (`client`) and the
     * scopes it asks for, with names and descriptions. The request's parameters are the ones the app put
     * in its authorization URL. It checks them like the authorization itself (unknown client, unregistered
     * `redirect_uri`, scope not allowed). The SDK's `authorizeInfo` sends the user's Bearer token when
     * signed in, and Basic `client_id:client_secret` otherwise (with `?client_id=`).
     *
     * `GET /user/authorize/info`. Sends the session's access token when signed in, else the client
     * credentials.
     *
     * @param string|null $responseType The OAuth 2.0 response type the app will ask for: `code`, the only one the service issues. (sent as the query parameter response_type)
     * @param string|null $redirectUri Where the app wants the code sent. (sent as the query parameter redirect_uri)
     * @param string|null $state The app's opaque state, echoed back. (sent as the query parameter state)
     * @param string|null $scope Space-separated scopes; the client's default scopes when absent. (sent as the query parameter scope)
     * @param string|null $signOutUri Where to go after signing out of the app. (sent as the query parameter sign_out_uri)
     * @param string|null $locale Language of the names and descriptions, such as `zh-CN` or `en-US`. (sent as the query parameter locale)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\AuthorizeInfo
     * @throws Exception\InvalidRequestException
     * @throws Exception\InvalidScopeException
     * @throws Exception\InvalidClientException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getAuthorizeInfo(
        ?string $responseType = null,
        ?string $redirectUri = null,
        ?string $state = null,
        ?string $scope = null,
        ?string $signOutUri = null,
        ?string $locale = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\AuthorizeInfo {
        $answer = $this->call(
            'getAuthorizeInfo',
            query: [
                'response_type' => $responseType,
                'redirect_uri' => $redirectUri,
                'state' => $state,
                'scope' => $scope,
                'sign_out_uri' => $signOutUri,
                'locale' => $locale,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\AuthorizeInfo::fromArray($answer);
    }

    /**
     * Start a device-flow sign-in (CLI, TV) and get a user code to show.
     *
     * The first step of the device flow (RFC 8628), for a device that cannot show a sign-in form (a CLI, a
     * TV). The answer has a secret `device_code` for the device and a short `user_code` (`XXXX-XXXX`) plus
     * `verification_uri` to show to the user, who approves it on a phone or computer where they are signed
     * in (`POST /user/device/authorize`). Meanwhile the device polls `POST /token` with
     * `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds. The codes last
     * `expires_in` seconds (600, and an interval of 3 s, as the CloudBase CLI device-flow page recommends;
     * inferred for this API).
     *
     * Differs from the docs: the SDK's `deviceAuthorize` sends `{client_id?, scope?}` with a Bearer token
     * (`withCredentials`), while the CloudBase CLI device-flow page sends only `{client_id}` with no
     * Authorization, as RFC 8628 does (a TV has no session yet). Both are accepted: no auth, or the Bearer
     * token of a session when there is one.
     *
     * `POST /device/code`. Sends the session's access token when signed in, else client_id.
     *
     * @param string|null $clientId The client the device signs in to; defaults to the environment ID.
     * @param string|null $scope Space-separated scopes.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\DeviceCodeResponse
     * @throws Exception\InvalidScopeException
     * @throws Exception\InvalidClientException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function requestDeviceCode(
        ?string $clientId = null,
        ?string $scope = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\DeviceCodeResponse {
        $answer = $this->call(
            'requestDeviceCode',
            body: [
                'client_id' => $clientId,
                'scope' => $scope,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\DeviceCodeResponse::fromArray($answer);
    }

    /**
     * Approve a device-flow user code as the signed-in user.
     *
     * The user, signed in on a phone or computer, types the `user_code` the device shows (case and the
     * dash do not matter) and approves it: the device's next poll of `POST /token` gets tokens for this
     * user. An unknown or already used code answers `not_found`, an expired one `expired_token`. The SDK's
     * `authorizeDevice` sends `{user_code, scope?, state?}` with the Bearer token.
     *
     * `POST /user/device/authorize`. Sends the session's access token (NotSignedInException without a
     * session), renewed first when it is about to expire.
     *
     * @param string $userCode The code the device shows; case and dashes do not matter.
     * @param string|null $scope Scopes to grant (defaults to what the device asked for).
     * @param string|null $state Opaque value (SDK model).
     * @param string|null $clientId The client (SDK base model); ignored, the user code names it.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\ExpiredTokenException
     * @throws Exception\NotFoundException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function authorizeDevice(
        string $userCode,
        ?string $scope = null,
        ?string $state = null,
        ?string $clientId = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'authorizeDevice',
            body: [
                'user_code' => $userCode,
                'scope' => $scope,
                'state' => $state,
                'client_id' => $clientId,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * Get an administrator token with a TC3-signed request (server side).
     *
     * The administrator access token the server SDKs use (`@cloudbase/node-sdk`
     * `auth().getClientCredential()`): a backend with the environment's API key pair (SecretId, SecretKey,
     * from the Tencent Cloud console) signs this request with TC3-HMAC-SHA256 (service `tcb`; see the
     * `tc3Signature` security scheme) and gets an access token with `scope: admin`, valid 432000 s, with
     * no refresh token. Send it as `Authorization: Bearer` to administrator calls such as `GET
     * /user/query`. Keep the key pair on the server: it never goes to a browser or app. A signature older
     * than 300 seconds, one made with another key or over another body is refused (`invalid_client`; the
     * 300-second window and the error name are inferred, as no page documents the answer to a bad or old
     * signature; the 432000 s lifetime is second-hand). The node-sdk alternative, `Authorization: Bearer
     * <accessKey>` (an environment API key configured as `accessKey`), is accepted too; node-sdk itself
     * skips this call then and uses the access key directly as the token.
     *
     * Differs from the docs: the docs describe the administrator token as `POST /token` with
     * `grant_type=client_credentials` and Basic `SecretId:SecretKey`; both server SDKs call this path with
     * a TC3 signature instead, and the spec accepts what they send.
     *
     * `POST /token/clientCredential`. Signed with the API key pair (options secretId and secretKey, or
     * this call's) with TC3-HMAC-SHA256. A success becomes the client's session.
     *
     * @param string $grantType Always `client_credentials`.
     * @param string|null $secretId the SecretId this call signs with (default: the client's option secretId)
     * @param string|null $secretKey the SecretKey; it signs and is never sent
     * @param string|null $sessionToken the token of a temporary key pair
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\TokenResponse
     * @throws Exception\UnsupportedGrantTypeException
     * @throws Exception\InvalidClientException
     * @throws Exception\InternalException
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getClientCredential(
        string $grantType = 'client_credentials',
        ?string $secretId = null,
        #[\SensitiveParameter] ?string $secretKey = null,
        #[\SensitiveParameter] ?string $sessionToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\TokenResponse {
        $answer = $this->call(
            'getClientCredential',
            body: [
                'grant_type' => $grantType,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
            tc3: $secretId === null ? null : new Tc3Credentials($secretId, (string) $secretKey, $sessionToken),
        );
        return \CloudBase\Auth\Model\TokenResponse::fromArray($answer);
    }

    /**
     * Look users up by ID, username, email or phone number.
     *
     * Finds users by `id` (one or more user IDs), `username`, `email` or `phone_number`. Every criterion
     * given must match; no match is `{total: 0, data: []}`, not an error. This is the user lookup of the
     * `/auth/v1` API: a backend calls it with the administrator token from `POST /token/clientCredential`.
     *
     * Who may call it is inferred: the browser SDK (`auth.queryUser`) sends the signed-in user's Bearer
     * token, so a user token is accepted; anonymous users are refused (`permission_denied`), and `email`
     * and `phone_number` are returned only to an administrator token or for the caller's own account (an
     * inference, on privacy grounds). The response shape is the SDK's `QueryUserProfileResponse`.
     *
     * `id` is an array: the official client serialises it as one comma-separated value (`id=a%2Cb`, from
     * its `MyURLSearchParams`), and repeating the parameter (`id=a&id=b`, what the generated clients send)
     * is accepted too (inferred).
     *
     * `GET /user/query`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param list<string>|null $id User IDs (`sub`) to look up; comma-separated or repeated. (sent as the query parameter id)
     * @param string|null $username Finds the account whose username is exactly this value (no prefix or pattern search). (sent as the query parameter username)
     * @param string|null $email The email address (any case). (sent as the query parameter email)
     * @param string|null $phoneNumber The phone number, `+86 13800000000` (URL-encode the `+` and the space). (sent as the query parameter phone_number)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\QueryUserResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\PermissionDeniedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function queryUser(
        ?array $id = null,
        ?string $username = null,
        ?string $email = null,
        ?string $phoneNumber = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\QueryUserResponse {
        $answer = $this->call(
            'queryUser',
            query: [
                'id' => $id,
                'username' => $username,
                'email' => $email,
                'phone_number' => $phoneNumber,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\QueryUserResponse::fromArray($answer);
    }

    /**
     * Read the signed-in user as the WeDa low-code platform sees them.
     *
     * For apps built on WeDa (the CloudBase low-code platform) only: the signed-in user's information in
     * WeDa's terms. Other apps want `GET /user/me`. The SDK types the answer as `any`; the fields here are
     * inferred: the profile fields of `GET /user/me` that WeDa uses, plus `user_id` (the same value as
     * `sub`) and `user_type`. Unknown fields may appear.
     *
     * `GET /plugin/weda/userinfo`. Sends the session's access token (NotSignedInException without a
     * session), renewed first when it is about to expire.
     *
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\WedaUserInfo
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getWedaUserInfo(
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\WedaUserInfo {
        $answer = $this->call(
            'getWedaUserInfo',
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\WedaUserInfo::fromArray($answer);
    }

    /**
     * Change the signed-in user's display profile (deprecated).
     *
     * Deprecated: the official client marks `setUserProfile` `@deprecated` in favour of `POST
     * /user/basic/edit` (`editBasicUser`), and says this call does not sync the profile to the data
     * source. Use `editBasicUser` in new code; this one is here because `User.update()` of
     * `@cloudbase/auth` still sends it. Changes the display name, avatar, gender, locale and username of
     * the user of the Bearer token and answers with the whole profile, as `GET /user/me`. Fields the SDK's
     * `UserProfile` model has beyond these (such as `birthdate`, `zoneinfo`) are accepted and ignored
     * (inferred).
     *
     * `username`: `User.updateUsername(username)` of `@cloudbase/auth` sends exactly `PATCH /user/profile
     * {"username": ...}` (it calls `User.update({username})`, which calls `setUserProfile`;
     * cloudbase-js-sdk, `packages/auth/src/index.ts`). A username taken by another account is
     * `username_already_exists`; one that is not a valid username is `invalid_argument`.
     *
     * `PATCH /user/profile`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string|null $name The new display name apps show for the user (1-64 characters; not used to sign in).
     * @param string|null $picture The URL of the new avatar image (at most 1024 characters); the service stores it as given.
     * @param \CloudBase\Auth\Enum\Gender|string|null $gender The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out when unknown).
     * @param string|null $locale Such as `zh-CN`.
     * @param string|null $username The new username (what `User.updateUsername` sends); letters, digits and `-_.:+ @`, starting with a letter or digit.
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\UserProfile
     * @throws Exception\InvalidArgumentException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\UsernameAlreadyExistsException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     * @deprecated the service may remove this operation
     */
    public function setUserProfile(
        ?string $name = null,
        ?string $picture = null,
        \CloudBase\Auth\Enum\Gender|string|null $gender = null,
        ?string $locale = null,
        ?string $username = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\UserProfile {
        @trigger_error('setUserProfile is deprecated by the service; see its PHPDoc', E_USER_DEPRECATED);
        $answer = $this->call(
            'setUserProfile',
            body: [
                'name' => $name,
                'picture' => $picture,
                'gender' => $gender,
                'locale' => $locale,
                'username' => $username,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\UserProfile::fromArray($answer);
    }

    /**
     * Check that a username is valid and free.
     *
     * Answers `{}` when `username` is well-formed and no account uses it; an `invalid_argument` error when
     * it is malformed and `username_already_exists` when it is taken (the answers are inferred: the SDK
     * types the result `void`). To learn whether an account exists without an error, use `GET
     * /checkIfUserExist`.
     *
     * Differs from the docs: the official client (`checkUsername` of `@cloudbase/oauth`) puts
     * `{"username": ...}` in the **body of a GET**, with the user's Bearer token. With the SDK's default
     * fetch-based transport that request is never sent (fetch rejects a GET with a body), so the call
     * fails as unreachable. The spec takes `username` as a query parameter, which every HTTP client can
     * send; the Bearer token is sent as the SDK does.
     *
     * `GET /checkUsername`. Sends the session's access token (NotSignedInException without a session),
     * renewed first when it is about to expire.
     *
     * @param string $username The username a user wants to take, as typed into a sign-up or profile form; the answer says whether it is free. (sent as the query parameter username)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return void (the answer has no fields)
     * @throws Exception\InvalidArgumentException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\UsernameAlreadyExistsException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function checkUsername(
        string $username,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): void {
        $this->call(
            'checkUsername',
            query: [
                'username' => $username,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
    }

    /**
     * List the signed-in user's sign-ins and account changes.
     *
     * The user's security log, newest first: `query[action]=USER_LOGIN` lists sign-ins (the SDK's `type:
     * LOGIN`), `ne_query[action]=USER_LOGIN` everything else, such as profile changes (the SDK's `type:
     * MODIFY`). Without either, every entry. Page with `limit` and the `next_page_token` of the previous
     * answer.
     *
     * Inferred: the SDK declares the answer as one entry `{id, ip, user_agent, client_id, device_id,
     * created_at, meta{from}}`, which cannot carry a page; the envelope `{data, next_page_token}` and the
     * `action` field are inferred, as are the action names other than `USER_LOGIN`. `meta.from` says how
     * the user signed in (`username`, `phone`, `email`, `anonymous`, `custom`, or a provider ID).
     *
     * `GET /user/security/history`. Sends the session's access token (NotSignedInException without a
     * session), renewed first when it is about to expire.
     *
     * @param string|null $queryAction Only entries with this action (the SDK sends `USER_LOGIN`). (sent as the query parameter query[action])
     * @param string|null $neQueryAction Only entries with another action than this one (the SDK sends `USER_LOGIN`). (sent as the query parameter ne_query[action])
     * @param int|null $limit Entries per page, 1 to 100 (default 20; the SDK always sends it). (sent as the query parameter limit)
     * @param string|null $pageToken The `next_page_token` of the previous page. (sent as the query parameter page_token)
     * @param string|null $requestId the x-request-id to send (a fresh one when null)
     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)
     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client's credentials)
     * @return \CloudBase\Auth\Model\UserBehaviorLogResponse
     * @throws Exception\InvalidArgumentException
     * @throws Exception\UnauthenticatedException
     * @throws Exception\InternalException
     * @throws Exception\NotSignedInException no session (sign in first), or it cannot be renewed
     * @throws Exception\ApiException any other error answer (the base of the ones above)
     * @throws Exception\ConnectionException no answer: the service could not be reached, or timed out
     */
    public function getUserBehaviorLog(
        ?string $queryAction = null,
        ?string $neQueryAction = null,
        ?int $limit = null,
        ?string $pageToken = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): \CloudBase\Auth\Model\UserBehaviorLogResponse {
        $answer = $this->call(
            'getUserBehaviorLog',
            query: [
                'query[action]' => $queryAction,
                'ne_query[action]' => $neQueryAction,
                'limit' => $limit,
                'page_token' => $pageToken,
            ],
            requestId: $requestId,
            timeout: $timeout,
            extraHeaders: $extraHeaders,
        );
        return \CloudBase\Auth\Model\UserBehaviorLogResponse::fromArray($answer);
    }
}
