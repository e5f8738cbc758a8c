# generated from spec/auth-v1.yaml by authgen, do not edit
"""`CloudBaseAuth` and `AsyncCloudBaseAuth`: one method per operation of the spec.

Each method takes the operation's parameters and body fields as keyword arguments, sends the
request through the runtime in `_base` (auth, session refresh, device and request ids,
retries, typed errors) and returns the operation's response model. The model is imported
inside the method, on its first call, so that `import cloudbase_auth` stays fast (serverless
cold starts); type checkers see it through the `TYPE_CHECKING` import.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient
from ._operations import OPERATIONS
from ._tc3 import TC3Credentials

if TYPE_CHECKING:
    from .models import (
        AuthorizeInfo,
        AuthorizeResponse,
        CaptchaDataResponse,
        CaptchaTokenResponse,
        ChangeBoundProviderResponse,
        DeviceCodeResponse,
        Empty,
        IntrospectResponse,
        ProviderList,
        ProviderRedirectUriResponse,
        ProviderSubTypeResponse,
        ProviderTokenResponse,
        QrCodeResponse,
        QrCodeStatusResponse,
        QueryUserResponse,
        SignOutResponse,
        SudoResponse,
        TokenResponse,
        UserBehaviorLogResponse,
        UserExistResponse,
        UserProfile,
        VerificationResponse,
        VerifyResponse,
        WedaUserInfo,
    )

__all__ = ["AsyncCloudBaseAuth", "CloudBaseAuth"]

_ = Literal  # enum-typed arguments use Literal; keep the import even when the spec has none


def _given(value: object) -> bool:
    """Whether an optional argument is sent: ``None`` (the default) means "leave it out", as
    does ``NOT_GIVEN``, still accepted from code written for earlier versions."""
    return value is not None and not isinstance(value, NotGiven)


class CloudBaseAuth(SyncAPIClient):
    """Synchronous CloudBase Auth client. Thread-safe; one per environment and user session.

    `CloudBaseAuth("my-env")` talks to the gateway of the environment's region;
    `base_url="http://127.0.0.1:8080/auth/v1"` points it anywhere else (the emulator).
    """

    def sign_in(
        self,
        *,
        captcha_token: str | None = None,
        x_captcha_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        verification_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in with a password or a verification token.

        Signs a user in with `username` + `password`, or with a `verification_token` from
        `verify_verification()` (send the phone number or email as `username` alongside it). The
        username may be a user name, a phone number (`+86 13800000000`) or an email. The
        response carries tokens and the user ID (`sub`), not the profile: call `get_user_me()`
        for that.

        After repeated failed sign-ins from one device the service answers `captcha_required`:
        solve a captcha (`create_captcha_data()`, then `verify_captcha_data()`) and retry the
        same call with its `captcha_token` (query, as the SDK sends it, or the `x-captcha-token`
        header). A captcha token unlocks one call.

        Differs from older guides: no Basic client authentication is needed (the older guide
        adds `-u clientId:clientSecret` to every call), and the response does not include user
        info.

        `POST /signin`, auth: none.

        Args:
            captcha_token: The `captcha_token` from `verify_captcha_data()`, after a
                `captcha_required` error (the official SDK retries with it here).
            x_captcha_token: The same captcha token as a header, as the docs show for
                `send_verification()`.
            username: User name, phone number (`+86 13800000000`) or email.
            password: The account's password, exactly as the user typed it.
            verification_token: From `verify_verification()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidUsernameOrPassword: The username does not exist or the password is wrong.
            CaptchaRequired: Too many attempts; solve a captcha and retry with its token.
            CaptchaInvalid: The captcha token is wrong or expired.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(captcha_token):
            query["captcha_token"] = captcha_token
        headers: dict[str, str] = {}
        if _given(x_captcha_token):
            headers["x-captcha-token"] = str(x_captcha_token)
        headers.update(extra_headers or {})
        body: dict[str, Any] = {}
        if _given(username):
            body["username"] = username
        if _given(password):
            body["password"] = password
        if _given(verification_token):
            body["verification_token"] = verification_token

        from .models import TokenResponse

        return self._call(
            OPERATIONS["signIn"],
            query=query,
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=headers,
            parse=TokenResponse.from_dict,
        )

    def sign_up(
        self,
        *,
        phone_number: str | None = None,
        email: str | None = None,
        verification_code: str | None = None,
        verification_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        gender: Literal["MALE", "FEMALE"] | None = None,
        picture: str | None = None,
        locale: str | None = None,
        provider_token: str | None = None,
        anonymous_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Register a user with a verified phone number or email, then sign in.

        Registers a user, with one of two proofs: a `verification_token` from
        `verify_verification()` (the phone number or email it proves becomes the account's), or
        a `provider_token` from `grant_provider_token()` (the third-party identity it names is
        bound to the new account). A username and password alone cannot register. Optional
        profile fields are stored on the new account; a `provider_token` sent with a
        `verification_token` is bound too. Pass `anonymous_token` (the access token of an
        anonymous session) to upgrade that anonymous user in place: the user keeps its ID.
        Answers with tokens, as a sign-in does.

        Evidence for `provider_token` alone: the sign-up page lists "register a new user by
        obtaining the provider_token after third-party authorization" among its scenarios and
        marks `verification_token` required only "when registering with phone number +
        verification_token or email + verification_token"
        (https://docs.cloudbase.net/en/http-api/auth/auth-sign-up); the official client's
        `SignUpRequest` model has both as optional fields (`@cloudbase/oauth` `models.ts`).

        Differs from older guides: no Basic client authentication is needed.

        `POST /signup`, auth: none.

        Args:
            phone_number: `+86 13800000000` (country code, a space, the number).
            email: The new account's email address (`alice@example.com`): the one the
                `verification_token` was issued for.
            verification_code: The code the user received (the SDK sends it too).
            verification_token: From `verify_verification()`; required unless `provider_token`
                is sent.
            username: Letters, digits and `-_.:+ @`, starting with a letter or digit.
            password: The new account's password, as the user chose it; the environment's
                password rules apply (the emulator asks for 8-64 characters with upper and lower
                case, a digit and a special character).
            name: The display name apps show for the user (free text; not used to sign in).
            gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out
                when unknown).
            picture: The URL of the new avatar image (`https://...`); the service stores it as
                given.
            locale: Such as `zh-CN`.
            provider_token: The third-party identity to bind to the new account. Alone it is the
                account's proof; with a `verification_token` it is bound as well. Comes from
                `grant_provider_token()`, `patch_provider_token()`,
                `get_mini_program_qr_code_status()`.
            anonymous_token: The access token of an anonymous session, to upgrade that user in
                place.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(phone_number):
            body["phone_number"] = phone_number
        if _given(email):
            body["email"] = email
        if _given(verification_code):
            body["verification_code"] = verification_code
        if _given(verification_token):
            body["verification_token"] = verification_token
        if _given(username):
            body["username"] = username
        if _given(password):
            body["password"] = password
        if _given(name):
            body["name"] = name
        if _given(gender):
            body["gender"] = gender
        if _given(picture):
            body["picture"] = picture
        if _given(locale):
            body["locale"] = locale
        if _given(provider_token):
            body["provider_token"] = provider_token
        if _given(anonymous_token):
            body["anonymous_token"] = anonymous_token

        from .models import TokenResponse

        return self._call(
            OPERATIONS["signUp"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    def send_verification(
        self,
        *,
        captcha_token: str | None = None,
        x_captcha_token: str | None = None,
        phone_number: str | None = None,
        email: str | None = None,
        target: Literal["ANY", "USER", "NOT_USER", "CUR_USER"] | None = None,
        usage: Literal["REGISTER", "SIGN_IN", "PASSWORD_RESET", "EMAIL_ADDRESS_CHANGE", "PHONE_NUMBER_CHANGE"]
        | None = None,
        email_redirect_to: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationResponse:
        """Send an SMS or email verification code.

        Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At
        most one code is sent to a target per 60 seconds. `target` says who may receive it:
        `ANY`, `USER` (the account must exist), `NOT_USER` (it must not), `CUR_USER` (the
        signed-in user: send the Bearer token). Without `target` the code goes to anyone, as
        with `ANY` (inferred: the docs mark `target` required, but the official SDK omits it in
        five of its six flows, which work). The answer's `is_user` says whether to call `signin`
        (true) or `signup` (false or absent) next. After a `captcha_required` error (too many
        codes from one device), solve a captcha and retry the same call with its token as the
        `captcha_token` query parameter (what the official SDK sends) or the `x-captcha-token`
        header (what the docs show); a captcha token unlocks one call.

        Differs from the docs: `target` is optional (the docs mark it required; the official SDK
        omits it), and the captcha token is also accepted as the `captcha_token` query
        parameter.

        Differs from older guides: no Basic client authentication is needed.

        `POST /verification`, auth: none (Bearer when signed in).

        Args:
            captcha_token: The `captcha_token` from `verify_captcha_data()`, after a
                `captcha_required` error (the official SDK sends it here).
            x_captcha_token: Captcha token, after a `captcha_required` error (the docs send it
                here).
            phone_number: `+86 13800000000`.
            email: The email address to send the code to (`alice@example.com`); or
                `phone_number`, not both.
            target: Who may receive the code; `ANY` when omitted (inferred from the official
                SDK, which omits it).
            usage: What the code is for.
            email_redirect_to: Magic-link URL for email codes.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `VerificationResponse`

        Raises:
            InvalidPhoneNumber: The phone number is malformed (expected `+86 13800000000`).
            CaptchaRequired: Too many attempts; solve a captcha and retry with its token.
            CaptchaInvalid: The captcha token is wrong or expired.
            UserNotFound: No such user.
            RateLimitExceeded: Too many verification codes sent to this target; wait a minute.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(captcha_token):
            query["captcha_token"] = captcha_token
        headers: dict[str, str] = {}
        if _given(x_captcha_token):
            headers["x-captcha-token"] = str(x_captcha_token)
        headers.update(extra_headers or {})
        body: dict[str, Any] = {}
        if _given(phone_number):
            body["phone_number"] = phone_number
        if _given(email):
            body["email"] = email
        if _given(target):
            body["target"] = target
        if _given(usage):
            body["usage"] = usage
        if _given(email_redirect_to):
            body["email_redirect_to"] = email_redirect_to

        from .models import VerificationResponse

        return self._call(
            OPERATIONS["sendVerification"],
            query=query,
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=headers,
            parse=VerificationResponse.from_dict,
        )

    def verify_verification(
        self,
        *,
        verification_id: str,
        verification_code: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerifyResponse:
        """Check a verification code and get a verification token.

        Exchanges the code the user received and the `verification_id` from
        `send_verification()` for a `verification_token` (valid 600 seconds), which `signup`,
        `signin`, `user/sudo` and `reset` accept.

        Differs from older guides: no Basic client authentication is needed.

        `POST /verification/verify`, auth: none.

        Args:
            verification_id: From `send_verification()`.
            verification_code: The 6-digit code the user received.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `VerifyResponse`

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["verification_id"] = verification_id
        body["verification_code"] = verification_code

        from .models import VerifyResponse

        return self._call(
            OPERATIONS["verifyVerification"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=VerifyResponse.from_dict,
        )

    def sign_in_anonymously(
        self,
        *,
        provider_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in as the anonymous user of this device.

        Signs in the anonymous user of the device named by the required `x-device-id`: the same
        device ID always gets the same anonymous user, so generate it once and keep it. The
        token's scope is `anonymous`. Upgrade the user later with `signup` and
        `anonymous_token`. The official SDK sends Basic client credentials only when it signs in
        again by itself; no authentication is needed.

        Differs from older guides: the path is `/signin/anonymously` (the older guide's
        `/signin-anonymously` does not exist), and `x-device-id` is required.

        `POST /signin/anonymously`, auth: none.

        Args:
            provider_token: Optional provider token to attach. Comes from
                `grant_provider_token()`, `patch_provider_token()`,
                `get_mini_program_qr_code_status()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotEnabled: The identity provider is not enabled for this environment.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(provider_token):
            body["provider_token"] = provider_token

        from .models import TokenResponse

        return self._call(
            OPERATIONS["signInAnonymously"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    def sign_in_custom(
        self,
        *,
        provider_id: Literal["custom"] = "custom",
        ticket: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in with a custom-login ticket minted by your server.

        Signs in the user of your own account system with a ticket your server minted with the
        environment's custom-login private key (`tcb_custom_login.json`), with your client's
        ticket function (each follows `@cloudbase/node-sdk`'s `createTicket`). A ticket is
        `private_key_id/@@/<RS256 JWT>` whose `iat` and `exp` are in milliseconds; it is valid
        for 10 minutes. `provider_id` is always `custom`. The access token lives 7200 seconds,
        the refresh token 2592000 seconds (30 days).

        Differs from older guides: the older guide does not have this call at all.

        `POST /signin/custom`, auth: none.

        Args:
            provider_id: Always `custom`.
            ticket: The custom-login ticket your server minted for this user:
                `private_key_id/@@/<jwt>`, from the client's ticket function (or node-sdk's
                `createTicket`), valid 10 minutes.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_id"] = provider_id
        body["ticket"] = ticket

        from .models import TokenResponse

        return self._call(
            OPERATIONS["signInCustom"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    def sign_in_with_provider(
        self,
        *,
        provider_token: str,
        provider_id: str | None = None,
        force_disable_sign_up: bool | None = None,
        sync_profile: bool | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in with a third-party provider token.

        Signs in (or, unless `force_disable_sign_up`, signs up) the user behind a provider token
        from `grant_provider_token()` (or from a confirmed QR code, see
        `get_mini_program_qr_code_status()`). `x-device-id` is required. When the provider token
        carries a phone number (WeChat phone authorisation) and no user is bound to the identity
        yet, the account with that phone number is signed in and the identity bound to it; a new
        account gets the phone number.

        Differs from the docs: `provider_id` is optional. The older docs render marks it
        required; the newer render and the official SDK send only `provider_token` (four of its
        five callers), since the token already names its provider. When sent, it must be the
        token's provider.

        `POST /signin/with/provider`, auth: none.

        Args:
            provider_token: From `grant_provider_token()`.
            provider_id: Such as `github` or `wx_open`; optional (the token names its provider),
                and when sent it must match.
            force_disable_sign_up: Fail instead of creating a user.
            sync_profile: Copy the provider's profile to the user.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            UserNotFound: No such user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token
        if _given(provider_id):
            body["provider_id"] = provider_id
        if _given(force_disable_sign_up):
            body["force_disable_sign_up"] = force_disable_sign_up
        if _given(sync_profile):
            body["sync_profile"] = sync_profile

        from .models import TokenResponse

        return self._call(
            OPERATIONS["signInWithProvider"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    def grant_provider_token(
        self,
        *,
        provider_id: str,
        provider_redirect_uri: str | None = None,
        provider_code: str | None = None,
        provider_access_token: str | None = None,
        provider_id_token: str | None = None,
        provider_params: dict[str, Any] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderTokenResponse:
        """Exchange a provider's authorisation code for a provider token.

        Turns what a third-party provider gave the user (an OAuth `provider_code`, an access
        token or an ID token) into a CloudBase `provider_token`, valid 3600 seconds, which
        `signin/with/provider` and `user/provider/bind` accept. Start an OAuth login with
        `gen_provider_redirect_uri()`; send the code the provider redirected back with, and the
        same `provider_redirect_uri`.

        WeChat mini-programs: `provider_id` is the mini-program's AppID, `provider_code` the
        `wx.login` code, and `provider_params.provider_code_type` says which identity to use:
        `open_id` (the user's OpenID in this mini-program), `union_id` (the UnionID shared by
        the apps of one WeChat open-platform account) or `phone` (also send the `getPhoneNumber`
        code as `provider_params.code`: the provider token then carries the phone number, and
        signing in with it finds the account by that number).

        Differs from the docs: the official SDK checks `error_code` on a 200 answer too (the
        WeChat tunnel answers errors that way); this document declares `code` and `error_code`
        on the success schema for that reason.

        `POST /provider/token`, auth: none.

        Args:
            provider_id: Such as `github` or `wx_open`.
            provider_redirect_uri: The redirect URI used with the provider.
            provider_code: The authorisation code the provider sent back to
                `provider_redirect_uri` (its `code` query parameter), or a WeChat `wx.login()`
                code; good for one use.
            provider_access_token: A provider access token, instead of a code.
            provider_id_token: A provider ID token, instead of a code.
            provider_params: Provider-specific parameters; WeChat mini-programs send which
                identity to use and the phone code.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderTokenResponse`

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_id"] = provider_id
        if _given(provider_redirect_uri):
            body["provider_redirect_uri"] = provider_redirect_uri
        if _given(provider_code):
            body["provider_code"] = provider_code
        if _given(provider_access_token):
            body["provider_access_token"] = provider_access_token
        if _given(provider_id_token):
            body["provider_id_token"] = provider_id_token
        if _given(provider_params):
            body["provider_params"] = provider_params

        from .models import ProviderTokenResponse

        return self._call(
            OPERATIONS["grantProviderToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderTokenResponse.from_dict,
        )

    def patch_provider_token(
        self,
        *,
        provider_token: str,
        provider_params: dict[str, Any],
        provider_id: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderTokenResponse:
        """Attach a WeChat phone number to a provider token.

        Adds the phone number the user allowed a WeChat mini-program to read (`getPhoneNumber`)
        to an existing provider token (from `grant_provider_token()`): send the phone code as
        `provider_params.code` with `provider_code_type: phone`. The answer is a provider token
        (valid 3600 seconds) whose `provider_profile` carries the phone number; signing in with
        it (`sign_in_with_provider()`) finds or creates the account with that number, and
        binding it gives the account the number if it has none.

        The older `getPhoneNumber` flow sends `encryptedData` and `iv` instead of `code`; the
        emulator does not decrypt them and answers `invalid_argument`.

        `PATCH /provider/token`, auth: none.

        Args:
            provider_token: From `grant_provider_token()`.
            provider_params: What to attach to the provider token.
            provider_id: The token's provider (optional; it must match when sent).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderTokenResponse`

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            InvalidArgument: A parameter is missing, malformed or out of range.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token
        body["provider_params"] = provider_params
        if _given(provider_id):
            body["provider_id"] = provider_id

        from .models import ProviderTokenResponse

        return self._call(
            OPERATIONS["patchProviderToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderTokenResponse.from_dict,
        )

    def grant_token(
        self,
        *,
        grant_type: Literal[
            "refresh_token",
            "password",
            "client_credentials",
            "authorization_code",
            "urn:ietf:params:oauth:grant-type:device_code",
        ],
        refresh_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
        code: str | None = None,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        nonce: str | None = None,
        device_code: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Get tokens from a refresh token, a password, an authorization code, a device code or client credentials.

        The OAuth 2.0 token endpoint. With `grant_type=refresh_token` it rotates the refresh
        token: the one sent is invalid from then on, and using it again fails with
        `invalid_grant` (sign the user out then). With `grant_type=password` it signs in.
        Neither needs authentication; the SDK also sends `client_id` and `client_secret` (empty
        by default) in the body. `grant_type=client_credentials` needs Basic
        `SecretId:SecretKey` and returns an administrator token (432000 s) with no refresh
        token.

        `grant_type=authorization_code` redeems a code from `authorize()` (CloudBase as the
        OAuth server of another app): send the same `client_id` and `redirect_uri` as when the
        code was issued and, if a `code_challenge` was sent then, the PKCE `code_verifier`
        (S256: `BASE64URL(SHA256(code_verifier))` must equal the challenge; `plain`: equal
        strings). A code works once; a wrong verifier, client or redirect URI, or a second use,
        fails with `invalid_grant`. With `openid` in the code's scope the answer also carries an
        `id_token` (with `nonce` when one is sent).

        `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628) is the polling half
        of the device flow (`request_device_code()`): until the user approves the `user_code`
        the answer is `authorization_pending`; polling faster than `interval` answers
        `slow_down` (and adds 5 s to the interval); after `expires_in` the answer is
        `expired_token`. On approval the device gets the user's tokens, once. The SDK model has
        `code`, `redirect_uri`, `nonce`, `code_verifier` and `device_code` (`GrantTokenRequest`)
        but no caller; the grant value and the polling errors follow RFC 8628, as the CloudBase
        CLI device-flow page requires (inferred for this API).

        Differs from older guides: the refresh grant needs no Basic client authentication.

        `POST /token`, auth: none.

        Args:
            grant_type: The OAuth 2.0 grant.
            refresh_token: With `grant_type` `refresh_token`: the session's current refresh
                token (it rotates: each one is spent by its first use). Comes from `sign_in()`,
                `sign_up()`, `sign_in_anonymously()` (or 5 more).
            username: With `grant_type` `password`: the user name, phone number (`+86
                13800000000`) or email to sign in with.
            password: With `grant_type` `password`: the account's password, exactly as the user
                typed it.
            client_id: Defaults to the environment ID.
            client_secret: The SDK sends an empty string by default.
            scope: The scopes asked for, space-separated (such as `openid profile email`); left
                out, the grant's default scopes.
            code: For `authorization_code`, the code from `authorize()`.
            redirect_uri: For `authorization_code`, the same redirect URI as when the code was
                issued.
            code_verifier: For `authorization_code`, the PKCE verifier whose challenge was sent
                to `authorize()`.
            nonce: For `authorization_code`, copied into the `id_token` (OpenID Connect).
            device_code: For the device-code grant, from `request_device_code()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            UnsupportedGrantType: The grant_type is not supported.
            AuthorizationPending: Device flow; the user has not approved the user code yet; poll
                again after `interval` seconds (RFC 8628).
            SlowDown: Device flow; polled faster than `interval`; wait 5 seconds longer between
                polls (RFC 8628).
            ExpiredToken: Device flow; the device code expired before it was approved; start
                again with `POST /device/code` (RFC 8628).
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["grant_type"] = grant_type
        if _given(refresh_token):
            body["refresh_token"] = refresh_token
        if _given(username):
            body["username"] = username
        if _given(password):
            body["password"] = password
        if _given(client_id):
            body["client_id"] = client_id
        if _given(client_secret):
            body["client_secret"] = client_secret
        if _given(scope):
            body["scope"] = scope
        if _given(code):
            body["code"] = code
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri
        if _given(code_verifier):
            body["code_verifier"] = code_verifier
        if _given(nonce):
            body["nonce"] = nonce
        if _given(device_code):
            body["device_code"] = device_code

        from .models import TokenResponse

        return self._call(
            OPERATIONS["grantToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    def introspect_token(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IntrospectResponse:
        """Check whether an access token is still valid.

        The token to check is the Bearer token of the request. A valid token answers with its
        client, subject and scope. An invalid, expired or revoked token answers 200 with an
        empty object `{}`, not `active: false`. This call never refreshes anything.

        Differs from older guides: the token goes in `Authorization: Bearer`, not in a `?token=`
        query, and no Basic client authentication is used.

        `GET /token/introspect`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `IntrospectResponse`: Empty when the token is not valid.

        Raises:
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import IntrospectResponse

        return self._call(
            OPERATIONS["introspectToken"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=IntrospectResponse.from_dict,
        )

    def revoke_token(
        self,
        *,
        token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Revoke a token (log out).

        Revokes the token in the body, or the Bearer token itself when the body names none.
        Revoking an access token also revokes its refresh token. Confirm with
        `introspect_token()`, which then answers `{}`.

        Two ways to call it. The official SDK's default logout (`auth.signOut()`) sends the live
        access token as `{token}` with `?client_id=` and no Authorization header: the token in
        the body authenticates itself, so it must be valid. With a Bearer token the body may
        name any token of the caller, or none.

        Differs from the docs: the docs list only Bearer; the SDK sends no Authorization header.
        Both are accepted.

        Differs from older guides: do not authenticate with Basic client credentials, and build
        the JSON so that `${accessToken}` is expanded (the older guide single-quotes it, so the
        literal text `${accessToken}` is sent).

        `POST /revoke`, auth: none (Bearer when signed in).

        Args:
            token: The access or refresh token to revoke (from a sign-in, such as `sign_in()`);
                defaults to the Bearer token.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object. The client forgets its session.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(token):
            body["token"] = token

        from .models import Empty

        return self._call(
            OPERATIONS["revokeToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def get_user_me(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserProfile:
        """Read the signed-in user's profile.

        The profile of the user the Bearer token belongs to. Fields follow the docs' list
        (`sub`, `user_id`, `name`, `picture`, `username`, `email`, `phone_number`, `gender`,
        `status`, `has_password`, `providers`, `groups`, `type`, `internal_user_type`,
        `user_source`, `user_desc`, `last_login`, `meta`, the timestamps) and the official SDK's
        `UserProfile` model (`email_verified`, `locale`, `birthdate`, `zoneinfo`,
        `created_from`). Fields without a value are left out. The SDK may append arbitrary query
        parameters (`getUserInfo({query})`); the service ignores unknown ones.

        Differs from the docs: the docs call the self-description `user_desc`, while
        `edit_basic_user()` takes it as `description`; this document lists both in the answer
        (`description` is not in the docs' list: inferred, kept for older clients).

        `GET /user/me`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserProfile`: A user's profile.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import UserProfile

        return self._call(
            OPERATIONS["getUserMe"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserProfile.from_dict,
        )

    def delete_user_me(
        self,
        *,
        sudo_token: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Delete the signed-in user's account.

        Deletes the account for good. Needs a `sudo_token` (query) from `sudo()`, which proves
        the user re-entered a password or a verification code in the last 900 seconds.

        Differs from older guides: the older guide shows no sudo step; without `sudo_token` the
        call fails with `permission_denied`.

        `DELETE /user/me`, auth: Bearer.

        Args:
            sudo_token: The token from `sudo()`, valid 900 seconds.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object. The client forgets its session.

        Raises:
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            Unauthenticated: No valid access token; sign in again.
            UserNotFound: No such user.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["sudo_token"] = sudo_token

        from .models import Empty

        return self._call(
            OPERATIONS["deleteUserMe"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def sudo(
        self,
        *,
        password: str | None = None,
        verification_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SudoResponse:
        """Re-authenticate and get a short-lived sudo token.

        Proves the signed-in user is present, with their password or a fresh
        `verification_token` (exactly one), and answers with a `sudo_token` valid 900 seconds.
        Password changes and account deletion need it.

        `POST /user/sudo`, auth: Bearer.

        Args:
            password: The signed-in user's current password, typed again to prove it is them (or
                send `verification_token` instead).
            verification_token: From `verify_verification()`, for a code sent to the user's own
                phone or email.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `SudoResponse`

        Raises:
            InvalidPassword: The password does not meet the password rules.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(password):
            body["password"] = password
        if _given(verification_token):
            body["verification_token"] = verification_token

        from .models import SudoResponse

        return self._call(
            OPERATIONS["sudo"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=SudoResponse.from_dict,
        )

    def update_password(
        self,
        *,
        new_password: str,
        sudo_token: str | None = None,
        old_password: str | None = None,
        confirm_password: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Change the signed-in user's password.

        Sets a new password (8-64 characters with upper and lower case letters, a digit and a
        special character). Needs a `sudo_token` from `sudo()`, in the body (as the official
        SDK's `setPassword` sends `{new_password, sudo_token}`) or in the query (as the docs
        say); the local emulator accepts either. Other devices are signed out.

        Differs from the docs: the docs put `sudo_token` in the query only; the SDK sends it in
        the body only, so the query parameter is optional here.

        Differs from older guides: the older guide sends only `old_password` and `new_password`
        with no sudo step; the service requires `sudo_token`.

        `PATCH /user/password`, auth: Bearer.

        Args:
            new_password: The new password, 8 to 64 characters.
            sudo_token: The token from `sudo()`, valid 900 seconds; here or in the body.
            old_password: Needed when the user already has a password.
            confirm_password: The new password again; must equal `new_password`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidPassword: The password does not meet the password rules.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(sudo_token):
            query["sudo_token"] = sudo_token
        body: dict[str, Any] = {}
        body["new_password"] = new_password
        if _given(old_password):
            body["old_password"] = old_password
        if _given(confirm_password):
            body["confirm_password"] = confirm_password

        from .models import Empty

        return self._call(
            OPERATIONS["updatePassword"],
            query=query,
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def list_providers(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderList:
        """List the identity providers and which are bound to the user.

        Every identity provider enabled for the environment, with `bind: true` for those bound
        to the signed-in user.

        Differs from older guides: the path is `/user/provider` (singular); the older guide's
        `/user/providers` does not exist.

        `GET /user/provider`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderList`

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import ProviderList

        return self._call(
            OPERATIONS["listProviders"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderList.from_dict,
        )

    def bind_provider(
        self,
        *,
        provider_token: str,
        with_user_center: bool | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Bind a third-party identity to the signed-in user.

        Binds the identity behind a `provider_token` (from `grant_provider_token()`) to the
        signed-in user, so that it can sign in with it too.

        `POST /user/provider/bind`, auth: Bearer.

        Args:
            provider_token: From `grant_provider_token()`, for the identity to bind.
            with_user_center: Bind through the user center as well (passed through to the
                service).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Unauthorized: The caller is not authorised for this operation.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token
        if _given(with_user_center):
            body["with_user_center"] = with_user_center

        from .models import Empty

        return self._call(
            OPERATIONS["bindProvider"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def unbind_provider(
        self,
        *,
        provider_id: str,
        with_user_center: bool | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Unbind a third-party identity from the signed-in user.

        Removes the binding between the signed-in user and the identity provider `provider_id`
        (for example `github`, `wx_open`, `qq`).

        `DELETE /user/provider/{provider_id}`, auth: Bearer.

        Args:
            provider_id: The identity provider to unbind.
            with_user_center: Also unbind in the user centre.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(with_user_center):
            query["with_user_center"] = with_user_center

        from .models import Empty

        return self._call(
            OPERATIONS["unbindProvider"],
            path_params={
                "provider_id": provider_id,
            },
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def sign_out(
        self,
        *,
        redirect_uri: str | None = None,
        state: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SignOutResponse:
        """Sign the user out on this device.

        Revokes the session's refresh token and invalidates its access token. Answers with the
        `redirect_uri` to follow, if one was given.

        Differs from older guides: the older guide does not have this call.

        `POST /user/signout`, auth: Bearer.

        Args:
            redirect_uri: Where the provider should send the browser after signing out (OIDC
                logout).
            state: Opaque value echoed back with the redirect.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `SignOutResponse` The client forgets its session.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri
        if _given(state):
            body["state"] = state

        from .models import SignOutResponse

        return self._call(
            OPERATIONS["signOut"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=SignOutResponse.from_dict,
        )

    def reset_password(
        self,
        *,
        new_password: str,
        verification_token: str,
        email: str | None = None,
        phone_number: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Reset a forgotten password with a verification token.

        Sets a new password for the account that owns the phone number or email a
        `verification_token` was issued for, and signs that account out everywhere. No sign-in
        is needed. The official SDK (`resetPasswordForEmail`) sends the code with
        `send_verification()` without `usage` or `target`, verifies it, then sends `{email or
        phone_number, new_password, verification_token}` here; a phone number may come without
        the `+86 ` prefix. `usage: PASSWORD_RESET` on the code is accepted but not needed.

        Differs from the docs: an older docs render lists Basic client authentication; the SDK
        sends none (only `?client_id=`).

        `POST /reset`, auth: none.

        Args:
            new_password: The new password, 8 to 64 characters.
            verification_token: From `verify_verification()`, for a code sent to that phone or
                email.
            email: The email the verification code went to (or give `phone_number`).
            phone_number: The phone number the verification code went to, `+86 13800000000`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            UserNotFound: No such user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["new_password"] = new_password
        body["verification_token"] = verification_token
        if _given(email):
            body["email"] = email
        if _given(phone_number):
            body["phone_number"] = phone_number

        from .models import Empty

        return self._call(
            OPERATIONS["resetPassword"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def edit_basic_user(
        self,
        *,
        user_id: str | None = None,
        nickname: str | None = None,
        username: str | None = None,
        description: str | None = None,
        avatar_url: str | None = None,
        gender: Literal["MALE", "FEMALE"] | None = None,
        email: str | None = None,
        phone: str | None = None,
        password: str | None = None,
        new_password: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Edit the signed-in user's basic profile.

        Changes the nickname, username, description, avatar, gender, email or phone number of
        the signed-in user. Only the fields sent change.

        An email or phone number changes only when that exact address was verified through
        `send_verification()` and `verify_verification()` shortly before (the SDK's `updateUser`
        sends the code, verifies it, then calls this); otherwise use `edit_contact()`, which
        also handles an address that another account owns.

        `password` (the old one) with `new_password` changes the password (the SDK's model
        `ModifyUserBasicInfoRequest`). `user_id` edits another user and needs an administrator
        token (docs: "requires administrator privileges when modifying other users'
        information"). The SDK's `modifyPassword` also sends an encrypted variant `{user_id,
        encrypt_password, encrypt_new_password, public_key_thumbprint}` (RSA with the key of
        `POST /v2/signin/publichkey`); that variant exists but is not covered here.

        Differs from older guides: profile edits go here; `PATCH /user/me` does not exist.

        `POST /user/basic/edit`, auth: Bearer.

        Args:
            user_id: Another user to edit; needs an administrator token (docs).
            nickname: The new display name apps show for the user (free text; not used to sign
                in).
            username: New user name.
            description: Self-description (answered as `user_desc` by `get_user_me()`).
            avatar_url: The URL of the new avatar image (`https://...`); the service stores it
                as given.
            gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out
                when unknown).
            email: New email; must have been verified with a code just before.
            phone: New phone number (`+86 13800000000`); must have been verified with a code
                just before.
            password: The current password, with `new_password` (SDK model).
            new_password: The new password, with `password` (SDK model).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidPassword: The password does not meet the password rules.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(user_id):
            body["user_id"] = user_id
        if _given(nickname):
            body["nickname"] = nickname
        if _given(username):
            body["username"] = username
        if _given(description):
            body["description"] = description
        if _given(avatar_url):
            body["avatar_url"] = avatar_url
        if _given(gender):
            body["gender"] = gender
        if _given(email):
            body["email"] = email
        if _given(phone):
            body["phone"] = phone
        if _given(password):
            body["password"] = password
        if _given(new_password):
            body["new_password"] = new_password

        from .models import Empty

        return self._call(
            OPERATIONS["editBasicUser"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def check_if_user_exist(
        self,
        *,
        username: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserExistResponse:
        """Check whether a username is taken.

        Answers whether an account with this username exists, before a sign-up.

        `GET /checkIfUserExist`, auth: none.

        Args:
            username: The username to look up.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserExistResponse`

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["username"] = username

        from .models import UserExistResponse

        return self._call(
            OPERATIONS["checkIfUserExist"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserExistResponse.from_dict,
        )

    def sign_in_with_wechat(
        self,
        *,
        appid: str | None = None,
        openid: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in a WeChat user without a password (WeDa password-free login).

        Signs in the WeChat user who calls through the mini-program cloud tunnel
        (`httpOverCallFunction`): WeChat itself vouches for the caller, so no code or password
        is sent. Used by WeDa apps whose provider sub type is `NO_AUTH_LOGIN` (see
        `get_provider_sub_type()`); it fails with `provider_not_enabled` otherwise (inferred:
        the SDK names both "password-free login" but does not link them). The identity is the
        same as a mini-program `open_id` login: the first call creates the user, later ones sign
        the same user in.

        The body is free-form in the official SDK (it forwards what the caller passes). The
        fields below are inferred: outside the WeChat tunnel the caller names the mini-program
        (`appid`) and the user's `openid`, which the real service reads from the tunnel's
        context. Only use this from a trusted server or through the tunnel.

        `POST /signin/wechat/noauth`, auth: none.

        Args:
            appid: The mini-program's AppID.
            openid: The WeChat user's OpenID in that mini-program.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotEnabled: The identity provider is not enabled for this environment.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(appid):
            body["appid"] = appid
        if _given(openid):
            body["openid"] = openid

        from .models import TokenResponse

        return self._call(
            OPERATIONS["signInWithWechat"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    def gen_provider_redirect_uri(
        self,
        *,
        provider_id: str,
        redirect_uri: str | None = None,
        provider_redirect_uri: str | None = None,
        state: str | None = None,
        scope: str | None = None,
        response_type: Literal["code", "token", "id_token"] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderRedirectUriResponse:
        """Build the provider's authorisation URL that starts a third-party login.

        The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom
        OIDC provider): answers with the provider's authorisation `uri`, which carries
        `redirect_uri` and `state`. Send the user's browser there; the provider redirects back
        to `redirect_uri` with `code` and the same `state` (check it), and the code goes to
        `grant_provider_token()` with the same redirect URI. `signout_uri` is the provider's
        sign-out page, when it has one.

        The official SDK also sends `other_params[<key>]=<value>` pairs (such as
        `other_params[sign_out_uri]`), which the service passes on to the provider. They are not
        declared here: the generator has no `deepObject` query support, and the emulator ignores
        them.

        Differs from the docs: `state` is optional in the docs but the official SDK always sends
        it (its model requires it); send it. The SDK's deprecated `provider_redirect_uri` is an
        alias of `redirect_uri`.

        `GET /provider/uri`, auth: none.

        Args:
            provider_id: The identity provider, such as `github` or a custom provider's ID.
            redirect_uri: Where the provider sends the user back, with `code` and `state`.
            provider_redirect_uri: Deprecated alias of `redirect_uri` (older SDKs send it).
            state: An opaque value the provider hands back unchanged; check it on return
                (against CSRF).
            scope: Scopes to request from the provider, space-separated.
            response_type: The OAuth response type; `code` by default.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderRedirectUriResponse`: Where to send the user's browser.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["provider_id"] = provider_id
        if _given(redirect_uri):
            query["redirect_uri"] = redirect_uri
        if _given(provider_redirect_uri):
            query["provider_redirect_uri"] = provider_redirect_uri
        if _given(state):
            query["state"] = state
        if _given(scope):
            query["scope"] = scope
        if _given(response_type):
            query["response_type"] = response_type

        from .models import ProviderRedirectUriResponse

        return self._call(
            OPERATIONS["genProviderRedirectUri"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderRedirectUriResponse.from_dict,
        )

    def trans_by_provider(
        self,
        *,
        provider_token: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Move a provider identity from another account to the signed-in user.

        Moves the third-party identity behind `provider_token` (from `grant_provider_token()`)
        to the signed-in user, taking it from the account it is bound to now (if any). Use it
        when `bind_provider()` fails with `invalid_grant` because the identity already belongs
        to another account that the user also owns. Answers with a fresh session of the
        signed-in user. The other account stays, without that identity.

        Inferred: the official SDK only shows the request and the token response; the move
        semantics are this document's reading of the name (`trans` = transfer). Fails with
        `already_exists` when the signed-in user already has another identity of the same
        provider (unbind it, or use `change_bound_provider()`).

        `PATCH /user/trans/by/provider`, auth: Bearer.

        Args:
            provider_token: From `grant_provider_token()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Unauthenticated: No valid access token; sign in again.
            AlreadyExists: The resource already exists.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token

        from .models import TokenResponse

        return self._call(
            OPERATIONS["transByProvider"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    def change_bound_provider(
        self,
        *,
        provider_id: str,
        provider_trans_token: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ChangeBoundProviderResponse:
        """Replace the signed-in user's identity of one provider.

        Changes which identity of `provider_id` the signed-in user is bound to: the identity
        behind `provider_trans_token` (a provider token of that provider, from
        `grant_provider_token()`) replaces the current one, and is taken from the account it was
        bound to, if any. Answers with the client ID of the session.

        Inferred: the official SDK (`changeBoundProvider`) shows the request and the
        `{client_id}` answer only; where the trans token comes from and the replace semantics
        are this document's reading.

        `POST /user/provider/{provider_id}/trans`, auth: Bearer.

        Args:
            provider_id: The provider whose binding changes, such as `github`.
            provider_trans_token: A provider token of the path's provider, from
                `grant_provider_token()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ChangeBoundProviderResponse`: The outcome of the change.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_trans_token"] = provider_trans_token

        from .models import ChangeBoundProviderResponse

        return self._call(
            OPERATIONS["changeBoundProvider"],
            path_params={
                "provider_id": provider_id,
            },
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ChangeBoundProviderResponse.from_dict,
        )

    def get_provider_sub_type(
        self,
        *,
        provider_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderSubTypeResponse:
        """Read the WeDa provider's sub type (whether password-free login is on).

        WeDa low-code apps only: answers whether the environment's WeDa provider allows
        password-free WeChat login (`provider_sub_type: NO_AUTH_LOGIN`, then use
        `sign_in_with_wechat()`) or not (`""`). The official SDK always sends `{provider_id:
        "weda"}`.

        `POST /mgr/provider/providerSubType`, auth: none.

        Args:
            provider_id: The provider to ask about: `weda` (the WeDa low-code platform's login),
                the only one the service answers for.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderSubTypeResponse`: The provider's sub type.

        Raises:
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_id"] = provider_id

        from .models import ProviderSubTypeResponse

        return self._call(
            OPERATIONS["getProviderSubType"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderSubTypeResponse.from_dict,
        )

    def create_captcha_data(
        self,
        *,
        state: str,
        redirect_uri: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaptchaDataResponse:
        """Create an image captcha.

        After a `captcha_required` error, creates a captcha: `data` is the image (a data URI) of
        a short text the user types in, `token` names the captcha for `verify_captcha_data()`
        and is valid `expires_in` seconds (300). `state` is what the call to unlock is (the
        official SDK sends `METHOD:url` of the retried request, such as
        `POST:/v1/verification`); the captcha token that comes out of it then unlocks that call
        only.

        Per the docs, only usable when the environment does not use an external verification
        service.

        Differs from the docs: the older docs render lists Basic client authentication; the
        official SDK sends none (`withCredentials: false`).

        `POST /captcha/data`, auth: none.

        Args:
            state: `METHOD:url` of the call to retry, such as `POST:/v1/verification`.
            redirect_uri: The official SDK sends an empty string.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `CaptchaDataResponse`: A captcha.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["state"] = state
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri

        from .models import CaptchaDataResponse

        return self._call(
            OPERATIONS["createCaptchaData"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=CaptchaDataResponse.from_dict,
        )

    def verify_captcha_data(
        self,
        *,
        token: str,
        key: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaptchaTokenResponse:
        """Check a captcha answer and get a captcha token.

        Checks the text the user read off the captcha image (`key`) against the captcha named by
        `token`. Right: answers with a `captcha_token` (valid 600 seconds) for the retried call,
        as the `captcha_token` query parameter or the `x-captcha-token` header. Wrong:
        `captcha_invalid`, and the captcha is spent (create a new one). The answer is not
        case-sensitive (inferred).

        `POST /captcha/data/verify`, auth: none.

        Args:
            token: From `create_captcha_data()`.
            key: The text the user read off the image.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `CaptchaTokenResponse`: Proof that a captcha was solved.

        Raises:
            CaptchaInvalid: The captcha token is wrong or expired.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["token"] = token
        body["key"] = key

        from .models import CaptchaTokenResponse

        return self._call(
            OPERATIONS["verifyCaptchaData"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=CaptchaTokenResponse.from_dict,
        )

    def get_mini_program_qr_code(
        self,
        *,
        env_id: str,
        wx_app_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> QrCodeResponse:
        """Create a mini-program QR code for web login.

        Web login by scanning: creates a mini-program code (`qr_code`, an image data URI;
        inferred, the SDK only passes it on) that the user scans with WeChat; the mini-program
        asks them to confirm. Poll `get_mini_program_qr_code_status()` with `qr_code_id` until
        the status is `CONFIRMED`, then sign in with its `provider_token` through
        `sign_in_with_provider()`. The code is valid `expires_in` seconds (300, inferred).

        The body uses camelCase, as the official SDK sends it.

        `POST /qrcode/generate`, auth: none.

        Args:
            env_id: The CloudBase environment ID.
            wx_app_id: The mini-program's AppID.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `QrCodeResponse`: A login QR code.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["envId"] = env_id
        body["wxAppId"] = wx_app_id

        from .models import QrCodeResponse

        return self._call(
            OPERATIONS["getMiniProgramQrCode"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=QrCodeResponse.from_dict,
        )

    def get_mini_program_qr_code_status(
        self,
        *,
        qr_code_id: str,
        env_id: str,
        wx_app_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> QrCodeStatusResponse:
        """Poll the status of a login QR code.

        Where the scan of a QR code from `get_mini_program_qr_code()` stands: `WAITING` (not
        scanned yet), `SCANNED` (scanned, not confirmed), `CONFIRMED` (the user confirmed in the
        mini-program: `provider_token` is set, for `sign_in_with_provider()`), `CANCELLED` (the
        user declined) or `EXPIRED`. `expires_in` is the seconds left: of the QR code, or of the
        provider token once confirmed. Poll every second or two.

        Inferred: the official SDK types `status` as a plain string and `provider_token` as
        always present; the status names are this document's, and `provider_token` is only sent
        once confirmed. The body uses camelCase, as the official SDK sends it.

        `POST /qrcode/get/status`, auth: none.

        Args:
            qr_code_id: From `get_mini_program_qr_code()`.
            env_id: The CloudBase environment ID.
            wx_app_id: The mini-program's AppID.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `QrCodeStatusResponse`: Where the scan stands.

        Raises:
            NotFound: The resource does not exist.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["qrCodeId"] = qr_code_id
        body["envId"] = env_id
        body["wxAppId"] = wx_app_id

        from .models import QrCodeStatusResponse

        return self._call(
            OPERATIONS["getMiniProgramQrCodeStatus"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=QrCodeStatusResponse.from_dict,
        )

    def revoke_all_devices(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Sign the user out on every device.

        Ends every session of the signed-in user, on all devices, this one included: every
        refresh token is revoked and every access token stops working. Use it for "log out
        everywhere", for example after a password leak. The SDK's `revokeAllDevices` sends it
        with the Bearer token and no body.

        `DELETE /user/revoke/all`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object. The client forgets its session.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import Empty

        return self._call(
            OPERATIONS["revokeAllDevices"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def revoke_device(
        self,
        *,
        device_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Sign the user out on one device.

        Ends the signed-in user's sessions on one device, named by the `x-device-id` it sent
        when it signed in (the login history of `get_user_behavior_log()` lists them). Use it to
        sign out a lost or stolen phone. Naming the calling device signs this session out too. A
        device with no live session of this user answers `not_found` (inferred). The SDK's
        `revokeDevice` sends it with the Bearer token and no body.

        `DELETE /user/authorized/devices/{device_id}`, auth: Bearer.

        Args:
            device_id: The device ID (`x-device-id`) whose sessions end.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            NotFound: The resource does not exist.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import Empty

        return self._call(
            OPERATIONS["revokeDevice"],
            path_params={
                "device_id": device_id,
            },
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def edit_contact(
        self,
        *,
        sudo_token: str,
        verification_token: str,
        phone_number: str | None = None,
        email: str | None = None,
        conflict_resolution: Literal["DEFAULT", "DELETE_ACCOUNT_TRANSFER", "TRANSFER"] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Bind or change the user's phone number or email.

        Sets the signed-in user's phone number or email (exactly one) to an address the user
        just proved: `verification_token` comes from a code sent to the new address
        (`send_verification()`, then `verify_verification()`) and `sudo_token` from `sudo()`.
        Both are spent. The SDK's `bindPhoneNumber` and `bindEmail` call it.

        `conflict_resolution` says what happens when another account already has the address.
        These meanings come from the SDK model's comments; the emulator's exact behaviour is
        inferred from them:

        - `DEFAULT` (or absent): refuse with `username_already_exists`. -
        `DELETE_ACCOUNT_TRANSFER`: the other account is marked deleted (closed) and the address
        moves to this user. - `TRANSFER`: only the address moves; the other account stays,
        unless it can no longer sign in (no password, no other phone number or email, no bound
        identity), in which case it is closed too.

        The user's sessions stay valid.

        `PATCH /user/contact`, auth: Bearer.

        Args:
            sudo_token: From `sudo()`, valid 900 seconds.
            verification_token: From `verify_verification()`, for a code sent to the new
                address.
            phone_number: The new phone number, `+86 13900000000`.
            email: The new email address.
            conflict_resolution: What to do when another account has the address (see the
                operation); `DEFAULT` when absent.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            InvalidArgument: A parameter is missing, malformed or out of range.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["sudo_token"] = sudo_token
        body["verification_token"] = verification_token
        if _given(phone_number):
            body["phone_number"] = phone_number
        if _given(email):
            body["email"] = email
        if _given(conflict_resolution):
            body["conflict_resolution"] = conflict_resolution

        from .models import Empty

        return self._call(
            OPERATIONS["editContact"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def authorize(
        self,
        *,
        client_id: str | None = None,
        response_type: str | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
        scope: str | None = None,
        code_challenge: str | None = None,
        code_challenge_method: Literal["S256", "plain"] | None = None,
        sign_out_uri: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizeResponse:
        """Issue an authorization code for another app (CloudBase as the OAuth server).

        The authorization endpoint when CloudBase is the identity provider of another app
        (single sign-on): the signed-in user agrees, and the app named by `client_id` gets a
        one-time `code` to redeem at `grant_token()` with `grant_type=authorization_code`. The
        code is bound to the client, the `redirect_uri` and the PKCE `code_challenge`; it is
        valid 600 seconds (inferred) and works once. Use PKCE (`code_challenge_method: S256`)
        for public clients; `plain` is accepted. Read what to show on the consent screen with
        `get_authorize_info()` first.

        Only `response_type=code` is covered (the SDK model's answer can also carry tokens, for
        an implicit flow; the emulator answers `unsupported_response_type`). A `redirect_uri`
        the client did not register answers `invalid_request`, a scope it may not ask for
        `invalid_scope`, an unknown `client_id` `invalid_client`. The SDK's `authorize` sends
        the body with the Bearer token of the user.

        `POST /user/authorize`, auth: Bearer.

        Args:
            client_id: The app asking for access; defaults to the environment ID.
            response_type: `code` (the default).
            redirect_uri: Where the app receives the code; must be registered for the client.
            state: The app's opaque value, echoed back.
            scope: Space-separated scopes, such as `openid profile`.
            code_challenge: The PKCE challenge, `BASE64URL(SHA256(code_verifier))` for S256.
            code_challenge_method: `S256` (recommended) or `plain`; `plain` when a challenge
                comes without a method.
            sign_out_uri: Where to go after signing out of the app.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `AuthorizeResponse`: The authorization code (the SDK model also lists token fields,
                for an implicit flow not covered here).

        Raises:
            InvalidRequest: The OAuth request is malformed.
            UnsupportedResponseType: The authorization request's `response_type` is not
                supported (the SDK's error list names it).
            InvalidScope: The requested scope is invalid.
            Unauthenticated: No valid access token; sign in again.
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(client_id):
            body["client_id"] = client_id
        if _given(response_type):
            body["response_type"] = response_type
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri
        if _given(state):
            body["state"] = state
        if _given(scope):
            body["scope"] = scope
        if _given(code_challenge):
            body["code_challenge"] = code_challenge
        if _given(code_challenge_method):
            body["code_challenge_method"] = code_challenge_method
        if _given(sign_out_uri):
            body["sign_out_uri"] = sign_out_uri

        from .models import AuthorizeResponse

        return self._call(
            OPERATIONS["authorize"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=AuthorizeResponse.from_dict,
        )

    def get_authorize_info(
        self,
        *,
        response_type: str | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
        scope: str | None = None,
        sign_out_uri: str | None = None,
        locale: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizeInfo:
        """Read the app and scopes an authorization request is for (consent screen).

        What a consent screen shows before `authorize()`: the requesting app (`client`) and the
        scopes it asks for, with names and descriptions. The request's parameters are the ones
        the app put in its authorization URL. It checks them like the authorization itself
        (unknown client, unregistered `redirect_uri`, scope not allowed). The SDK's
        `authorizeInfo` sends the user's Bearer token when signed in, and Basic
        `client_id:client_secret` otherwise (with `?client_id=`).

        `GET /user/authorize/info`, auth: Bearer (Basic when not signed in).

        Args:
            response_type: The OAuth 2.0 response type the app will ask for: `code`, the only
                one the service issues.
            redirect_uri: Where the app wants the code sent.
            state: The app's opaque state, echoed back.
            scope: Space-separated scopes; the client's default scopes when absent.
            sign_out_uri: Where to go after signing out of the app.
            locale: Language of the names and descriptions, such as `zh-CN` or `en-US`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `AuthorizeInfo`: What a consent screen shows.

        Raises:
            InvalidRequest: The OAuth request is malformed.
            InvalidScope: The requested scope is invalid.
            InvalidClient: Client authentication failed.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(response_type):
            query["response_type"] = response_type
        if _given(redirect_uri):
            query["redirect_uri"] = redirect_uri
        if _given(state):
            query["state"] = state
        if _given(scope):
            query["scope"] = scope
        if _given(sign_out_uri):
            query["sign_out_uri"] = sign_out_uri
        if _given(locale):
            query["locale"] = locale

        from .models import AuthorizeInfo

        return self._call(
            OPERATIONS["getAuthorizeInfo"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=AuthorizeInfo.from_dict,
        )

    def request_device_code(
        self,
        *,
        client_id: str | None = None,
        scope: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceCodeResponse:
        """Start a device-flow sign-in (CLI, TV) and get a user code to show.

        The first step of the device flow (RFC 8628), for a device that cannot show a sign-in
        form (a CLI, a TV). The answer has a secret `device_code` for the device and a short
        `user_code` (`XXXX-XXXX`) plus `verification_uri` to show to the user, who approves it
        on a phone or computer where they are signed in (`authorize_device()`). Meanwhile the
        device polls `grant_token()` with
        `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds. The
        codes last `expires_in` seconds (600, and an interval of 3 s, as the CloudBase CLI
        device-flow page recommends; inferred for this API).

        Differs from the docs: the SDK's `deviceAuthorize` sends `{client_id?, scope?}` with a
        Bearer token (`withCredentials`), while the CloudBase CLI device-flow page sends only
        `{client_id}` with no Authorization, as RFC 8628 does (a TV has no session yet). Both
        are accepted: no auth, or the Bearer token of a session when there is one.

        `POST /device/code`, auth: none (Bearer when signed in).

        Args:
            client_id: The client the device signs in to; defaults to the environment ID.
            scope: Space-separated scopes.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `DeviceCodeResponse`: A device authorization (RFC 8628 section 3.2).

        Raises:
            InvalidScope: The requested scope is invalid.
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(client_id):
            body["client_id"] = client_id
        if _given(scope):
            body["scope"] = scope

        from .models import DeviceCodeResponse

        return self._call(
            OPERATIONS["requestDeviceCode"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=DeviceCodeResponse.from_dict,
        )

    def authorize_device(
        self,
        *,
        user_code: str,
        scope: str | None = None,
        state: str | None = None,
        client_id: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Approve a device-flow user code as the signed-in user.

        The user, signed in on a phone or computer, types the `user_code` the device shows (case
        and the dash do not matter) and approves it: the device's next poll of `grant_token()`
        gets tokens for this user. An unknown or already used code answers `not_found`, an
        expired one `expired_token`. The SDK's `authorizeDevice` sends `{user_code, scope?,
        state?}` with the Bearer token.

        `POST /user/device/authorize`, auth: Bearer.

        Args:
            user_code: The code the device shows; case and dashes do not matter.
            scope: Scopes to grant (defaults to what the device asked for).
            state: Opaque value (SDK model).
            client_id: The client (SDK base model); ignored, the user code names it.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            ExpiredToken: Device flow; the device code expired before it was approved; start
                again with `POST /device/code` (RFC 8628).
            NotFound: The resource does not exist.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["user_code"] = user_code
        if _given(scope):
            body["scope"] = scope
        if _given(state):
            body["state"] = state
        if _given(client_id):
            body["client_id"] = client_id

        from .models import Empty

        return self._call(
            OPERATIONS["authorizeDevice"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def get_client_credential(
        self,
        *,
        secret_id: str | None = None,
        secret_key: str | None = None,
        grant_type: Literal["client_credentials"] = "client_credentials",
        session_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Get an administrator token with a TC3-signed request (server side).

        The administrator access token the server SDKs use (`@cloudbase/node-sdk`
        `auth().getClientCredential()`): a backend with the environment's API key pair
        (SecretId, SecretKey, from the Tencent Cloud console) signs this request with
        TC3-HMAC-SHA256 (service `tcb`; see the `tc3Signature` security scheme) and gets an
        access token with `scope: admin`, valid 432000 s, with no refresh token. Send it as
        `Authorization: Bearer` to administrator calls such as `query_user()`. Keep the key pair
        on the server: it never goes to a browser or app. A signature older than 300 seconds,
        one made with another key or over another body is refused (`invalid_client`; the
        300-second window and the error name are inferred, as no page documents the answer to a
        bad or old signature; the 432000 s lifetime is second-hand). The node-sdk alternative,
        `Authorization: Bearer <accessKey>` (an environment API key configured as `accessKey`),
        is accepted too; node-sdk itself skips this call then and uses the access key directly
        as the token.

        Differs from the docs: the docs describe the administrator token as `grant_token()` with
        `grant_type=client_credentials` and Basic `SecretId:SecretKey`; both server SDKs call
        this path with a TC3 signature instead, and the spec accepts what they send.

        `POST /token/clientCredential`, auth: TC3-HMAC-SHA256 signature.

        Args:
            secret_id: The SecretId of the API key pair the request is signed with
                (TC3-HMAC-SHA256); the client's own (`secret_id=` of the constructor) when not
                given.
            secret_key: The SecretKey; it signs the request and is never sent. The client's own
                when not given.
            grant_type: Always `client_credentials`.
            session_token: The token of a temporary key pair, if that is what you have.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            UnsupportedGrantType: The grant_type is not supported.
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["grant_type"] = grant_type

        from .models import TokenResponse

        return self._call(
            OPERATIONS["getClientCredential"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            tc3=None
            if secret_id is None and secret_key is None
            else TC3Credentials(secret_id or "", secret_key or "", session_token),
            parse=TokenResponse.from_dict,
        )

    def query_user(
        self,
        *,
        id: list[str] | None = None,
        username: str | None = None,
        email: str | None = None,
        phone_number: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> QueryUserResponse:
        """Look users up by ID, username, email or phone number.

        Finds users by `id` (one or more user IDs), `username`, `email` or `phone_number`. Every
        criterion given must match; no match is `{total: 0, data: []}`, not an error. This is
        the user lookup of the `/auth/v1` API: a backend calls it with the administrator token
        from `get_client_credential()`.

        Who may call it is inferred: the browser SDK (`auth.queryUser`) sends the signed-in
        user's Bearer token, so a user token is accepted; anonymous users are refused
        (`permission_denied`), and `email` and `phone_number` are returned only to an
        administrator token or for the caller's own account (an inference, on privacy grounds).
        The response shape is the SDK's `QueryUserProfileResponse`.

        `id` is an array: the official client serialises it as one comma-separated value
        (`id=a%2Cb`, from its `MyURLSearchParams`), and repeating the parameter (`id=a&id=b`,
        what the generated clients send) is accepted too (inferred).

        `GET /user/query`, auth: Bearer.

        Args:
            id: User IDs (`sub`) to look up; comma-separated or repeated.
            username: Finds the account whose username is exactly this value (no prefix or
                pattern search).
            email: The email address (any case).
            phone_number: The phone number, `+86 13800000000` (URL-encode the `+` and the
                space).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `QueryUserResponse`: Users matching a `GET /user/query` (the SDK's
                `QueryUserProfileResponse`).

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(id):
            query["id"] = id
        if _given(username):
            query["username"] = username
        if _given(email):
            query["email"] = email
        if _given(phone_number):
            query["phone_number"] = phone_number

        from .models import QueryUserResponse

        return self._call(
            OPERATIONS["queryUser"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=QueryUserResponse.from_dict,
        )

    def get_weda_user_info(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WedaUserInfo:
        """Read the signed-in user as the WeDa low-code platform sees them.

        For apps built on WeDa (the CloudBase low-code platform) only: the signed-in user's
        information in WeDa's terms. Other apps want `get_user_me()`. The SDK types the answer
        as `any`; the fields here are inferred: the profile fields of `get_user_me()` that WeDa
        uses, plus `user_id` (the same value as `sub`) and `user_type`. Unknown fields may
        appear.

        `GET /plugin/weda/userinfo`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `WedaUserInfo`: The signed-in user for WeDa; the fields are inferred and others may
                appear.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import WedaUserInfo

        return self._call(
            OPERATIONS["getWedaUserInfo"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=WedaUserInfo.from_dict,
        )

    def set_user_profile(
        self,
        *,
        name: str | None = None,
        picture: str | None = None,
        gender: Literal["MALE", "FEMALE"] | None = None,
        locale: str | None = None,
        username: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserProfile:
        """Change the signed-in user's display profile (deprecated).

        Deprecated: the official client marks `setUserProfile` `@deprecated` in favour of
        `edit_basic_user()` (`editBasicUser`), and says this call does not sync the profile to
        the data source. Use `editBasicUser` in new code; this one is here because
        `User.update()` of `@cloudbase/auth` still sends it. Changes the display name, avatar,
        gender, locale and username of the user of the Bearer token and answers with the whole
        profile, as `get_user_me()`. Fields the SDK's `UserProfile` model has beyond these (such
        as `birthdate`, `zoneinfo`) are accepted and ignored (inferred).

        `username`: `User.updateUsername(username)` of `@cloudbase/auth` sends exactly `PATCH
        /user/profile {"username": ...}` (it calls `User.update({username})`, which calls
        `setUserProfile`; cloudbase-js-sdk, `packages/auth/src/index.ts`). A username taken by
        another account is `username_already_exists`; one that is not a valid username is
        `invalid_argument`.

        `PATCH /user/profile`, auth: Bearer.

        Args:
            name: The new display name apps show for the user (1-64 characters; not used to sign
                in).
            picture: The URL of the new avatar image (at most 1024 characters); the service
                stores it as given.
            gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out
                when unknown).
            locale: Such as `zh-CN`.
            username: The new username (what `User.updateUsername` sends); letters, digits and
                `-_.:+ @`, starting with a letter or digit.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserProfile`: A user's profile.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        warnings.warn(
            "set_user_profile (PATCH /user/profile) is deprecated by the service; see its docstring",
            DeprecationWarning,
            stacklevel=2,
        )
        body: dict[str, Any] = {}
        if _given(name):
            body["name"] = name
        if _given(picture):
            body["picture"] = picture
        if _given(gender):
            body["gender"] = gender
        if _given(locale):
            body["locale"] = locale
        if _given(username):
            body["username"] = username

        from .models import UserProfile

        return self._call(
            OPERATIONS["setUserProfile"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserProfile.from_dict,
        )

    def check_username(
        self,
        *,
        username: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Check that a username is valid and free.

        Answers `{}` when `username` is well-formed and no account uses it; an
        `invalid_argument` error when it is malformed and `username_already_exists` when it is
        taken (the answers are inferred: the SDK types the result `void`). To learn whether an
        account exists without an error, use `check_if_user_exist()`.

        Differs from the docs: the official client (`checkUsername` of `@cloudbase/oauth`) puts
        `{"username": ...}` in the **body of a GET**, with the user's Bearer token. With the
        SDK's default fetch-based transport that request is never sent (fetch rejects a GET with
        a body), so the call fails as unreachable. The spec takes `username` as a query
        parameter, which every HTTP client can send; the Bearer token is sent as the SDK does.

        `GET /checkUsername`, auth: Bearer.

        Args:
            username: The username a user wants to take, as typed into a sign-up or profile
                form; the answer says whether it is free.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["username"] = username

        from .models import Empty

        return self._call(
            OPERATIONS["checkUsername"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    def get_user_behavior_log(
        self,
        *,
        query_action: str | None = None,
        ne_query_action: str | None = None,
        limit: int | None = None,
        page_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserBehaviorLogResponse:
        """List the signed-in user's sign-ins and account changes.

        The user's security log, newest first: `query[action]=USER_LOGIN` lists sign-ins (the
        SDK's `type: LOGIN`), `ne_query[action]=USER_LOGIN` everything else, such as profile
        changes (the SDK's `type: MODIFY`). Without either, every entry. Page with `limit` and
        the `next_page_token` of the previous answer.

        Inferred: the SDK declares the answer as one entry `{id, ip, user_agent, client_id,
        device_id, created_at, meta{from}}`, which cannot carry a page; the envelope `{data,
        next_page_token}` and the `action` field are inferred, as are the action names other
        than `USER_LOGIN`. `meta.from` says how the user signed in (`username`, `phone`,
        `email`, `anonymous`, `custom`, or a provider ID).

        `GET /user/security/history`, auth: Bearer.

        Args:
            query_action: Only entries with this action (the SDK sends `USER_LOGIN`).
            ne_query_action: Only entries with another action than this one (the SDK sends
                `USER_LOGIN`).
            limit: Entries per page, 1 to 100 (default 20; the SDK always sends it).
            page_token: The `next_page_token` of the previous page.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserBehaviorLogResponse`: One page of the user's security log, newest first.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(query_action):
            query["query[action]"] = query_action
        if _given(ne_query_action):
            query["ne_query[action]"] = ne_query_action
        if _given(limit):
            query["limit"] = limit
        if _given(page_token):
            query["page_token"] = page_token

        from .models import UserBehaviorLogResponse

        return self._call(
            OPERATIONS["getUserBehaviorLog"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserBehaviorLogResponse.from_dict,
        )


class AsyncCloudBaseAuth(AsyncAPIClient):
    """Asynchronous twin of `CloudBaseAuth`: the same methods, awaited."""

    async def sign_in(
        self,
        *,
        captcha_token: str | None = None,
        x_captcha_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        verification_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in with a password or a verification token.

        Signs a user in with `username` + `password`, or with a `verification_token` from
        `verify_verification()` (send the phone number or email as `username` alongside it). The
        username may be a user name, a phone number (`+86 13800000000`) or an email. The
        response carries tokens and the user ID (`sub`), not the profile: call `get_user_me()`
        for that.

        After repeated failed sign-ins from one device the service answers `captcha_required`:
        solve a captcha (`create_captcha_data()`, then `verify_captcha_data()`) and retry the
        same call with its `captcha_token` (query, as the SDK sends it, or the `x-captcha-token`
        header). A captcha token unlocks one call.

        Differs from older guides: no Basic client authentication is needed (the older guide
        adds `-u clientId:clientSecret` to every call), and the response does not include user
        info.

        `POST /signin`, auth: none.

        Args:
            captcha_token: The `captcha_token` from `verify_captcha_data()`, after a
                `captcha_required` error (the official SDK retries with it here).
            x_captcha_token: The same captcha token as a header, as the docs show for
                `send_verification()`.
            username: User name, phone number (`+86 13800000000`) or email.
            password: The account's password, exactly as the user typed it.
            verification_token: From `verify_verification()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidUsernameOrPassword: The username does not exist or the password is wrong.
            CaptchaRequired: Too many attempts; solve a captcha and retry with its token.
            CaptchaInvalid: The captcha token is wrong or expired.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(captcha_token):
            query["captcha_token"] = captcha_token
        headers: dict[str, str] = {}
        if _given(x_captcha_token):
            headers["x-captcha-token"] = str(x_captcha_token)
        headers.update(extra_headers or {})
        body: dict[str, Any] = {}
        if _given(username):
            body["username"] = username
        if _given(password):
            body["password"] = password
        if _given(verification_token):
            body["verification_token"] = verification_token

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["signIn"],
            query=query,
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=headers,
            parse=TokenResponse.from_dict,
        )

    async def sign_up(
        self,
        *,
        phone_number: str | None = None,
        email: str | None = None,
        verification_code: str | None = None,
        verification_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        gender: Literal["MALE", "FEMALE"] | None = None,
        picture: str | None = None,
        locale: str | None = None,
        provider_token: str | None = None,
        anonymous_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Register a user with a verified phone number or email, then sign in.

        Registers a user, with one of two proofs: a `verification_token` from
        `verify_verification()` (the phone number or email it proves becomes the account's), or
        a `provider_token` from `grant_provider_token()` (the third-party identity it names is
        bound to the new account). A username and password alone cannot register. Optional
        profile fields are stored on the new account; a `provider_token` sent with a
        `verification_token` is bound too. Pass `anonymous_token` (the access token of an
        anonymous session) to upgrade that anonymous user in place: the user keeps its ID.
        Answers with tokens, as a sign-in does.

        Evidence for `provider_token` alone: the sign-up page lists "register a new user by
        obtaining the provider_token after third-party authorization" among its scenarios and
        marks `verification_token` required only "when registering with phone number +
        verification_token or email + verification_token"
        (https://docs.cloudbase.net/en/http-api/auth/auth-sign-up); the official client's
        `SignUpRequest` model has both as optional fields (`@cloudbase/oauth` `models.ts`).

        Differs from older guides: no Basic client authentication is needed.

        `POST /signup`, auth: none.

        Args:
            phone_number: `+86 13800000000` (country code, a space, the number).
            email: The new account's email address (`alice@example.com`): the one the
                `verification_token` was issued for.
            verification_code: The code the user received (the SDK sends it too).
            verification_token: From `verify_verification()`; required unless `provider_token`
                is sent.
            username: Letters, digits and `-_.:+ @`, starting with a letter or digit.
            password: The new account's password, as the user chose it; the environment's
                password rules apply (the emulator asks for 8-64 characters with upper and lower
                case, a digit and a special character).
            name: The display name apps show for the user (free text; not used to sign in).
            gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out
                when unknown).
            picture: The URL of the new avatar image (`https://...`); the service stores it as
                given.
            locale: Such as `zh-CN`.
            provider_token: The third-party identity to bind to the new account. Alone it is the
                account's proof; with a `verification_token` it is bound as well. Comes from
                `grant_provider_token()`, `patch_provider_token()`,
                `get_mini_program_qr_code_status()`.
            anonymous_token: The access token of an anonymous session, to upgrade that user in
                place.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(phone_number):
            body["phone_number"] = phone_number
        if _given(email):
            body["email"] = email
        if _given(verification_code):
            body["verification_code"] = verification_code
        if _given(verification_token):
            body["verification_token"] = verification_token
        if _given(username):
            body["username"] = username
        if _given(password):
            body["password"] = password
        if _given(name):
            body["name"] = name
        if _given(gender):
            body["gender"] = gender
        if _given(picture):
            body["picture"] = picture
        if _given(locale):
            body["locale"] = locale
        if _given(provider_token):
            body["provider_token"] = provider_token
        if _given(anonymous_token):
            body["anonymous_token"] = anonymous_token

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["signUp"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    async def send_verification(
        self,
        *,
        captcha_token: str | None = None,
        x_captcha_token: str | None = None,
        phone_number: str | None = None,
        email: str | None = None,
        target: Literal["ANY", "USER", "NOT_USER", "CUR_USER"] | None = None,
        usage: Literal["REGISTER", "SIGN_IN", "PASSWORD_RESET", "EMAIL_ADDRESS_CHANGE", "PHONE_NUMBER_CHANGE"]
        | None = None,
        email_redirect_to: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationResponse:
        """Send an SMS or email verification code.

        Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At
        most one code is sent to a target per 60 seconds. `target` says who may receive it:
        `ANY`, `USER` (the account must exist), `NOT_USER` (it must not), `CUR_USER` (the
        signed-in user: send the Bearer token). Without `target` the code goes to anyone, as
        with `ANY` (inferred: the docs mark `target` required, but the official SDK omits it in
        five of its six flows, which work). The answer's `is_user` says whether to call `signin`
        (true) or `signup` (false or absent) next. After a `captcha_required` error (too many
        codes from one device), solve a captcha and retry the same call with its token as the
        `captcha_token` query parameter (what the official SDK sends) or the `x-captcha-token`
        header (what the docs show); a captcha token unlocks one call.

        Differs from the docs: `target` is optional (the docs mark it required; the official SDK
        omits it), and the captcha token is also accepted as the `captcha_token` query
        parameter.

        Differs from older guides: no Basic client authentication is needed.

        `POST /verification`, auth: none (Bearer when signed in).

        Args:
            captcha_token: The `captcha_token` from `verify_captcha_data()`, after a
                `captcha_required` error (the official SDK sends it here).
            x_captcha_token: Captcha token, after a `captcha_required` error (the docs send it
                here).
            phone_number: `+86 13800000000`.
            email: The email address to send the code to (`alice@example.com`); or
                `phone_number`, not both.
            target: Who may receive the code; `ANY` when omitted (inferred from the official
                SDK, which omits it).
            usage: What the code is for.
            email_redirect_to: Magic-link URL for email codes.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `VerificationResponse`

        Raises:
            InvalidPhoneNumber: The phone number is malformed (expected `+86 13800000000`).
            CaptchaRequired: Too many attempts; solve a captcha and retry with its token.
            CaptchaInvalid: The captcha token is wrong or expired.
            UserNotFound: No such user.
            RateLimitExceeded: Too many verification codes sent to this target; wait a minute.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(captcha_token):
            query["captcha_token"] = captcha_token
        headers: dict[str, str] = {}
        if _given(x_captcha_token):
            headers["x-captcha-token"] = str(x_captcha_token)
        headers.update(extra_headers or {})
        body: dict[str, Any] = {}
        if _given(phone_number):
            body["phone_number"] = phone_number
        if _given(email):
            body["email"] = email
        if _given(target):
            body["target"] = target
        if _given(usage):
            body["usage"] = usage
        if _given(email_redirect_to):
            body["email_redirect_to"] = email_redirect_to

        from .models import VerificationResponse

        return await self._call(
            OPERATIONS["sendVerification"],
            query=query,
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=headers,
            parse=VerificationResponse.from_dict,
        )

    async def verify_verification(
        self,
        *,
        verification_id: str,
        verification_code: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerifyResponse:
        """Check a verification code and get a verification token.

        Exchanges the code the user received and the `verification_id` from
        `send_verification()` for a `verification_token` (valid 600 seconds), which `signup`,
        `signin`, `user/sudo` and `reset` accept.

        Differs from older guides: no Basic client authentication is needed.

        `POST /verification/verify`, auth: none.

        Args:
            verification_id: From `send_verification()`.
            verification_code: The 6-digit code the user received.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `VerifyResponse`

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["verification_id"] = verification_id
        body["verification_code"] = verification_code

        from .models import VerifyResponse

        return await self._call(
            OPERATIONS["verifyVerification"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=VerifyResponse.from_dict,
        )

    async def sign_in_anonymously(
        self,
        *,
        provider_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in as the anonymous user of this device.

        Signs in the anonymous user of the device named by the required `x-device-id`: the same
        device ID always gets the same anonymous user, so generate it once and keep it. The
        token's scope is `anonymous`. Upgrade the user later with `signup` and
        `anonymous_token`. The official SDK sends Basic client credentials only when it signs in
        again by itself; no authentication is needed.

        Differs from older guides: the path is `/signin/anonymously` (the older guide's
        `/signin-anonymously` does not exist), and `x-device-id` is required.

        `POST /signin/anonymously`, auth: none.

        Args:
            provider_token: Optional provider token to attach. Comes from
                `grant_provider_token()`, `patch_provider_token()`,
                `get_mini_program_qr_code_status()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotEnabled: The identity provider is not enabled for this environment.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(provider_token):
            body["provider_token"] = provider_token

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["signInAnonymously"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    async def sign_in_custom(
        self,
        *,
        provider_id: Literal["custom"] = "custom",
        ticket: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in with a custom-login ticket minted by your server.

        Signs in the user of your own account system with a ticket your server minted with the
        environment's custom-login private key (`tcb_custom_login.json`), with your client's
        ticket function (each follows `@cloudbase/node-sdk`'s `createTicket`). A ticket is
        `private_key_id/@@/<RS256 JWT>` whose `iat` and `exp` are in milliseconds; it is valid
        for 10 minutes. `provider_id` is always `custom`. The access token lives 7200 seconds,
        the refresh token 2592000 seconds (30 days).

        Differs from older guides: the older guide does not have this call at all.

        `POST /signin/custom`, auth: none.

        Args:
            provider_id: Always `custom`.
            ticket: The custom-login ticket your server minted for this user:
                `private_key_id/@@/<jwt>`, from the client's ticket function (or node-sdk's
                `createTicket`), valid 10 minutes.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_id"] = provider_id
        body["ticket"] = ticket

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["signInCustom"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    async def sign_in_with_provider(
        self,
        *,
        provider_token: str,
        provider_id: str | None = None,
        force_disable_sign_up: bool | None = None,
        sync_profile: bool | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in with a third-party provider token.

        Signs in (or, unless `force_disable_sign_up`, signs up) the user behind a provider token
        from `grant_provider_token()` (or from a confirmed QR code, see
        `get_mini_program_qr_code_status()`). `x-device-id` is required. When the provider token
        carries a phone number (WeChat phone authorisation) and no user is bound to the identity
        yet, the account with that phone number is signed in and the identity bound to it; a new
        account gets the phone number.

        Differs from the docs: `provider_id` is optional. The older docs render marks it
        required; the newer render and the official SDK send only `provider_token` (four of its
        five callers), since the token already names its provider. When sent, it must be the
        token's provider.

        `POST /signin/with/provider`, auth: none.

        Args:
            provider_token: From `grant_provider_token()`.
            provider_id: Such as `github` or `wx_open`; optional (the token names its provider),
                and when sent it must match.
            force_disable_sign_up: Fail instead of creating a user.
            sync_profile: Copy the provider's profile to the user.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            UserNotFound: No such user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token
        if _given(provider_id):
            body["provider_id"] = provider_id
        if _given(force_disable_sign_up):
            body["force_disable_sign_up"] = force_disable_sign_up
        if _given(sync_profile):
            body["sync_profile"] = sync_profile

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["signInWithProvider"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    async def grant_provider_token(
        self,
        *,
        provider_id: str,
        provider_redirect_uri: str | None = None,
        provider_code: str | None = None,
        provider_access_token: str | None = None,
        provider_id_token: str | None = None,
        provider_params: dict[str, Any] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderTokenResponse:
        """Exchange a provider's authorisation code for a provider token.

        Turns what a third-party provider gave the user (an OAuth `provider_code`, an access
        token or an ID token) into a CloudBase `provider_token`, valid 3600 seconds, which
        `signin/with/provider` and `user/provider/bind` accept. Start an OAuth login with
        `gen_provider_redirect_uri()`; send the code the provider redirected back with, and the
        same `provider_redirect_uri`.

        WeChat mini-programs: `provider_id` is the mini-program's AppID, `provider_code` the
        `wx.login` code, and `provider_params.provider_code_type` says which identity to use:
        `open_id` (the user's OpenID in this mini-program), `union_id` (the UnionID shared by
        the apps of one WeChat open-platform account) or `phone` (also send the `getPhoneNumber`
        code as `provider_params.code`: the provider token then carries the phone number, and
        signing in with it finds the account by that number).

        Differs from the docs: the official SDK checks `error_code` on a 200 answer too (the
        WeChat tunnel answers errors that way); this document declares `code` and `error_code`
        on the success schema for that reason.

        `POST /provider/token`, auth: none.

        Args:
            provider_id: Such as `github` or `wx_open`.
            provider_redirect_uri: The redirect URI used with the provider.
            provider_code: The authorisation code the provider sent back to
                `provider_redirect_uri` (its `code` query parameter), or a WeChat `wx.login()`
                code; good for one use.
            provider_access_token: A provider access token, instead of a code.
            provider_id_token: A provider ID token, instead of a code.
            provider_params: Provider-specific parameters; WeChat mini-programs send which
                identity to use and the phone code.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderTokenResponse`

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_id"] = provider_id
        if _given(provider_redirect_uri):
            body["provider_redirect_uri"] = provider_redirect_uri
        if _given(provider_code):
            body["provider_code"] = provider_code
        if _given(provider_access_token):
            body["provider_access_token"] = provider_access_token
        if _given(provider_id_token):
            body["provider_id_token"] = provider_id_token
        if _given(provider_params):
            body["provider_params"] = provider_params

        from .models import ProviderTokenResponse

        return await self._call(
            OPERATIONS["grantProviderToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderTokenResponse.from_dict,
        )

    async def patch_provider_token(
        self,
        *,
        provider_token: str,
        provider_params: dict[str, Any],
        provider_id: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderTokenResponse:
        """Attach a WeChat phone number to a provider token.

        Adds the phone number the user allowed a WeChat mini-program to read (`getPhoneNumber`)
        to an existing provider token (from `grant_provider_token()`): send the phone code as
        `provider_params.code` with `provider_code_type: phone`. The answer is a provider token
        (valid 3600 seconds) whose `provider_profile` carries the phone number; signing in with
        it (`sign_in_with_provider()`) finds or creates the account with that number, and
        binding it gives the account the number if it has none.

        The older `getPhoneNumber` flow sends `encryptedData` and `iv` instead of `code`; the
        emulator does not decrypt them and answers `invalid_argument`.

        `PATCH /provider/token`, auth: none.

        Args:
            provider_token: From `grant_provider_token()`.
            provider_params: What to attach to the provider token.
            provider_id: The token's provider (optional; it must match when sent).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderTokenResponse`

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            InvalidArgument: A parameter is missing, malformed or out of range.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token
        body["provider_params"] = provider_params
        if _given(provider_id):
            body["provider_id"] = provider_id

        from .models import ProviderTokenResponse

        return await self._call(
            OPERATIONS["patchProviderToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderTokenResponse.from_dict,
        )

    async def grant_token(
        self,
        *,
        grant_type: Literal[
            "refresh_token",
            "password",
            "client_credentials",
            "authorization_code",
            "urn:ietf:params:oauth:grant-type:device_code",
        ],
        refresh_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
        code: str | None = None,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        nonce: str | None = None,
        device_code: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Get tokens from a refresh token, a password, an authorization code, a device code or client credentials.

        The OAuth 2.0 token endpoint. With `grant_type=refresh_token` it rotates the refresh
        token: the one sent is invalid from then on, and using it again fails with
        `invalid_grant` (sign the user out then). With `grant_type=password` it signs in.
        Neither needs authentication; the SDK also sends `client_id` and `client_secret` (empty
        by default) in the body. `grant_type=client_credentials` needs Basic
        `SecretId:SecretKey` and returns an administrator token (432000 s) with no refresh
        token.

        `grant_type=authorization_code` redeems a code from `authorize()` (CloudBase as the
        OAuth server of another app): send the same `client_id` and `redirect_uri` as when the
        code was issued and, if a `code_challenge` was sent then, the PKCE `code_verifier`
        (S256: `BASE64URL(SHA256(code_verifier))` must equal the challenge; `plain`: equal
        strings). A code works once; a wrong verifier, client or redirect URI, or a second use,
        fails with `invalid_grant`. With `openid` in the code's scope the answer also carries an
        `id_token` (with `nonce` when one is sent).

        `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628) is the polling half
        of the device flow (`request_device_code()`): until the user approves the `user_code`
        the answer is `authorization_pending`; polling faster than `interval` answers
        `slow_down` (and adds 5 s to the interval); after `expires_in` the answer is
        `expired_token`. On approval the device gets the user's tokens, once. The SDK model has
        `code`, `redirect_uri`, `nonce`, `code_verifier` and `device_code` (`GrantTokenRequest`)
        but no caller; the grant value and the polling errors follow RFC 8628, as the CloudBase
        CLI device-flow page requires (inferred for this API).

        Differs from older guides: the refresh grant needs no Basic client authentication.

        `POST /token`, auth: none.

        Args:
            grant_type: The OAuth 2.0 grant.
            refresh_token: With `grant_type` `refresh_token`: the session's current refresh
                token (it rotates: each one is spent by its first use). Comes from `sign_in()`,
                `sign_up()`, `sign_in_anonymously()` (or 5 more).
            username: With `grant_type` `password`: the user name, phone number (`+86
                13800000000`) or email to sign in with.
            password: With `grant_type` `password`: the account's password, exactly as the user
                typed it.
            client_id: Defaults to the environment ID.
            client_secret: The SDK sends an empty string by default.
            scope: The scopes asked for, space-separated (such as `openid profile email`); left
                out, the grant's default scopes.
            code: For `authorization_code`, the code from `authorize()`.
            redirect_uri: For `authorization_code`, the same redirect URI as when the code was
                issued.
            code_verifier: For `authorization_code`, the PKCE verifier whose challenge was sent
                to `authorize()`.
            nonce: For `authorization_code`, copied into the `id_token` (OpenID Connect).
            device_code: For the device-code grant, from `request_device_code()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            UnsupportedGrantType: The grant_type is not supported.
            AuthorizationPending: Device flow; the user has not approved the user code yet; poll
                again after `interval` seconds (RFC 8628).
            SlowDown: Device flow; polled faster than `interval`; wait 5 seconds longer between
                polls (RFC 8628).
            ExpiredToken: Device flow; the device code expired before it was approved; start
                again with `POST /device/code` (RFC 8628).
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["grant_type"] = grant_type
        if _given(refresh_token):
            body["refresh_token"] = refresh_token
        if _given(username):
            body["username"] = username
        if _given(password):
            body["password"] = password
        if _given(client_id):
            body["client_id"] = client_id
        if _given(client_secret):
            body["client_secret"] = client_secret
        if _given(scope):
            body["scope"] = scope
        if _given(code):
            body["code"] = code
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri
        if _given(code_verifier):
            body["code_verifier"] = code_verifier
        if _given(nonce):
            body["nonce"] = nonce
        if _given(device_code):
            body["device_code"] = device_code

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["grantToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    async def introspect_token(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IntrospectResponse:
        """Check whether an access token is still valid.

        The token to check is the Bearer token of the request. A valid token answers with its
        client, subject and scope. An invalid, expired or revoked token answers 200 with an
        empty object `{}`, not `active: false`. This call never refreshes anything.

        Differs from older guides: the token goes in `Authorization: Bearer`, not in a `?token=`
        query, and no Basic client authentication is used.

        `GET /token/introspect`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `IntrospectResponse`: Empty when the token is not valid.

        Raises:
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import IntrospectResponse

        return await self._call(
            OPERATIONS["introspectToken"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=IntrospectResponse.from_dict,
        )

    async def revoke_token(
        self,
        *,
        token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Revoke a token (log out).

        Revokes the token in the body, or the Bearer token itself when the body names none.
        Revoking an access token also revokes its refresh token. Confirm with
        `introspect_token()`, which then answers `{}`.

        Two ways to call it. The official SDK's default logout (`auth.signOut()`) sends the live
        access token as `{token}` with `?client_id=` and no Authorization header: the token in
        the body authenticates itself, so it must be valid. With a Bearer token the body may
        name any token of the caller, or none.

        Differs from the docs: the docs list only Bearer; the SDK sends no Authorization header.
        Both are accepted.

        Differs from older guides: do not authenticate with Basic client credentials, and build
        the JSON so that `${accessToken}` is expanded (the older guide single-quotes it, so the
        literal text `${accessToken}` is sent).

        `POST /revoke`, auth: none (Bearer when signed in).

        Args:
            token: The access or refresh token to revoke (from a sign-in, such as `sign_in()`);
                defaults to the Bearer token.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object. The client forgets its session.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(token):
            body["token"] = token

        from .models import Empty

        return await self._call(
            OPERATIONS["revokeToken"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def get_user_me(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserProfile:
        """Read the signed-in user's profile.

        The profile of the user the Bearer token belongs to. Fields follow the docs' list
        (`sub`, `user_id`, `name`, `picture`, `username`, `email`, `phone_number`, `gender`,
        `status`, `has_password`, `providers`, `groups`, `type`, `internal_user_type`,
        `user_source`, `user_desc`, `last_login`, `meta`, the timestamps) and the official SDK's
        `UserProfile` model (`email_verified`, `locale`, `birthdate`, `zoneinfo`,
        `created_from`). Fields without a value are left out. The SDK may append arbitrary query
        parameters (`getUserInfo({query})`); the service ignores unknown ones.

        Differs from the docs: the docs call the self-description `user_desc`, while
        `edit_basic_user()` takes it as `description`; this document lists both in the answer
        (`description` is not in the docs' list: inferred, kept for older clients).

        `GET /user/me`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserProfile`: A user's profile.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import UserProfile

        return await self._call(
            OPERATIONS["getUserMe"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserProfile.from_dict,
        )

    async def delete_user_me(
        self,
        *,
        sudo_token: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Delete the signed-in user's account.

        Deletes the account for good. Needs a `sudo_token` (query) from `sudo()`, which proves
        the user re-entered a password or a verification code in the last 900 seconds.

        Differs from older guides: the older guide shows no sudo step; without `sudo_token` the
        call fails with `permission_denied`.

        `DELETE /user/me`, auth: Bearer.

        Args:
            sudo_token: The token from `sudo()`, valid 900 seconds.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object. The client forgets its session.

        Raises:
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            Unauthenticated: No valid access token; sign in again.
            UserNotFound: No such user.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["sudo_token"] = sudo_token

        from .models import Empty

        return await self._call(
            OPERATIONS["deleteUserMe"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def sudo(
        self,
        *,
        password: str | None = None,
        verification_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SudoResponse:
        """Re-authenticate and get a short-lived sudo token.

        Proves the signed-in user is present, with their password or a fresh
        `verification_token` (exactly one), and answers with a `sudo_token` valid 900 seconds.
        Password changes and account deletion need it.

        `POST /user/sudo`, auth: Bearer.

        Args:
            password: The signed-in user's current password, typed again to prove it is them (or
                send `verification_token` instead).
            verification_token: From `verify_verification()`, for a code sent to the user's own
                phone or email.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `SudoResponse`

        Raises:
            InvalidPassword: The password does not meet the password rules.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(password):
            body["password"] = password
        if _given(verification_token):
            body["verification_token"] = verification_token

        from .models import SudoResponse

        return await self._call(
            OPERATIONS["sudo"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=SudoResponse.from_dict,
        )

    async def update_password(
        self,
        *,
        new_password: str,
        sudo_token: str | None = None,
        old_password: str | None = None,
        confirm_password: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Change the signed-in user's password.

        Sets a new password (8-64 characters with upper and lower case letters, a digit and a
        special character). Needs a `sudo_token` from `sudo()`, in the body (as the official
        SDK's `setPassword` sends `{new_password, sudo_token}`) or in the query (as the docs
        say); the local emulator accepts either. Other devices are signed out.

        Differs from the docs: the docs put `sudo_token` in the query only; the SDK sends it in
        the body only, so the query parameter is optional here.

        Differs from older guides: the older guide sends only `old_password` and `new_password`
        with no sudo step; the service requires `sudo_token`.

        `PATCH /user/password`, auth: Bearer.

        Args:
            new_password: The new password, 8 to 64 characters.
            sudo_token: The token from `sudo()`, valid 900 seconds; here or in the body.
            old_password: Needed when the user already has a password.
            confirm_password: The new password again; must equal `new_password`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidPassword: The password does not meet the password rules.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(sudo_token):
            query["sudo_token"] = sudo_token
        body: dict[str, Any] = {}
        body["new_password"] = new_password
        if _given(old_password):
            body["old_password"] = old_password
        if _given(confirm_password):
            body["confirm_password"] = confirm_password

        from .models import Empty

        return await self._call(
            OPERATIONS["updatePassword"],
            query=query,
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def list_providers(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderList:
        """List the identity providers and which are bound to the user.

        Every identity provider enabled for the environment, with `bind: true` for those bound
        to the signed-in user.

        Differs from older guides: the path is `/user/provider` (singular); the older guide's
        `/user/providers` does not exist.

        `GET /user/provider`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderList`

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import ProviderList

        return await self._call(
            OPERATIONS["listProviders"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderList.from_dict,
        )

    async def bind_provider(
        self,
        *,
        provider_token: str,
        with_user_center: bool | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Bind a third-party identity to the signed-in user.

        Binds the identity behind a `provider_token` (from `grant_provider_token()`) to the
        signed-in user, so that it can sign in with it too.

        `POST /user/provider/bind`, auth: Bearer.

        Args:
            provider_token: From `grant_provider_token()`, for the identity to bind.
            with_user_center: Bind through the user center as well (passed through to the
                service).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Unauthorized: The caller is not authorised for this operation.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token
        if _given(with_user_center):
            body["with_user_center"] = with_user_center

        from .models import Empty

        return await self._call(
            OPERATIONS["bindProvider"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def unbind_provider(
        self,
        *,
        provider_id: str,
        with_user_center: bool | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Unbind a third-party identity from the signed-in user.

        Removes the binding between the signed-in user and the identity provider `provider_id`
        (for example `github`, `wx_open`, `qq`).

        `DELETE /user/provider/{provider_id}`, auth: Bearer.

        Args:
            provider_id: The identity provider to unbind.
            with_user_center: Also unbind in the user centre.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(with_user_center):
            query["with_user_center"] = with_user_center

        from .models import Empty

        return await self._call(
            OPERATIONS["unbindProvider"],
            path_params={
                "provider_id": provider_id,
            },
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def sign_out(
        self,
        *,
        redirect_uri: str | None = None,
        state: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SignOutResponse:
        """Sign the user out on this device.

        Revokes the session's refresh token and invalidates its access token. Answers with the
        `redirect_uri` to follow, if one was given.

        Differs from older guides: the older guide does not have this call.

        `POST /user/signout`, auth: Bearer.

        Args:
            redirect_uri: Where the provider should send the browser after signing out (OIDC
                logout).
            state: Opaque value echoed back with the redirect.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `SignOutResponse` The client forgets its session.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri
        if _given(state):
            body["state"] = state

        from .models import SignOutResponse

        return await self._call(
            OPERATIONS["signOut"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=SignOutResponse.from_dict,
        )

    async def reset_password(
        self,
        *,
        new_password: str,
        verification_token: str,
        email: str | None = None,
        phone_number: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Reset a forgotten password with a verification token.

        Sets a new password for the account that owns the phone number or email a
        `verification_token` was issued for, and signs that account out everywhere. No sign-in
        is needed. The official SDK (`resetPasswordForEmail`) sends the code with
        `send_verification()` without `usage` or `target`, verifies it, then sends `{email or
        phone_number, new_password, verification_token}` here; a phone number may come without
        the `+86 ` prefix. `usage: PASSWORD_RESET` on the code is accepted but not needed.

        Differs from the docs: an older docs render lists Basic client authentication; the SDK
        sends none (only `?client_id=`).

        `POST /reset`, auth: none.

        Args:
            new_password: The new password, 8 to 64 characters.
            verification_token: From `verify_verification()`, for a code sent to that phone or
                email.
            email: The email the verification code went to (or give `phone_number`).
            phone_number: The phone number the verification code went to, `+86 13800000000`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            UserNotFound: No such user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["new_password"] = new_password
        body["verification_token"] = verification_token
        if _given(email):
            body["email"] = email
        if _given(phone_number):
            body["phone_number"] = phone_number

        from .models import Empty

        return await self._call(
            OPERATIONS["resetPassword"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def edit_basic_user(
        self,
        *,
        user_id: str | None = None,
        nickname: str | None = None,
        username: str | None = None,
        description: str | None = None,
        avatar_url: str | None = None,
        gender: Literal["MALE", "FEMALE"] | None = None,
        email: str | None = None,
        phone: str | None = None,
        password: str | None = None,
        new_password: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Edit the signed-in user's basic profile.

        Changes the nickname, username, description, avatar, gender, email or phone number of
        the signed-in user. Only the fields sent change.

        An email or phone number changes only when that exact address was verified through
        `send_verification()` and `verify_verification()` shortly before (the SDK's `updateUser`
        sends the code, verifies it, then calls this); otherwise use `edit_contact()`, which
        also handles an address that another account owns.

        `password` (the old one) with `new_password` changes the password (the SDK's model
        `ModifyUserBasicInfoRequest`). `user_id` edits another user and needs an administrator
        token (docs: "requires administrator privileges when modifying other users'
        information"). The SDK's `modifyPassword` also sends an encrypted variant `{user_id,
        encrypt_password, encrypt_new_password, public_key_thumbprint}` (RSA with the key of
        `POST /v2/signin/publichkey`); that variant exists but is not covered here.

        Differs from older guides: profile edits go here; `PATCH /user/me` does not exist.

        `POST /user/basic/edit`, auth: Bearer.

        Args:
            user_id: Another user to edit; needs an administrator token (docs).
            nickname: The new display name apps show for the user (free text; not used to sign
                in).
            username: New user name.
            description: Self-description (answered as `user_desc` by `get_user_me()`).
            avatar_url: The URL of the new avatar image (`https://...`); the service stores it
                as given.
            gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out
                when unknown).
            email: New email; must have been verified with a code just before.
            phone: New phone number (`+86 13800000000`); must have been verified with a code
                just before.
            password: The current password, with `new_password` (SDK model).
            new_password: The new password, with `password` (SDK model).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidPassword: The password does not meet the password rules.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(user_id):
            body["user_id"] = user_id
        if _given(nickname):
            body["nickname"] = nickname
        if _given(username):
            body["username"] = username
        if _given(description):
            body["description"] = description
        if _given(avatar_url):
            body["avatar_url"] = avatar_url
        if _given(gender):
            body["gender"] = gender
        if _given(email):
            body["email"] = email
        if _given(phone):
            body["phone"] = phone
        if _given(password):
            body["password"] = password
        if _given(new_password):
            body["new_password"] = new_password

        from .models import Empty

        return await self._call(
            OPERATIONS["editBasicUser"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def check_if_user_exist(
        self,
        *,
        username: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserExistResponse:
        """Check whether a username is taken.

        Answers whether an account with this username exists, before a sign-up.

        `GET /checkIfUserExist`, auth: none.

        Args:
            username: The username to look up.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserExistResponse`

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["username"] = username

        from .models import UserExistResponse

        return await self._call(
            OPERATIONS["checkIfUserExist"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserExistResponse.from_dict,
        )

    async def sign_in_with_wechat(
        self,
        *,
        appid: str | None = None,
        openid: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Sign in a WeChat user without a password (WeDa password-free login).

        Signs in the WeChat user who calls through the mini-program cloud tunnel
        (`httpOverCallFunction`): WeChat itself vouches for the caller, so no code or password
        is sent. Used by WeDa apps whose provider sub type is `NO_AUTH_LOGIN` (see
        `get_provider_sub_type()`); it fails with `provider_not_enabled` otherwise (inferred:
        the SDK names both "password-free login" but does not link them). The identity is the
        same as a mini-program `open_id` login: the first call creates the user, later ones sign
        the same user in.

        The body is free-form in the official SDK (it forwards what the caller passes). The
        fields below are inferred: outside the WeChat tunnel the caller names the mini-program
        (`appid`) and the user's `openid`, which the real service reads from the tunnel's
        context. Only use this from a trusted server or through the tunnel.

        `POST /signin/wechat/noauth`, auth: none.

        Args:
            appid: The mini-program's AppID.
            openid: The WeChat user's OpenID in that mini-program.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotEnabled: The identity provider is not enabled for this environment.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(appid):
            body["appid"] = appid
        if _given(openid):
            body["openid"] = openid

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["signInWithWechat"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    async def gen_provider_redirect_uri(
        self,
        *,
        provider_id: str,
        redirect_uri: str | None = None,
        provider_redirect_uri: str | None = None,
        state: str | None = None,
        scope: str | None = None,
        response_type: Literal["code", "token", "id_token"] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderRedirectUriResponse:
        """Build the provider's authorisation URL that starts a third-party login.

        The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom
        OIDC provider): answers with the provider's authorisation `uri`, which carries
        `redirect_uri` and `state`. Send the user's browser there; the provider redirects back
        to `redirect_uri` with `code` and the same `state` (check it), and the code goes to
        `grant_provider_token()` with the same redirect URI. `signout_uri` is the provider's
        sign-out page, when it has one.

        The official SDK also sends `other_params[<key>]=<value>` pairs (such as
        `other_params[sign_out_uri]`), which the service passes on to the provider. They are not
        declared here: the generator has no `deepObject` query support, and the emulator ignores
        them.

        Differs from the docs: `state` is optional in the docs but the official SDK always sends
        it (its model requires it); send it. The SDK's deprecated `provider_redirect_uri` is an
        alias of `redirect_uri`.

        `GET /provider/uri`, auth: none.

        Args:
            provider_id: The identity provider, such as `github` or a custom provider's ID.
            redirect_uri: Where the provider sends the user back, with `code` and `state`.
            provider_redirect_uri: Deprecated alias of `redirect_uri` (older SDKs send it).
            state: An opaque value the provider hands back unchanged; check it on return
                (against CSRF).
            scope: Scopes to request from the provider, space-separated.
            response_type: The OAuth response type; `code` by default.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderRedirectUriResponse`: Where to send the user's browser.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["provider_id"] = provider_id
        if _given(redirect_uri):
            query["redirect_uri"] = redirect_uri
        if _given(provider_redirect_uri):
            query["provider_redirect_uri"] = provider_redirect_uri
        if _given(state):
            query["state"] = state
        if _given(scope):
            query["scope"] = scope
        if _given(response_type):
            query["response_type"] = response_type

        from .models import ProviderRedirectUriResponse

        return await self._call(
            OPERATIONS["genProviderRedirectUri"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderRedirectUriResponse.from_dict,
        )

    async def trans_by_provider(
        self,
        *,
        provider_token: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Move a provider identity from another account to the signed-in user.

        Moves the third-party identity behind `provider_token` (from `grant_provider_token()`)
        to the signed-in user, taking it from the account it is bound to now (if any). Use it
        when `bind_provider()` fails with `invalid_grant` because the identity already belongs
        to another account that the user also owns. Answers with a fresh session of the
        signed-in user. The other account stays, without that identity.

        Inferred: the official SDK only shows the request and the token response; the move
        semantics are this document's reading of the name (`trans` = transfer). Fails with
        `already_exists` when the signed-in user already has another identity of the same
        provider (unbind it, or use `change_bound_provider()`).

        `PATCH /user/trans/by/provider`, auth: Bearer.

        Args:
            provider_token: From `grant_provider_token()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Unauthenticated: No valid access token; sign in again.
            AlreadyExists: The resource already exists.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_token"] = provider_token

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["transByProvider"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=TokenResponse.from_dict,
        )

    async def change_bound_provider(
        self,
        *,
        provider_id: str,
        provider_trans_token: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ChangeBoundProviderResponse:
        """Replace the signed-in user's identity of one provider.

        Changes which identity of `provider_id` the signed-in user is bound to: the identity
        behind `provider_trans_token` (a provider token of that provider, from
        `grant_provider_token()`) replaces the current one, and is taken from the account it was
        bound to, if any. Answers with the client ID of the session.

        Inferred: the official SDK (`changeBoundProvider`) shows the request and the
        `{client_id}` answer only; where the trans token comes from and the replace semantics
        are this document's reading.

        `POST /user/provider/{provider_id}/trans`, auth: Bearer.

        Args:
            provider_id: The provider whose binding changes, such as `github`.
            provider_trans_token: A provider token of the path's provider, from
                `grant_provider_token()`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ChangeBoundProviderResponse`: The outcome of the change.

        Raises:
            InvalidGrant: The refresh token, provider token or ticket is wrong, expired or
                already used; sign the user out.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_trans_token"] = provider_trans_token

        from .models import ChangeBoundProviderResponse

        return await self._call(
            OPERATIONS["changeBoundProvider"],
            path_params={
                "provider_id": provider_id,
            },
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ChangeBoundProviderResponse.from_dict,
        )

    async def get_provider_sub_type(
        self,
        *,
        provider_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProviderSubTypeResponse:
        """Read the WeDa provider's sub type (whether password-free login is on).

        WeDa low-code apps only: answers whether the environment's WeDa provider allows
        password-free WeChat login (`provider_sub_type: NO_AUTH_LOGIN`, then use
        `sign_in_with_wechat()`) or not (`""`). The official SDK always sends `{provider_id:
        "weda"}`.

        `POST /mgr/provider/providerSubType`, auth: none.

        Args:
            provider_id: The provider to ask about: `weda` (the WeDa low-code platform's login),
                the only one the service answers for.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `ProviderSubTypeResponse`: The provider's sub type.

        Raises:
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["provider_id"] = provider_id

        from .models import ProviderSubTypeResponse

        return await self._call(
            OPERATIONS["getProviderSubType"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=ProviderSubTypeResponse.from_dict,
        )

    async def create_captcha_data(
        self,
        *,
        state: str,
        redirect_uri: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaptchaDataResponse:
        """Create an image captcha.

        After a `captcha_required` error, creates a captcha: `data` is the image (a data URI) of
        a short text the user types in, `token` names the captcha for `verify_captcha_data()`
        and is valid `expires_in` seconds (300). `state` is what the call to unlock is (the
        official SDK sends `METHOD:url` of the retried request, such as
        `POST:/v1/verification`); the captcha token that comes out of it then unlocks that call
        only.

        Per the docs, only usable when the environment does not use an external verification
        service.

        Differs from the docs: the older docs render lists Basic client authentication; the
        official SDK sends none (`withCredentials: false`).

        `POST /captcha/data`, auth: none.

        Args:
            state: `METHOD:url` of the call to retry, such as `POST:/v1/verification`.
            redirect_uri: The official SDK sends an empty string.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `CaptchaDataResponse`: A captcha.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["state"] = state
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri

        from .models import CaptchaDataResponse

        return await self._call(
            OPERATIONS["createCaptchaData"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=CaptchaDataResponse.from_dict,
        )

    async def verify_captcha_data(
        self,
        *,
        token: str,
        key: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaptchaTokenResponse:
        """Check a captcha answer and get a captcha token.

        Checks the text the user read off the captcha image (`key`) against the captcha named by
        `token`. Right: answers with a `captcha_token` (valid 600 seconds) for the retried call,
        as the `captcha_token` query parameter or the `x-captcha-token` header. Wrong:
        `captcha_invalid`, and the captcha is spent (create a new one). The answer is not
        case-sensitive (inferred).

        `POST /captcha/data/verify`, auth: none.

        Args:
            token: From `create_captcha_data()`.
            key: The text the user read off the image.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `CaptchaTokenResponse`: Proof that a captcha was solved.

        Raises:
            CaptchaInvalid: The captcha token is wrong or expired.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["token"] = token
        body["key"] = key

        from .models import CaptchaTokenResponse

        return await self._call(
            OPERATIONS["verifyCaptchaData"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=CaptchaTokenResponse.from_dict,
        )

    async def get_mini_program_qr_code(
        self,
        *,
        env_id: str,
        wx_app_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> QrCodeResponse:
        """Create a mini-program QR code for web login.

        Web login by scanning: creates a mini-program code (`qr_code`, an image data URI;
        inferred, the SDK only passes it on) that the user scans with WeChat; the mini-program
        asks them to confirm. Poll `get_mini_program_qr_code_status()` with `qr_code_id` until
        the status is `CONFIRMED`, then sign in with its `provider_token` through
        `sign_in_with_provider()`. The code is valid `expires_in` seconds (300, inferred).

        The body uses camelCase, as the official SDK sends it.

        `POST /qrcode/generate`, auth: none.

        Args:
            env_id: The CloudBase environment ID.
            wx_app_id: The mini-program's AppID.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `QrCodeResponse`: A login QR code.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            ProviderNotFound: The identity provider is unknown or not bound to this user.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["envId"] = env_id
        body["wxAppId"] = wx_app_id

        from .models import QrCodeResponse

        return await self._call(
            OPERATIONS["getMiniProgramQrCode"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=QrCodeResponse.from_dict,
        )

    async def get_mini_program_qr_code_status(
        self,
        *,
        qr_code_id: str,
        env_id: str,
        wx_app_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> QrCodeStatusResponse:
        """Poll the status of a login QR code.

        Where the scan of a QR code from `get_mini_program_qr_code()` stands: `WAITING` (not
        scanned yet), `SCANNED` (scanned, not confirmed), `CONFIRMED` (the user confirmed in the
        mini-program: `provider_token` is set, for `sign_in_with_provider()`), `CANCELLED` (the
        user declined) or `EXPIRED`. `expires_in` is the seconds left: of the QR code, or of the
        provider token once confirmed. Poll every second or two.

        Inferred: the official SDK types `status` as a plain string and `provider_token` as
        always present; the status names are this document's, and `provider_token` is only sent
        once confirmed. The body uses camelCase, as the official SDK sends it.

        `POST /qrcode/get/status`, auth: none.

        Args:
            qr_code_id: From `get_mini_program_qr_code()`.
            env_id: The CloudBase environment ID.
            wx_app_id: The mini-program's AppID.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `QrCodeStatusResponse`: Where the scan stands.

        Raises:
            NotFound: The resource does not exist.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["qrCodeId"] = qr_code_id
        body["envId"] = env_id
        body["wxAppId"] = wx_app_id

        from .models import QrCodeStatusResponse

        return await self._call(
            OPERATIONS["getMiniProgramQrCodeStatus"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=QrCodeStatusResponse.from_dict,
        )

    async def revoke_all_devices(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Sign the user out on every device.

        Ends every session of the signed-in user, on all devices, this one included: every
        refresh token is revoked and every access token stops working. Use it for "log out
        everywhere", for example after a password leak. The SDK's `revokeAllDevices` sends it
        with the Bearer token and no body.

        `DELETE /user/revoke/all`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object. The client forgets its session.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import Empty

        return await self._call(
            OPERATIONS["revokeAllDevices"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def revoke_device(
        self,
        *,
        device_id: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Sign the user out on one device.

        Ends the signed-in user's sessions on one device, named by the `x-device-id` it sent
        when it signed in (the login history of `get_user_behavior_log()` lists them). Use it to
        sign out a lost or stolen phone. Naming the calling device signs this session out too. A
        device with no live session of this user answers `not_found` (inferred). The SDK's
        `revokeDevice` sends it with the Bearer token and no body.

        `DELETE /user/authorized/devices/{device_id}`, auth: Bearer.

        Args:
            device_id: The device ID (`x-device-id`) whose sessions end.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            NotFound: The resource does not exist.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import Empty

        return await self._call(
            OPERATIONS["revokeDevice"],
            path_params={
                "device_id": device_id,
            },
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def edit_contact(
        self,
        *,
        sudo_token: str,
        verification_token: str,
        phone_number: str | None = None,
        email: str | None = None,
        conflict_resolution: Literal["DEFAULT", "DELETE_ACCOUNT_TRANSFER", "TRANSFER"] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Bind or change the user's phone number or email.

        Sets the signed-in user's phone number or email (exactly one) to an address the user
        just proved: `verification_token` comes from a code sent to the new address
        (`send_verification()`, then `verify_verification()`) and `sudo_token` from `sudo()`.
        Both are spent. The SDK's `bindPhoneNumber` and `bindEmail` call it.

        `conflict_resolution` says what happens when another account already has the address.
        These meanings come from the SDK model's comments; the emulator's exact behaviour is
        inferred from them:

        - `DEFAULT` (or absent): refuse with `username_already_exists`. -
        `DELETE_ACCOUNT_TRANSFER`: the other account is marked deleted (closed) and the address
        moves to this user. - `TRANSFER`: only the address moves; the other account stays,
        unless it can no longer sign in (no password, no other phone number or email, no bound
        identity), in which case it is closed too.

        The user's sessions stay valid.

        `PATCH /user/contact`, auth: Bearer.

        Args:
            sudo_token: From `sudo()`, valid 900 seconds.
            verification_token: From `verify_verification()`, for a code sent to the new
                address.
            phone_number: The new phone number, `+86 13900000000`.
            email: The new email address.
            conflict_resolution: What to do when another account has the address (see the
                operation); `DEFAULT` when absent.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidVerificationCode: The verification code is wrong or expired.
            InvalidArgument: A parameter is missing, malformed or out of range.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["sudo_token"] = sudo_token
        body["verification_token"] = verification_token
        if _given(phone_number):
            body["phone_number"] = phone_number
        if _given(email):
            body["email"] = email
        if _given(conflict_resolution):
            body["conflict_resolution"] = conflict_resolution

        from .models import Empty

        return await self._call(
            OPERATIONS["editContact"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def authorize(
        self,
        *,
        client_id: str | None = None,
        response_type: str | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
        scope: str | None = None,
        code_challenge: str | None = None,
        code_challenge_method: Literal["S256", "plain"] | None = None,
        sign_out_uri: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizeResponse:
        """Issue an authorization code for another app (CloudBase as the OAuth server).

        The authorization endpoint when CloudBase is the identity provider of another app
        (single sign-on): the signed-in user agrees, and the app named by `client_id` gets a
        one-time `code` to redeem at `grant_token()` with `grant_type=authorization_code`. The
        code is bound to the client, the `redirect_uri` and the PKCE `code_challenge`; it is
        valid 600 seconds (inferred) and works once. Use PKCE (`code_challenge_method: S256`)
        for public clients; `plain` is accepted. Read what to show on the consent screen with
        `get_authorize_info()` first.

        Only `response_type=code` is covered (the SDK model's answer can also carry tokens, for
        an implicit flow; the emulator answers `unsupported_response_type`). A `redirect_uri`
        the client did not register answers `invalid_request`, a scope it may not ask for
        `invalid_scope`, an unknown `client_id` `invalid_client`. The SDK's `authorize` sends
        the body with the Bearer token of the user.

        `POST /user/authorize`, auth: Bearer.

        Args:
            client_id: The app asking for access; defaults to the environment ID.
            response_type: `code` (the default).
            redirect_uri: Where the app receives the code; must be registered for the client.
            state: The app's opaque value, echoed back.
            scope: Space-separated scopes, such as `openid profile`.
            code_challenge: The PKCE challenge, `BASE64URL(SHA256(code_verifier))` for S256.
            code_challenge_method: `S256` (recommended) or `plain`; `plain` when a challenge
                comes without a method.
            sign_out_uri: Where to go after signing out of the app.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `AuthorizeResponse`: The authorization code (the SDK model also lists token fields,
                for an implicit flow not covered here).

        Raises:
            InvalidRequest: The OAuth request is malformed.
            UnsupportedResponseType: The authorization request's `response_type` is not
                supported (the SDK's error list names it).
            InvalidScope: The requested scope is invalid.
            Unauthenticated: No valid access token; sign in again.
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(client_id):
            body["client_id"] = client_id
        if _given(response_type):
            body["response_type"] = response_type
        if _given(redirect_uri):
            body["redirect_uri"] = redirect_uri
        if _given(state):
            body["state"] = state
        if _given(scope):
            body["scope"] = scope
        if _given(code_challenge):
            body["code_challenge"] = code_challenge
        if _given(code_challenge_method):
            body["code_challenge_method"] = code_challenge_method
        if _given(sign_out_uri):
            body["sign_out_uri"] = sign_out_uri

        from .models import AuthorizeResponse

        return await self._call(
            OPERATIONS["authorize"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=AuthorizeResponse.from_dict,
        )

    async def get_authorize_info(
        self,
        *,
        response_type: str | None = None,
        redirect_uri: str | None = None,
        state: str | None = None,
        scope: str | None = None,
        sign_out_uri: str | None = None,
        locale: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizeInfo:
        """Read the app and scopes an authorization request is for (consent screen).

        What a consent screen shows before `authorize()`: the requesting app (`client`) and the
        scopes it asks for, with names and descriptions. The request's parameters are the ones
        the app put in its authorization URL. It checks them like the authorization itself
        (unknown client, unregistered `redirect_uri`, scope not allowed). The SDK's
        `authorizeInfo` sends the user's Bearer token when signed in, and Basic
        `client_id:client_secret` otherwise (with `?client_id=`).

        `GET /user/authorize/info`, auth: Bearer (Basic when not signed in).

        Args:
            response_type: The OAuth 2.0 response type the app will ask for: `code`, the only
                one the service issues.
            redirect_uri: Where the app wants the code sent.
            state: The app's opaque state, echoed back.
            scope: Space-separated scopes; the client's default scopes when absent.
            sign_out_uri: Where to go after signing out of the app.
            locale: Language of the names and descriptions, such as `zh-CN` or `en-US`.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `AuthorizeInfo`: What a consent screen shows.

        Raises:
            InvalidRequest: The OAuth request is malformed.
            InvalidScope: The requested scope is invalid.
            InvalidClient: Client authentication failed.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(response_type):
            query["response_type"] = response_type
        if _given(redirect_uri):
            query["redirect_uri"] = redirect_uri
        if _given(state):
            query["state"] = state
        if _given(scope):
            query["scope"] = scope
        if _given(sign_out_uri):
            query["sign_out_uri"] = sign_out_uri
        if _given(locale):
            query["locale"] = locale

        from .models import AuthorizeInfo

        return await self._call(
            OPERATIONS["getAuthorizeInfo"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=AuthorizeInfo.from_dict,
        )

    async def request_device_code(
        self,
        *,
        client_id: str | None = None,
        scope: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceCodeResponse:
        """Start a device-flow sign-in (CLI, TV) and get a user code to show.

        The first step of the device flow (RFC 8628), for a device that cannot show a sign-in
        form (a CLI, a TV). The answer has a secret `device_code` for the device and a short
        `user_code` (`XXXX-XXXX`) plus `verification_uri` to show to the user, who approves it
        on a phone or computer where they are signed in (`authorize_device()`). Meanwhile the
        device polls `grant_token()` with
        `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds. The
        codes last `expires_in` seconds (600, and an interval of 3 s, as the CloudBase CLI
        device-flow page recommends; inferred for this API).

        Differs from the docs: the SDK's `deviceAuthorize` sends `{client_id?, scope?}` with a
        Bearer token (`withCredentials`), while the CloudBase CLI device-flow page sends only
        `{client_id}` with no Authorization, as RFC 8628 does (a TV has no session yet). Both
        are accepted: no auth, or the Bearer token of a session when there is one.

        `POST /device/code`, auth: none (Bearer when signed in).

        Args:
            client_id: The client the device signs in to; defaults to the environment ID.
            scope: Space-separated scopes.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `DeviceCodeResponse`: A device authorization (RFC 8628 section 3.2).

        Raises:
            InvalidScope: The requested scope is invalid.
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        if _given(client_id):
            body["client_id"] = client_id
        if _given(scope):
            body["scope"] = scope

        from .models import DeviceCodeResponse

        return await self._call(
            OPERATIONS["requestDeviceCode"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=DeviceCodeResponse.from_dict,
        )

    async def authorize_device(
        self,
        *,
        user_code: str,
        scope: str | None = None,
        state: str | None = None,
        client_id: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Approve a device-flow user code as the signed-in user.

        The user, signed in on a phone or computer, types the `user_code` the device shows (case
        and the dash do not matter) and approves it: the device's next poll of `grant_token()`
        gets tokens for this user. An unknown or already used code answers `not_found`, an
        expired one `expired_token`. The SDK's `authorizeDevice` sends `{user_code, scope?,
        state?}` with the Bearer token.

        `POST /user/device/authorize`, auth: Bearer.

        Args:
            user_code: The code the device shows; case and dashes do not matter.
            scope: Scopes to grant (defaults to what the device asked for).
            state: Opaque value (SDK model).
            client_id: The client (SDK base model); ignored, the user code names it.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            ExpiredToken: Device flow; the device code expired before it was approved; start
                again with `POST /device/code` (RFC 8628).
            NotFound: The resource does not exist.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["user_code"] = user_code
        if _given(scope):
            body["scope"] = scope
        if _given(state):
            body["state"] = state
        if _given(client_id):
            body["client_id"] = client_id

        from .models import Empty

        return await self._call(
            OPERATIONS["authorizeDevice"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def get_client_credential(
        self,
        *,
        secret_id: str | None = None,
        secret_key: str | None = None,
        grant_type: Literal["client_credentials"] = "client_credentials",
        session_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TokenResponse:
        """Get an administrator token with a TC3-signed request (server side).

        The administrator access token the server SDKs use (`@cloudbase/node-sdk`
        `auth().getClientCredential()`): a backend with the environment's API key pair
        (SecretId, SecretKey, from the Tencent Cloud console) signs this request with
        TC3-HMAC-SHA256 (service `tcb`; see the `tc3Signature` security scheme) and gets an
        access token with `scope: admin`, valid 432000 s, with no refresh token. Send it as
        `Authorization: Bearer` to administrator calls such as `query_user()`. Keep the key pair
        on the server: it never goes to a browser or app. A signature older than 300 seconds,
        one made with another key or over another body is refused (`invalid_client`; the
        300-second window and the error name are inferred, as no page documents the answer to a
        bad or old signature; the 432000 s lifetime is second-hand). The node-sdk alternative,
        `Authorization: Bearer <accessKey>` (an environment API key configured as `accessKey`),
        is accepted too; node-sdk itself skips this call then and uses the access key directly
        as the token.

        Differs from the docs: the docs describe the administrator token as `grant_token()` with
        `grant_type=client_credentials` and Basic `SecretId:SecretKey`; both server SDKs call
        this path with a TC3 signature instead, and the spec accepts what they send.

        `POST /token/clientCredential`, auth: TC3-HMAC-SHA256 signature.

        Args:
            secret_id: The SecretId of the API key pair the request is signed with
                (TC3-HMAC-SHA256); the client's own (`secret_id=` of the constructor) when not
                given.
            secret_key: The SecretKey; it signs the request and is never sent. The client's own
                when not given.
            grant_type: Always `client_credentials`.
            session_token: The token of a temporary key pair, if that is what you have.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `TokenResponse`: Tokens of a session. The client keeps the session (tokens) and
                refreshes it when it expires.

        Raises:
            UnsupportedGrantType: The grant_type is not supported.
            InvalidClient: Client authentication failed.
            Internal: An unexpected error inside the service.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        body: dict[str, Any] = {}
        body["grant_type"] = grant_type

        from .models import TokenResponse

        return await self._call(
            OPERATIONS["getClientCredential"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            tc3=None
            if secret_id is None and secret_key is None
            else TC3Credentials(secret_id or "", secret_key or "", session_token),
            parse=TokenResponse.from_dict,
        )

    async def query_user(
        self,
        *,
        id: list[str] | None = None,
        username: str | None = None,
        email: str | None = None,
        phone_number: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> QueryUserResponse:
        """Look users up by ID, username, email or phone number.

        Finds users by `id` (one or more user IDs), `username`, `email` or `phone_number`. Every
        criterion given must match; no match is `{total: 0, data: []}`, not an error. This is
        the user lookup of the `/auth/v1` API: a backend calls it with the administrator token
        from `get_client_credential()`.

        Who may call it is inferred: the browser SDK (`auth.queryUser`) sends the signed-in
        user's Bearer token, so a user token is accepted; anonymous users are refused
        (`permission_denied`), and `email` and `phone_number` are returned only to an
        administrator token or for the caller's own account (an inference, on privacy grounds).
        The response shape is the SDK's `QueryUserProfileResponse`.

        `id` is an array: the official client serialises it as one comma-separated value
        (`id=a%2Cb`, from its `MyURLSearchParams`), and repeating the parameter (`id=a&id=b`,
        what the generated clients send) is accepted too (inferred).

        `GET /user/query`, auth: Bearer.

        Args:
            id: User IDs (`sub`) to look up; comma-separated or repeated.
            username: Finds the account whose username is exactly this value (no prefix or
                pattern search).
            email: The email address (any case).
            phone_number: The phone number, `+86 13800000000` (URL-encode the `+` and the
                space).
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `QueryUserResponse`: Users matching a `GET /user/query` (the SDK's
                `QueryUserProfileResponse`).

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            PermissionDenied: The token may not do this (for example a missing or bad sudo
                token).
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(id):
            query["id"] = id
        if _given(username):
            query["username"] = username
        if _given(email):
            query["email"] = email
        if _given(phone_number):
            query["phone_number"] = phone_number

        from .models import QueryUserResponse

        return await self._call(
            OPERATIONS["queryUser"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=QueryUserResponse.from_dict,
        )

    async def get_weda_user_info(
        self,
        *,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WedaUserInfo:
        """Read the signed-in user as the WeDa low-code platform sees them.

        For apps built on WeDa (the CloudBase low-code platform) only: the signed-in user's
        information in WeDa's terms. Other apps want `get_user_me()`. The SDK types the answer
        as `any`; the fields here are inferred: the profile fields of `get_user_me()` that WeDa
        uses, plus `user_id` (the same value as `sub`) and `user_type`. Unknown fields may
        appear.

        `GET /plugin/weda/userinfo`, auth: Bearer.

        Args:
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `WedaUserInfo`: The signed-in user for WeDa; the fields are inferred and others may
                appear.

        Raises:
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        from .models import WedaUserInfo

        return await self._call(
            OPERATIONS["getWedaUserInfo"],
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=WedaUserInfo.from_dict,
        )

    async def set_user_profile(
        self,
        *,
        name: str | None = None,
        picture: str | None = None,
        gender: Literal["MALE", "FEMALE"] | None = None,
        locale: str | None = None,
        username: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserProfile:
        """Change the signed-in user's display profile (deprecated).

        Deprecated: the official client marks `setUserProfile` `@deprecated` in favour of
        `edit_basic_user()` (`editBasicUser`), and says this call does not sync the profile to
        the data source. Use `editBasicUser` in new code; this one is here because
        `User.update()` of `@cloudbase/auth` still sends it. Changes the display name, avatar,
        gender, locale and username of the user of the Bearer token and answers with the whole
        profile, as `get_user_me()`. Fields the SDK's `UserProfile` model has beyond these (such
        as `birthdate`, `zoneinfo`) are accepted and ignored (inferred).

        `username`: `User.updateUsername(username)` of `@cloudbase/auth` sends exactly `PATCH
        /user/profile {"username": ...}` (it calls `User.update({username})`, which calls
        `setUserProfile`; cloudbase-js-sdk, `packages/auth/src/index.ts`). A username taken by
        another account is `username_already_exists`; one that is not a valid username is
        `invalid_argument`.

        `PATCH /user/profile`, auth: Bearer.

        Args:
            name: The new display name apps show for the user (1-64 characters; not used to sign
                in).
            picture: The URL of the new avatar image (at most 1024 characters); the service
                stores it as given.
            gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out
                when unknown).
            locale: Such as `zh-CN`.
            username: The new username (what `User.updateUsername` sends); letters, digits and
                `-_.:+ @`, starting with a letter or digit.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserProfile`: A user's profile.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        warnings.warn(
            "set_user_profile (PATCH /user/profile) is deprecated by the service; see its docstring",
            DeprecationWarning,
            stacklevel=2,
        )
        body: dict[str, Any] = {}
        if _given(name):
            body["name"] = name
        if _given(picture):
            body["picture"] = picture
        if _given(gender):
            body["gender"] = gender
        if _given(locale):
            body["locale"] = locale
        if _given(username):
            body["username"] = username

        from .models import UserProfile

        return await self._call(
            OPERATIONS["setUserProfile"],
            json=body,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserProfile.from_dict,
        )

    async def check_username(
        self,
        *,
        username: str,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Empty:
        """Check that a username is valid and free.

        Answers `{}` when `username` is well-formed and no account uses it; an
        `invalid_argument` error when it is malformed and `username_already_exists` when it is
        taken (the answers are inferred: the SDK types the result `void`). To learn whether an
        account exists without an error, use `check_if_user_exist()`.

        Differs from the docs: the official client (`checkUsername` of `@cloudbase/oauth`) puts
        `{"username": ...}` in the **body of a GET**, with the user's Bearer token. With the
        SDK's default fetch-based transport that request is never sent (fetch rejects a GET with
        a body), so the call fails as unreachable. The spec takes `username` as a query
        parameter, which every HTTP client can send; the Bearer token is sent as the SDK does.

        `GET /checkUsername`, auth: Bearer.

        Args:
            username: The username a user wants to take, as typed into a sign-up or profile
                form; the answer says whether it is free.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `Empty`: An empty JSON object.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            UsernameAlreadyExists: Another account already uses this username, phone number or
                email.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        query["username"] = username

        from .models import Empty

        return await self._call(
            OPERATIONS["checkUsername"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=Empty.from_dict,
        )

    async def get_user_behavior_log(
        self,
        *,
        query_action: str | None = None,
        ne_query_action: str | None = None,
        limit: int | None = None,
        page_token: str | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserBehaviorLogResponse:
        """List the signed-in user's sign-ins and account changes.

        The user's security log, newest first: `query[action]=USER_LOGIN` lists sign-ins (the
        SDK's `type: LOGIN`), `ne_query[action]=USER_LOGIN` everything else, such as profile
        changes (the SDK's `type: MODIFY`). Without either, every entry. Page with `limit` and
        the `next_page_token` of the previous answer.

        Inferred: the SDK declares the answer as one entry `{id, ip, user_agent, client_id,
        device_id, created_at, meta{from}}`, which cannot carry a page; the envelope `{data,
        next_page_token}` and the `action` field are inferred, as are the action names other
        than `USER_LOGIN`. `meta.from` says how the user signed in (`username`, `phone`,
        `email`, `anonymous`, `custom`, or a provider ID).

        `GET /user/security/history`, auth: Bearer.

        Args:
            query_action: Only entries with this action (the SDK sends `USER_LOGIN`).
            ne_query_action: Only entries with another action than this one (the SDK sends
                `USER_LOGIN`).
            limit: Entries per page, 1 to 100 (default 20; the SDK always sends it).
            page_token: The `next_page_token` of the previous page.
            request_id: The `x-request-id` to send (one is made up when not given).
            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.
            extra_headers: More headers for this call.

        Returns:
            `UserBehaviorLogResponse`: One page of the user's security log, newest first.

        Raises:
            InvalidArgument: A parameter is missing, malformed or out of range.
            Unauthenticated: No valid access token; sign in again.
            Internal: An unexpected error inside the service.
            NotSignedInError: No session (sign in first), or it cannot be refreshed.
            APIStatusError: Any other error answer (the base class of the ones above).
            APIConnectionError: No answer: the service could not be reached, or timed out.
        """

        query: dict[str, Any] = {}
        if _given(query_action):
            query["query[action]"] = query_action
        if _given(ne_query_action):
            query["ne_query[action]"] = ne_query_action
        if _given(limit):
            query["limit"] = limit
        if _given(page_token):
            query["page_token"] = page_token

        from .models import UserBehaviorLogResponse

        return await self._call(
            OPERATIONS["getUserBehaviorLog"],
            query=query,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            parse=UserBehaviorLogResponse.from_dict,
        )
