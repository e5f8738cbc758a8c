// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

// The codes of the service's error catalogue, as sentinels: errors.Is(err, ErrInvalidGrant)
// is true for an *APIError whose Code is "invalid_grant" (see ErrorCode).
const (
	// ErrInvalidArgument: invalid_argument (HTTP 400, error_code 3). A parameter is missing, malformed
	// or out of range.
	ErrInvalidArgument ErrorCode = "invalid_argument"
	// ErrFailedPrecondition: failed_precondition (HTTP 400, error_code 9). The call is not allowed in
	// the account's current state.
	ErrFailedPrecondition ErrorCode = "failed_precondition"
	// ErrUnauthenticated: unauthenticated (HTTP 401, error_code 16). No valid access token; sign in
	// again.
	ErrUnauthenticated ErrorCode = "unauthenticated"
	// ErrPermissionDenied: permission_denied (HTTP 403, error_code 7). The token may not do this (for
	// example a missing or bad sudo token).
	ErrPermissionDenied ErrorCode = "permission_denied"
	// ErrNotFound: not_found (HTTP 404, error_code 5). The resource does not exist.
	ErrNotFound ErrorCode = "not_found"
	// ErrAlreadyExists: already_exists (HTTP 409, error_code 6). The resource already exists.
	ErrAlreadyExists ErrorCode = "already_exists"
	// ErrResourceExhausted: resource_exhausted (HTTP 429, error_code 8). A quota or rate limit was
	// hit.
	ErrResourceExhausted ErrorCode = "resource_exhausted"
	// ErrInternal: internal (HTTP 500, error_code 13). An unexpected error inside the service.
	ErrInternal ErrorCode = "internal"
	// ErrUnavailable: unavailable (HTTP 503, error_code 14). The service is temporarily unavailable;
	// retry later.
	ErrUnavailable ErrorCode = "unavailable"
	// ErrInvalidRequest: invalid_request (HTTP 400, error_code 3). The OAuth request is malformed.
	ErrInvalidRequest ErrorCode = "invalid_request"
	// ErrInvalidGrant: invalid_grant (HTTP 400, error_code 4001). The refresh token, provider token or
	// ticket is wrong, expired or already used; sign the user out.
	ErrInvalidGrant ErrorCode = "invalid_grant"
	// ErrInvalidClient: invalid_client (HTTP 401, error_code 4001). Client authentication failed.
	ErrInvalidClient ErrorCode = "invalid_client"
	// ErrUnauthorizedClient: unauthorized_client (HTTP 401, error_code 4003). The client may not use
	// this grant (for example a wrong client secret).
	ErrUnauthorizedClient ErrorCode = "unauthorized_client"
	// ErrUnsupportedGrantType: unsupported_grant_type (HTTP 400, error_code 3). The grant_type is not
	// supported.
	ErrUnsupportedGrantType ErrorCode = "unsupported_grant_type"
	// ErrInvalidScope: invalid_scope (HTTP 400, error_code 3). The requested scope is invalid.
	ErrInvalidScope ErrorCode = "invalid_scope"
	// ErrUnauthorized: unauthorized (HTTP 401, error_code 4003). The caller is not authorised for this
	// operation.
	ErrUnauthorized ErrorCode = "unauthorized"
	// ErrCaptchaRequired: captcha_required (HTTP 400, error_code 4028). Too many attempts; solve a
	// captcha and retry with its token.
	ErrCaptchaRequired ErrorCode = "captcha_required"
	// ErrCaptchaInvalid: captcha_invalid (HTTP 400, error_code 4028). The captcha token is wrong or
	// expired.
	ErrCaptchaInvalid ErrorCode = "captcha_invalid"
	// ErrInvalidUsernameOrPassword: invalid_username_or_password (HTTP 400, error_code 4043). The
	// username does not exist or the password is wrong.
	ErrInvalidUsernameOrPassword ErrorCode = "invalid_username_or_password"
	// ErrInvalidPassword: invalid_password (HTTP 400, error_code 4001). The password does not meet the
	// password rules.
	ErrInvalidPassword ErrorCode = "invalid_password"
	// ErrPasswordNotSet: password_not_set (HTTP 400, error_code 4001). The account has no password;
	// sign in with a verification code.
	ErrPasswordNotSet ErrorCode = "password_not_set"
	// ErrInvalidStatus: invalid_status (HTTP 403, error_code 4003). The account is locked or otherwise
	// not usable.
	ErrInvalidStatus ErrorCode = "invalid_status"
	// ErrUserBlocked: user_blocked (HTTP 403, error_code 4003). The account is blocked.
	ErrUserBlocked ErrorCode = "user_blocked"
	// ErrInvalidVerificationCode: invalid_verification_code (HTTP 400, error_code 4001). The
	// verification code is wrong or expired.
	ErrInvalidVerificationCode ErrorCode = "invalid_verification_code"
	// ErrInvalidPhoneNumber: invalid_phone_number (HTTP 400, error_code 4001). The phone number is
	// malformed (expected `+86 13800000000`).
	ErrInvalidPhoneNumber ErrorCode = "invalid_phone_number"
	// ErrRateLimitExceeded: rate_limit_exceeded (HTTP 429, error_code 4029). Too many verification
	// codes sent to this target; wait a minute.
	ErrRateLimitExceeded ErrorCode = "rate_limit_exceeded"
	// ErrUserNotFound: user_not_found (HTTP 404, error_code 4004). No such user.
	ErrUserNotFound ErrorCode = "user_not_found"
	// ErrProviderNotFound: provider_not_found (HTTP 404, error_code 4004). The identity provider is
	// unknown or not bound to this user.
	ErrProviderNotFound ErrorCode = "provider_not_found"
	// ErrUsernameAlreadyExists: username_already_exists (HTTP 409, error_code 409). Another account
	// already uses this username, phone number or email.
	ErrUsernameAlreadyExists ErrorCode = "username_already_exists"
	// ErrProviderNotEnabled: provider_not_enabled (HTTP 403, error_code 4003). The identity provider
	// is not enabled for this environment.
	ErrProviderNotEnabled ErrorCode = "provider_not_enabled"
	// ErrAuthorizationPending: authorization_pending (HTTP 400, error_code 3). Device flow; the user
	// has not approved the user code yet; poll again after `interval` seconds (RFC 8628).
	ErrAuthorizationPending ErrorCode = "authorization_pending"
	// ErrSlowDown: slow_down (HTTP 400, error_code 3). Device flow; polled faster than `interval`;
	// wait 5 seconds longer between polls (RFC 8628).
	ErrSlowDown ErrorCode = "slow_down"
	// ErrExpiredToken: expired_token (HTTP 400, error_code 3). Device flow; the device code expired
	// before it was approved; start again with `POST /device/code` (RFC 8628).
	ErrExpiredToken ErrorCode = "expired_token"
	// ErrUnsupportedResponseType: unsupported_response_type (HTTP 400, error_code 3). The
	// authorization request's `response_type` is not supported (the SDK's error list names it).
	ErrUnsupportedResponseType ErrorCode = "unsupported_response_type"
)
