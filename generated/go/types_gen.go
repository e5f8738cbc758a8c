// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"fmt"
	"log/slog"
	"time"
)

// AnonymousSignInRequest: Usually empty.
type AnonymousSignInRequest struct {
	// ProviderToken: Optional provider token to attach.
	ProviderToken *string `json:"provider_token,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a AnonymousSignInRequest, its secrets as [REDACTED].
func (r AnonymousSignInRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r AnonymousSignInRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r AnonymousSignInRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r AnonymousSignInRequest) LogValue() slog.Value {
	return logStruct(r)
}

// AuthorizeClient: The app an authorization request is for.
type AuthorizeClient struct {
	// ID: The client ID.
	ID string `json:"id"`
	// Name: The app's name.
	Name string `json:"name"`
	// Description: What the app is.
	Description *string `json:"description,omitempty"`
	// Picture: The app's logo URL.
	Picture *string `json:"picture,omitempty"`
	// URL: The app's home page.
	URL *string `json:"url,omitempty"`
}

// AuthorizeDeviceRequest: The user code to approve.
type AuthorizeDeviceRequest struct {
	// UserCode: The code the device shows; case and dashes do not matter.
	UserCode string `json:"user_code"`
	// Scope: Scopes to grant (defaults to what the device asked for).
	Scope *string `json:"scope,omitempty"`
	// State: Opaque value (SDK model).
	State *string `json:"state,omitempty"`
	// ClientID: The client (SDK base model); ignored, the user code names it.
	ClientID *string `json:"client_id,omitempty"`
}

// AuthorizeInfo: What a consent screen shows.
type AuthorizeInfo struct {
	// Client: The app an authorization request is for.
	Client AuthorizeClient `json:"client"`
	// Scopes: The scopes asked for.
	Scopes []AuthorizeScope `json:"scopes,omitempty"`
}

// AuthorizeRequest: An OAuth 2.0 authorization request (RFC 6749 section 4.1, with PKCE, RFC
// 7636).
type AuthorizeRequest struct {
	// ClientID: The app asking for access; defaults to the environment ID.
	ClientID *string `json:"client_id,omitempty"`
	// ResponseType: `code` (the default).
	ResponseType *string `json:"response_type,omitempty"`
	// RedirectURI: Where the app receives the code; must be registered for the client.
	RedirectURI *string `json:"redirect_uri,omitempty"`
	// State: The app's opaque value, echoed back.
	State *string `json:"state,omitempty"`
	// Scope: Space-separated scopes, such as `openid profile`.
	Scope *string `json:"scope,omitempty"`
	// CodeChallenge: The PKCE challenge, `BASE64URL(SHA256(code_verifier))` for S256.
	CodeChallenge *string `json:"code_challenge,omitempty"`
	// CodeChallengeMethod: `S256` (recommended) or `plain`; `plain` when a challenge comes without a
	// method. One of "S256" or "plain".
	CodeChallengeMethod *string `json:"code_challenge_method,omitempty"`
	// SignOutURI: Where to go after signing out of the app.
	SignOutURI *string `json:"sign_out_uri,omitempty"`
}

// AuthorizeResponse: The authorization code (the SDK model also lists token fields, for an
// implicit flow not covered here).
type AuthorizeResponse struct {
	// Code: One-time code for `POST /token` (`grant_type=authorization_code`).
	Code *string `json:"code,omitempty" cloudbase:"secret"`
	// State: The request's `state`.
	State *string `json:"state,omitempty"`
	// Scope: The scopes granted.
	Scope *string `json:"scope,omitempty"`
	// ExpiresIn: Seconds the code stays valid.
	ExpiresIn *int `json:"expires_in,omitempty"`
	// AccessToken: Implicit flow only (SDK model; not covered).
	AccessToken *string `json:"access_token,omitempty" cloudbase:"secret"`
	// IDToken: Implicit flow only (SDK model; not covered).
	IDToken *string `json:"id_token,omitempty" cloudbase:"secret"`
	// TokenType: Implicit flow only (SDK model; not covered).
	TokenType *string `json:"token_type,omitempty"`
}

// String shows the set fields of a AuthorizeResponse, its secrets as [REDACTED].
func (r AuthorizeResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r AuthorizeResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r AuthorizeResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r AuthorizeResponse) LogValue() slog.Value {
	return logStruct(r)
}

// AuthorizeScope: A scope the app asks for.
type AuthorizeScope struct {
	// ID: The scope ID, such as `profile`.
	ID string `json:"id"`
	// Name: What it grants, for people.
	Name string `json:"name"`
	// Description: More detail.
	Description *string `json:"description,omitempty"`
	// Picture: An icon URL.
	Picture *string `json:"picture,omitempty"`
	// URL: A page about the scope.
	URL *string `json:"url,omitempty"`
	// Children: Parts of the scope.
	Children []AuthorizeScopeChild `json:"children,omitempty"`
}

// AuthorizeScopeChild: A finer-grained part of a scope.
type AuthorizeScopeChild struct {
	// ID: The scope ID.
	ID string `json:"id"`
	// Name: What it grants, for people.
	Name string `json:"name"`
	// Description: More detail.
	Description *string `json:"description,omitempty"`
}

// BindProviderRequest: The BindProviderRequest object.
type BindProviderRequest struct {
	// ProviderToken: From `POST /provider/token`, for the identity to bind.
	ProviderToken string `json:"provider_token" cloudbase:"secret"`
	// WithUserCenter: Bind through the user center as well (passed through to the service).
	WithUserCenter *bool `json:"with_user_center,omitempty"`
}

// String shows the set fields of a BindProviderRequest, its secrets as [REDACTED].
func (r BindProviderRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r BindProviderRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r BindProviderRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r BindProviderRequest) LogValue() slog.Value {
	return logStruct(r)
}

// CaptchaDataRequest: What the captcha will unlock.
type CaptchaDataRequest struct {
	// State: `METHOD:url` of the call to retry, such as `POST:/v1/verification`.
	State string `json:"state"`
	// RedirectURI: The official SDK sends an empty string.
	RedirectURI *string `json:"redirect_uri,omitempty"`
}

// CaptchaDataResponse: A captcha.
type CaptchaDataResponse struct {
	// Data: The captcha image as a data URI (`data:image/...;base64,...`).
	Data string `json:"data"`
	// Token: Names this captcha for `POST /captcha/data/verify`.
	Token string `json:"token" cloudbase:"secret"`
	// ExpiresIn: Seconds the captcha stays valid (300).
	ExpiresIn int `json:"expires_in"`
	// Type: `image`.
	Type *string `json:"type,omitempty"`
}

// String shows the set fields of a CaptchaDataResponse, its secrets as [REDACTED].
func (r CaptchaDataResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r CaptchaDataResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r CaptchaDataResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r CaptchaDataResponse) LogValue() slog.Value {
	return logStruct(r)
}

// CaptchaTokenResponse: Proof that a captcha was solved.
type CaptchaTokenResponse struct {
	// CaptchaToken: For the retried call, as the `captcha_token` query or the `x-captcha-token`
	// header; good for one call.
	CaptchaToken string `json:"captcha_token" cloudbase:"secret"`
	// ExpiresIn: Seconds the captcha token stays valid (600).
	ExpiresIn int `json:"expires_in"`
}

// String shows the set fields of a CaptchaTokenResponse, its secrets as [REDACTED].
func (r CaptchaTokenResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r CaptchaTokenResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r CaptchaTokenResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r CaptchaTokenResponse) LogValue() slog.Value {
	return logStruct(r)
}

// ChangeBoundProviderRequest: The identity that replaces the current one.
type ChangeBoundProviderRequest struct {
	// ProviderTransToken: A provider token of the path's provider, from `POST /provider/token`.
	ProviderTransToken string `json:"provider_trans_token" cloudbase:"secret"`
	// ProviderID (sent as the path parameter 'provider_id'): The provider whose binding changes, such
	// as `github`.
	ProviderID string `json:"-" param:"provider_id"`
}

// String shows the set fields of a ChangeBoundProviderRequest, its secrets as [REDACTED].
func (r ChangeBoundProviderRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r ChangeBoundProviderRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r ChangeBoundProviderRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r ChangeBoundProviderRequest) LogValue() slog.Value {
	return logStruct(r)
}

// ChangeBoundProviderResponse: The outcome of the change.
type ChangeBoundProviderResponse struct {
	// ClientID: The client ID of the session.
	ClientID string `json:"client_id"`
}

// CheckIfUserExistRequest: the parameters of CheckIfUserExist.
type CheckIfUserExistRequest struct {
	// Username (sent as the query parameter 'username'): The username to look up.
	Username string `json:"-" param:"username"`
}

// CheckUsernameRequest: the parameters of CheckUsername.
type CheckUsernameRequest struct {
	// Username (sent as the query parameter 'username'): The username a user wants to take, as typed
	// into a sign-up or profile form; the answer says whether it is free.
	Username string `json:"-" param:"username"`
}

// ClientCredentialRequest: The body node-sdk sends to `POST /token/clientCredential`.
type ClientCredentialRequest struct {
	// GrantType: Always `client_credentials`. The only value is "client_credentials"; the client sends
	// it when the field is left empty.
	GrantType string `json:"grant_type"`
}

// CustomSignInRequest: The CustomSignInRequest object.
type CustomSignInRequest struct {
	// ProviderID: Always `custom`. The only value is "custom"; the client sends it when the field is
	// left empty.
	ProviderID string `json:"provider_id"`
	// Ticket: The custom-login ticket your server minted for this user: `private_key_id/@@/<jwt>`,
	// from the client's ticket function (or node-sdk's `createTicket`), valid 10 minutes.
	Ticket string `json:"ticket" cloudbase:"secret"`
}

// String shows the set fields of a CustomSignInRequest, its secrets as [REDACTED].
func (r CustomSignInRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r CustomSignInRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r CustomSignInRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r CustomSignInRequest) LogValue() slog.Value {
	return logStruct(r)
}

// DeleteUserMeRequest: the parameters of DeleteUserMe.
type DeleteUserMeRequest struct {
	// SudoToken (sent as the query parameter 'sudo_token'): The token from `POST /user/sudo`, valid
	// 900 seconds.
	SudoToken string `json:"-" param:"sudo_token" cloudbase:"secret"`
}

// String shows the set fields of a DeleteUserMeRequest, its secrets as [REDACTED].
func (r DeleteUserMeRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r DeleteUserMeRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r DeleteUserMeRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r DeleteUserMeRequest) LogValue() slog.Value {
	return logStruct(r)
}

// DeviceCodeRequest: Who asks (the client) and for what (scope).
type DeviceCodeRequest struct {
	// ClientID: The client the device signs in to; defaults to the environment ID.
	ClientID *string `json:"client_id,omitempty"`
	// Scope: Space-separated scopes.
	Scope *string `json:"scope,omitempty"`
}

// DeviceCodeResponse: A device authorization (RFC 8628 section 3.2).
type DeviceCodeResponse struct {
	// DeviceCode: The device's secret, for polling `POST /token`.
	DeviceCode string `json:"device_code" cloudbase:"secret"`
	// ExpiresIn: Seconds the codes stay valid.
	ExpiresIn int `json:"expires_in"`
	// Interval: Seconds to wait between polls.
	Interval int `json:"interval"`
	// UserCode: The code the user types in, `XXXX-XXXX` (letters and digits without 0, 1, I, O).
	UserCode *string `json:"user_code,omitempty"`
	// VerificationURI: Where the user goes to type the code.
	VerificationURI *string `json:"verification_uri,omitempty"`
	// VerificationURIComplete: The same page with the code filled in (for a QR code).
	VerificationURIComplete *string `json:"verification_uri_complete,omitempty"`
}

// String shows the set fields of a DeviceCodeResponse, its secrets as [REDACTED].
func (r DeviceCodeResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r DeviceCodeResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r DeviceCodeResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r DeviceCodeResponse) LogValue() slog.Value {
	return logStruct(r)
}

// EditBasicUserRequest: The fields to change; fields left out stay as they are.
type EditBasicUserRequest struct {
	// UserID: Another user to edit; needs an administrator token (docs).
	UserID *string `json:"user_id,omitempty"`
	// Nickname: The new display name apps show for the user (free text; not used to sign in).
	Nickname *string `json:"nickname,omitempty"`
	// Username: New user name.
	Username *string `json:"username,omitempty"`
	// Description: Self-description (answered as `user_desc` by `GET /user/me`).
	Description *string `json:"description,omitempty"`
	// AvatarURL: The URL of the new avatar image (`https://...`); the service stores it as given.
	AvatarURL *string `json:"avatar_url,omitempty"`
	// Gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out when
	// unknown). One of "MALE" or "FEMALE".
	Gender *string `json:"gender,omitempty"`
	// Email: New email; must have been verified with a code just before.
	Email *string `json:"email,omitempty"`
	// Phone: New phone number (`+86 13800000000`); must have been verified with a code just before.
	Phone *string `json:"phone,omitempty"`
	// Password: The current password, with `new_password` (SDK model).
	Password *string `json:"password,omitempty" cloudbase:"secret"`
	// NewPassword: The new password, with `password` (SDK model).
	NewPassword *string `json:"new_password,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a EditBasicUserRequest, its secrets as [REDACTED].
func (r EditBasicUserRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r EditBasicUserRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r EditBasicUserRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r EditBasicUserRequest) LogValue() slog.Value {
	return logStruct(r)
}

// EditContactRequest: The new phone number or email (exactly one) and the proofs for it.
type EditContactRequest struct {
	// SudoToken: From `POST /user/sudo`, valid 900 seconds.
	SudoToken string `json:"sudo_token" cloudbase:"secret"`
	// VerificationToken: From `POST /verification/verify`, for a code sent to the new address.
	VerificationToken string `json:"verification_token" cloudbase:"secret"`
	// PhoneNumber: The new phone number, `+86 13900000000`.
	PhoneNumber *string `json:"phone_number,omitempty"`
	// Email: The new email address.
	Email *string `json:"email,omitempty"`
	// ConflictResolution: What to do when another account has the address (see the operation);
	// `DEFAULT` when absent. One of "DEFAULT", "DELETE_ACCOUNT_TRANSFER" or "TRANSFER".
	ConflictResolution *string `json:"conflict_resolution,omitempty"`
}

// String shows the set fields of a EditContactRequest, its secrets as [REDACTED].
func (r EditContactRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r EditContactRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r EditContactRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r EditContactRequest) LogValue() slog.Value {
	return logStruct(r)
}

// GenProviderRedirectURIRequest: the parameters of GenProviderRedirectURI.
type GenProviderRedirectURIRequest struct {
	// ProviderID (sent as the query parameter 'provider_id'): The identity provider, such as `github`
	// or a custom provider's ID.
	ProviderID string `json:"-" param:"provider_id"`
	// RedirectURI (sent as the query parameter 'redirect_uri'): Where the provider sends the user
	// back, with `code` and `state`.
	RedirectURI *string `json:"-" param:"redirect_uri"`
	// ProviderRedirectURI (sent as the query parameter 'provider_redirect_uri'): Deprecated alias of
	// `redirect_uri` (older SDKs send it).
	ProviderRedirectURI *string `json:"-" param:"provider_redirect_uri"`
	// State (sent as the query parameter 'state'): An opaque value the provider hands back unchanged;
	// check it on return (against CSRF).
	State *string `json:"-" param:"state"`
	// Scope (sent as the query parameter 'scope'): Scopes to request from the provider,
	// space-separated.
	Scope *string `json:"-" param:"scope"`
	// ResponseType (sent as the query parameter 'response_type'): The OAuth response type; `code` by
	// default. One of "code", "token" or "id_token".
	ResponseType *string `json:"-" param:"response_type"`
}

// GetAuthorizeInfoRequest: the parameters of GetAuthorizeInfo.
type GetAuthorizeInfoRequest struct {
	// ResponseType (sent as the query parameter 'response_type'): The OAuth 2.0 response type the app
	// will ask for: `code`, the only one the service issues.
	ResponseType *string `json:"-" param:"response_type"`
	// RedirectURI (sent as the query parameter 'redirect_uri'): Where the app wants the code sent.
	RedirectURI *string `json:"-" param:"redirect_uri"`
	// State (sent as the query parameter 'state'): The app's opaque state, echoed back.
	State *string `json:"-" param:"state"`
	// Scope (sent as the query parameter 'scope'): Space-separated scopes; the client's default scopes
	// when absent.
	Scope *string `json:"-" param:"scope"`
	// SignOutURI (sent as the query parameter 'sign_out_uri'): Where to go after signing out of the
	// app.
	SignOutURI *string `json:"-" param:"sign_out_uri"`
	// Locale (sent as the query parameter 'locale'): Language of the names and descriptions, such as
	// `zh-CN` or `en-US`.
	Locale *string `json:"-" param:"locale"`
}

// GetUserBehaviorLogRequest: the parameters of GetUserBehaviorLog.
type GetUserBehaviorLogRequest struct {
	// QueryAction (sent as the query parameter 'query[action]'): Only entries with this action (the
	// SDK sends `USER_LOGIN`).
	QueryAction *string `json:"-" param:"query[action]"`
	// NeQueryAction (sent as the query parameter 'ne_query[action]'): Only entries with another action
	// than this one (the SDK sends `USER_LOGIN`).
	NeQueryAction *string `json:"-" param:"ne_query[action]"`
	// Limit (sent as the query parameter 'limit'): Entries per page, 1 to 100 (default 20; the SDK
	// always sends it).
	Limit *int `json:"-" param:"limit"`
	// PageToken (sent as the query parameter 'page_token'): The `next_page_token` of the previous
	// page.
	PageToken *string `json:"-" param:"page_token"`
}

// IntrospectResponse: Empty when the token is not valid.
type IntrospectResponse struct {
	// TokenType: `Bearer` for an access token.
	TokenType *string `json:"token_type,omitempty"`
	// ClientID: The client (environment) the token was issued to.
	ClientID *string `json:"client_id,omitempty"`
	// Sub: The user ID the token belongs to.
	Sub *string `json:"sub,omitempty"`
	// Scope: The scopes the token grants, space-separated.
	Scope *string `json:"scope,omitempty"`
}

// PatchProviderParams: What to attach to the provider token.
type PatchProviderParams struct {
	// ProviderCodeType: `phone` to attach a phone number. One of "open_id", "union_id" or "phone".
	ProviderCodeType *string `json:"provider_code_type,omitempty"`
	// Code: The `getPhoneNumber` code.
	Code *string `json:"code,omitempty" cloudbase:"secret"`
	// EncryptedData: The older `getPhoneNumber` flow's encrypted data (not supported by the emulator).
	EncryptedData *string `json:"encryptedData,omitempty" cloudbase:"secret"`
	// Iv: The older flow's initialisation vector, with `encryptedData`.
	Iv *string `json:"iv,omitempty"`
}

// String shows the set fields of a PatchProviderParams, its secrets as [REDACTED].
func (r PatchProviderParams) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r PatchProviderParams) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r PatchProviderParams) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r PatchProviderParams) LogValue() slog.Value {
	return logStruct(r)
}

// PatchProviderTokenRequest: A provider token and what to attach to it.
type PatchProviderTokenRequest struct {
	// ProviderToken: From `POST /provider/token`.
	ProviderToken string `json:"provider_token" cloudbase:"secret"`
	// ProviderParams: What to attach to the provider token.
	ProviderParams PatchProviderParams `json:"provider_params"`
	// ProviderID: The token's provider (optional; it must match when sent).
	ProviderID *string `json:"provider_id,omitempty"`
}

// String shows the set fields of a PatchProviderTokenRequest, its secrets as [REDACTED].
func (r PatchProviderTokenRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r PatchProviderTokenRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r PatchProviderTokenRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r PatchProviderTokenRequest) LogValue() slog.Value {
	return logStruct(r)
}

// ProviderInfo: The ProviderInfo object.
type ProviderInfo struct {
	// ID: The provider ID (such as `wx_open` or `github`).
	ID string `json:"id"`
	// Name: The provider's display name.
	Name *string `json:"name,omitempty"`
	// Homepage: The provider's home page URL.
	Homepage *string `json:"homepage,omitempty"`
	// Picture: The provider's icon URL.
	Picture *string `json:"picture,omitempty"`
	// ProviderUserName: The user's name at the provider, when bound.
	ProviderUserName *string `json:"provider_user_name,omitempty"`
	// ProviderType: The kind of third-party platform.
	ProviderType *string `json:"provider_type,omitempty"`
	// Bind: Whether the current user has this provider bound.
	Bind *bool `json:"bind,omitempty"`
}

// ProviderList: The ProviderList object.
type ProviderList struct {
	// Total: How many providers `data` lists.
	Total int `json:"total"`
	// Data: The providers.
	Data []ProviderInfo `json:"data"`
}

// ProviderParams: Provider-specific parameters; WeChat mini-programs send which identity to use
// and the phone code.
type ProviderParams struct {
	// ProviderCodeType: `open_id` (default), `union_id`, or `phone` (with the phone code in `code`).
	// One of "open_id", "union_id" or "phone".
	ProviderCodeType *string `json:"provider_code_type,omitempty"`
	// Appid: The mini-program's AppID (the official SDK sends it; the same as `provider_id`).
	Appid *string `json:"appid,omitempty"`
	// Code: The `getPhoneNumber` code, for `provider_code_type` `phone`.
	Code *string `json:"code,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a ProviderParams, its secrets as [REDACTED].
func (r ProviderParams) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r ProviderParams) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r ProviderParams) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r ProviderParams) LogValue() slog.Value {
	return logStruct(r)
}

// ProviderProfile: What the provider says about the user.
type ProviderProfile struct {
	// ProviderID: The provider, such as `github` or a mini-program's AppID.
	ProviderID *string `json:"provider_id,omitempty"`
	// Name: The user's name at the provider.
	Name *string `json:"name,omitempty"`
	// Picture: The user's avatar URL at the provider.
	Picture *string `json:"picture,omitempty"`
	// PhoneNumber: The phone number the provider vouches for (WeChat phone authorisation).
	PhoneNumber *string `json:"phone_number,omitempty"`
	// Email: The email address the provider vouches for.
	Email *string `json:"email,omitempty"`
}

// ProviderRedirectURIResponse: Where to send the user's browser.
type ProviderRedirectURIResponse struct {
	// URI: The provider's authorisation URL, with `redirect_uri` and `state`.
	URI string `json:"uri"`
	// SignoutURI: The provider's sign-out URL, when it has one.
	SignoutURI *string `json:"signout_uri,omitempty"`
}

// ProviderSignInRequest: A provider token, and optionally its provider.
type ProviderSignInRequest struct {
	// ProviderToken: From `POST /provider/token`.
	ProviderToken string `json:"provider_token" cloudbase:"secret"`
	// ProviderID: Such as `github` or `wx_open`; optional (the token names its provider), and when
	// sent it must match.
	ProviderID *string `json:"provider_id,omitempty"`
	// ForceDisableSignUp: Fail instead of creating a user.
	ForceDisableSignUp *bool `json:"force_disable_sign_up,omitempty"`
	// SyncProfile: Copy the provider's profile to the user.
	SyncProfile *bool `json:"sync_profile,omitempty"`
}

// String shows the set fields of a ProviderSignInRequest, its secrets as [REDACTED].
func (r ProviderSignInRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r ProviderSignInRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r ProviderSignInRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r ProviderSignInRequest) LogValue() slog.Value {
	return logStruct(r)
}

// ProviderSubTypeRequest: Always `{provider_id: weda}`.
type ProviderSubTypeRequest struct {
	// ProviderID: The provider to ask about: `weda` (the WeDa low-code platform's login), the only one
	// the service answers for.
	ProviderID string `json:"provider_id"`
}

// ProviderSubTypeResponse: The provider's sub type.
type ProviderSubTypeResponse struct {
	// ID: The provider (`weda`).
	ID string `json:"id"`
	// ProviderSubType: `NO_AUTH_LOGIN` when password-free login is on, else empty. One of
	// "NO_AUTH_LOGIN" or "".
	ProviderSubType string `json:"provider_sub_type"`
}

// ProviderTokenRequest: The ProviderTokenRequest object.
type ProviderTokenRequest struct {
	// ProviderID: Such as `github` or `wx_open`.
	ProviderID string `json:"provider_id"`
	// ProviderRedirectURI: The redirect URI used with the provider.
	ProviderRedirectURI *string `json:"provider_redirect_uri,omitempty"`
	// ProviderCode: The authorisation code the provider sent back to `provider_redirect_uri` (its
	// `code` query parameter), or a WeChat `wx.login()` code; good for one use.
	ProviderCode *string `json:"provider_code,omitempty" cloudbase:"secret"`
	// ProviderAccessToken: A provider access token, instead of a code.
	ProviderAccessToken *string `json:"provider_access_token,omitempty" cloudbase:"secret"`
	// ProviderIDToken: A provider ID token, instead of a code.
	ProviderIDToken *string `json:"provider_id_token,omitempty" cloudbase:"secret"`
	// ProviderParams: Provider-specific parameters; WeChat mini-programs send which identity to use
	// and the phone code.
	ProviderParams *ProviderParams `json:"provider_params,omitempty"`
}

// String shows the set fields of a ProviderTokenRequest, its secrets as [REDACTED].
func (r ProviderTokenRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r ProviderTokenRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r ProviderTokenRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r ProviderTokenRequest) LogValue() slog.Value {
	return logStruct(r)
}

// ProviderTokenResponse: The ProviderTokenResponse object.
type ProviderTokenResponse struct {
	// ProviderToken: For `signin/with/provider` or `user/provider/bind`.
	ProviderToken string `json:"provider_token" cloudbase:"secret"`
	// ExpiresIn: Seconds the provider token stays valid.
	ExpiresIn int `json:"expires_in"`
	// ProviderProfile: What the provider says about the user.
	ProviderProfile *ProviderProfile `json:"provider_profile,omitempty"`
	// Code: A failure code; set (without a usable token) only when the service reports an error in a
	// 200 answer, as it does through the WeChat tunnel.
	Code *string `json:"code,omitempty"`
	// ErrorCode: Likewise a failure code in a 200 answer; the official SDK treats any truthy value as
	// an error.
	ErrorCode *string `json:"error_code,omitempty"`
}

// String shows the set fields of a ProviderTokenResponse, its secrets as [REDACTED].
func (r ProviderTokenResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r ProviderTokenResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r ProviderTokenResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r ProviderTokenResponse) LogValue() slog.Value {
	return logStruct(r)
}

// QrCodeRequest: Which mini-program's code to create (camelCase, as the official SDK sends it).
type QrCodeRequest struct {
	// EnvID: The CloudBase environment ID.
	EnvID string `json:"envId"`
	// WxAppID: The mini-program's AppID.
	WxAppID string `json:"wxAppId"`
}

// QrCodeResponse: A login QR code.
type QrCodeResponse struct {
	// QrCode: The mini-program code image as a data URI.
	QrCode string `json:"qr_code"`
	// QrCodeID: Names the code for `POST /qrcode/get/status`.
	QrCodeID string `json:"qr_code_id"`
	// ExpiresIn: Seconds the code stays valid.
	ExpiresIn int `json:"expires_in"`
}

// QrCodeStatusRequest: Which QR code (camelCase, as the official SDK sends it).
type QrCodeStatusRequest struct {
	// QrCodeID: From `POST /qrcode/generate`.
	QrCodeID string `json:"qrCodeId"`
	// EnvID: The CloudBase environment ID.
	EnvID string `json:"envId"`
	// WxAppID: The mini-program's AppID.
	WxAppID string `json:"wxAppId"`
}

// QrCodeStatusResponse: Where the scan stands.
type QrCodeStatusResponse struct {
	// Status: The scan's state: `WAITING`, `SCANNED`, `CONFIRMED`, `CANCELLED` or `EXPIRED` as far as
	// known (the names are inferred); another value may come, and clients keep it as it is.
	Status string `json:"status"`
	// ExpiresIn: Seconds left of the QR code, or of the provider token once confirmed.
	ExpiresIn int `json:"expires_in"`
	// ProviderToken: Once `CONFIRMED`, for `POST /signin/with/provider`.
	ProviderToken *string `json:"provider_token,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a QrCodeStatusResponse, its secrets as [REDACTED].
func (r QrCodeStatusResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r QrCodeStatusResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r QrCodeStatusResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r QrCodeStatusResponse) LogValue() slog.Value {
	return logStruct(r)
}

// QueryUserRequest: the parameters of QueryUser.
type QueryUserRequest struct {
	// ID (sent as the query parameter 'id'): User IDs (`sub`) to look up; comma-separated or repeated.
	ID []string `json:"-" param:"id"`
	// Username (sent as the query parameter 'username'): Finds the account whose username is exactly
	// this value (no prefix or pattern search).
	Username *string `json:"-" param:"username"`
	// Email (sent as the query parameter 'email'): The email address (any case).
	Email *string `json:"-" param:"email"`
	// PhoneNumber (sent as the query parameter 'phone_number'): The phone number, `+86 13800000000`
	// (URL-encode the `+` and the space).
	PhoneNumber *string `json:"-" param:"phone_number"`
}

// QueryUserResponse: Users matching a `GET /user/query` (the SDK's `QueryUserProfileResponse`).
type QueryUserResponse struct {
	// Total: How many users match.
	Total int `json:"total"`
	// Data: The matching users.
	Data []SimpleUserProfile `json:"data"`
}

// ResetPasswordRequest: The ResetPasswordRequest object.
type ResetPasswordRequest struct {
	// NewPassword: The new password, 8 to 64 characters.
	NewPassword string `json:"new_password" cloudbase:"secret"`
	// VerificationToken: From `POST /verification/verify`, for a code sent to that phone or email.
	VerificationToken string `json:"verification_token" cloudbase:"secret"`
	// Email: The email the verification code went to (or give `phone_number`).
	Email *string `json:"email,omitempty"`
	// PhoneNumber: The phone number the verification code went to, `+86 13800000000`.
	PhoneNumber *string `json:"phone_number,omitempty"`
}

// String shows the set fields of a ResetPasswordRequest, its secrets as [REDACTED].
func (r ResetPasswordRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r ResetPasswordRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r ResetPasswordRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r ResetPasswordRequest) LogValue() slog.Value {
	return logStruct(r)
}

// RevokeDeviceRequest: the parameters of RevokeDevice.
type RevokeDeviceRequest struct {
	// DeviceID (sent as the path parameter 'device_id'): The device ID (`x-device-id`) whose sessions
	// end.
	DeviceID string `json:"-" param:"device_id"`
}

// RevokeRequest: The RevokeRequest object.
type RevokeRequest struct {
	// Token: The access or refresh token to revoke (from a sign-in, such as `POST /signin`); defaults
	// to the Bearer token.
	Token *string `json:"token,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a RevokeRequest, its secrets as [REDACTED].
func (r RevokeRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r RevokeRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r RevokeRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r RevokeRequest) LogValue() slog.Value {
	return logStruct(r)
}

// SetUserProfileRequest: The display profile fields to change; the others stay as they are.
type SetUserProfileRequest struct {
	// Name: The new display name apps show for the user (1-64 characters; not used to sign in).
	Name *string `json:"name,omitempty"`
	// Picture: The URL of the new avatar image (at most 1024 characters); the service stores it as
	// given.
	Picture *string `json:"picture,omitempty"`
	// Gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out when
	// unknown). One of "MALE" or "FEMALE".
	Gender *string `json:"gender,omitempty"`
	// Locale: Such as `zh-CN`.
	Locale *string `json:"locale,omitempty"`
	// Username: The new username (what `User.updateUsername` sends); letters, digits and `-_.:+ @`,
	// starting with a letter or digit.
	Username *string `json:"username,omitempty"`
}

// SignInRequest: Either `username` + `password`, or `verification_token` (with the phone number or
// email as `username`).
type SignInRequest struct {
	// Username: User name, phone number (`+86 13800000000`) or email.
	Username *string `json:"username,omitempty"`
	// Password: The account's password, exactly as the user typed it.
	Password *string `json:"password,omitempty" cloudbase:"secret"`
	// VerificationToken: From `POST /verification/verify`.
	VerificationToken *string `json:"verification_token,omitempty" cloudbase:"secret"`
	// CaptchaToken (sent as the query parameter 'captcha_token'): The `captcha_token` from `POST
	// /captcha/data/verify`, after a `captcha_required` error (the official SDK retries with it here).
	CaptchaToken *string `json:"-" param:"captcha_token" cloudbase:"secret"`
	// XCaptchaToken (sent as the header parameter 'x-captcha-token'): The same captcha token as a
	// header, as the docs show for `POST /verification`.
	XCaptchaToken *string `json:"-" param:"x-captcha-token" cloudbase:"secret"`
}

// String shows the set fields of a SignInRequest, its secrets as [REDACTED].
func (r SignInRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r SignInRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r SignInRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r SignInRequest) LogValue() slog.Value {
	return logStruct(r)
}

// SignOutRequest: The SignOutRequest object.
type SignOutRequest struct {
	// RedirectURI: Where the provider should send the browser after signing out (OIDC logout).
	RedirectURI *string `json:"redirect_uri,omitempty"`
	// State: Opaque value echoed back with the redirect.
	State *string `json:"state,omitempty"`
}

// SignOutResponse: The SignOutResponse object.
type SignOutResponse struct {
	// RedirectURI: Where to send the browser to finish signing out, when the provider needs it.
	RedirectURI *string `json:"redirect_uri,omitempty"`
}

// SignUpRequest: A new account, proved by a `verification_token` (the phone number or email) or by
// a `provider_token` alone (a third-party identity): at least one of the two.
type SignUpRequest struct {
	// PhoneNumber: `+86 13800000000` (country code, a space, the number).
	PhoneNumber *string `json:"phone_number,omitempty"`
	// Email: The new account's email address (`alice@example.com`): the one the `verification_token`
	// was issued for.
	Email *string `json:"email,omitempty"`
	// VerificationCode: The code the user received (the SDK sends it too).
	VerificationCode *string `json:"verification_code,omitempty" cloudbase:"secret"`
	// VerificationToken: From `POST /verification/verify`; required unless `provider_token` is sent.
	VerificationToken *string `json:"verification_token,omitempty" cloudbase:"secret"`
	// Username: Letters, digits and `-_.:+ @`, starting with a letter or digit.
	Username *string `json:"username,omitempty"`
	// Password: The new account's password, as the user chose it; the environment's password rules
	// apply (the emulator asks for 8-64 characters with upper and lower case, a digit and a special
	// character).
	Password *string `json:"password,omitempty" cloudbase:"secret"`
	// Name: The display name apps show for the user (free text; not used to sign in).
	Name *string `json:"name,omitempty"`
	// Gender: The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it out when
	// unknown). One of "MALE" or "FEMALE".
	Gender *string `json:"gender,omitempty"`
	// Picture: The URL of the new avatar image (`https://...`); the service stores it as given.
	Picture *string `json:"picture,omitempty"`
	// Locale: Such as `zh-CN`.
	Locale *string `json:"locale,omitempty"`
	// ProviderToken: The third-party identity to bind to the new account. Alone it is the account's
	// proof; with a `verification_token` it is bound as well.
	ProviderToken *string `json:"provider_token,omitempty" cloudbase:"secret"`
	// AnonymousToken: The access token of an anonymous session, to upgrade that user in place.
	AnonymousToken *string `json:"anonymous_token,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a SignUpRequest, its secrets as [REDACTED].
func (r SignUpRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r SignUpRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r SignUpRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r SignUpRequest) LogValue() slog.Value {
	return logStruct(r)
}

// SimpleUserProfile: A user as `GET /user/query` shows them (the SDK's `SimpleUserProfile`).
type SimpleUserProfile struct {
	// Sub: The user ID.
	Sub string `json:"sub"`
	// Name: The display name (empty when none is set).
	Name string `json:"name"`
	// Username: The username, when the account has one (inferred; not in the SDK model).
	Username *string `json:"username,omitempty"`
	// Picture: The URL of the user's avatar image (`https://...`), as it was set.
	Picture *string `json:"picture,omitempty"`
	// Gender: Gender, such as `MALE` or `FEMALE`.
	Gender *string `json:"gender,omitempty"`
	// Locale: Such as `zh-CN`.
	Locale *string `json:"locale,omitempty"`
	// Email: The email address (administrator callers or the caller's own account only).
	Email *string `json:"email,omitempty"`
	// PhoneNumber: The phone number (administrator callers or the caller's own account only).
	PhoneNumber *string `json:"phone_number,omitempty"`
}

// SudoRequest: Exactly one of `password` and `verification_token`.
type SudoRequest struct {
	// Password: The signed-in user's current password, typed again to prove it is them (or send
	// `verification_token` instead).
	Password *string `json:"password,omitempty" cloudbase:"secret"`
	// VerificationToken: From `POST /verification/verify`, for a code sent to the user's own phone or
	// email.
	VerificationToken *string `json:"verification_token,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a SudoRequest, its secrets as [REDACTED].
func (r SudoRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r SudoRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r SudoRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r SudoRequest) LogValue() slog.Value {
	return logStruct(r)
}

// SudoResponse: The SudoResponse object.
type SudoResponse struct {
	// SudoToken: Authorises one sensitive change (password, phone, email, deletion); pass it as
	// `sudo_token`.
	SudoToken string `json:"sudo_token" cloudbase:"secret"`
	// ExpiresIn: Seconds the sudo token stays valid (900).
	ExpiresIn int `json:"expires_in"`
}

// String shows the set fields of a SudoResponse, its secrets as [REDACTED].
func (r SudoResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r SudoResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r SudoResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r SudoResponse) LogValue() slog.Value {
	return logStruct(r)
}

// TokenRequest: The TokenRequest object.
type TokenRequest struct {
	// GrantType: The OAuth 2.0 grant. One of "refresh_token", "password", "client_credentials",
	// "authorization_code" or "urn:ietf:params:oauth:grant-type:device_code".
	GrantType string `json:"grant_type"`
	// RefreshToken: With `grant_type` `refresh_token`: the session's current refresh token (it
	// rotates: each one is spent by its first use).
	RefreshToken *string `json:"refresh_token,omitempty" cloudbase:"secret"`
	// Username: With `grant_type` `password`: the user name, phone number (`+86 13800000000`) or email
	// to sign in with.
	Username *string `json:"username,omitempty"`
	// Password: With `grant_type` `password`: the account's password, exactly as the user typed it.
	Password *string `json:"password,omitempty" cloudbase:"secret"`
	// ClientID: Defaults to the environment ID.
	ClientID *string `json:"client_id,omitempty"`
	// ClientSecret: The SDK sends an empty string by default.
	ClientSecret *string `json:"client_secret,omitempty" cloudbase:"secret"`
	// Scope: The scopes asked for, space-separated (such as `openid profile email`); left out, the
	// grant's default scopes.
	Scope *string `json:"scope,omitempty"`
	// Code: For `authorization_code`, the code from `POST /user/authorize`.
	Code *string `json:"code,omitempty" cloudbase:"secret"`
	// RedirectURI: For `authorization_code`, the same redirect URI as when the code was issued.
	RedirectURI *string `json:"redirect_uri,omitempty"`
	// CodeVerifier: For `authorization_code`, the PKCE verifier whose challenge was sent to `POST
	// /user/authorize`.
	CodeVerifier *string `json:"code_verifier,omitempty" cloudbase:"secret"`
	// Nonce: For `authorization_code`, copied into the `id_token` (OpenID Connect).
	Nonce *string `json:"nonce,omitempty"`
	// DeviceCode: For the device-code grant, from `POST /device/code`.
	DeviceCode *string `json:"device_code,omitempty" cloudbase:"secret"`
}

// String shows the set fields of a TokenRequest, its secrets as [REDACTED].
func (r TokenRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r TokenRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r TokenRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r TokenRequest) LogValue() slog.Value {
	return logStruct(r)
}

// TokenResponse: Tokens of a session.
type TokenResponse struct {
	// TokenType: Always `Bearer`.
	TokenType string `json:"token_type"`
	// AccessToken: RS256 JWT, valid `expires_in` seconds (7200).
	AccessToken string `json:"access_token" cloudbase:"secret"`
	// ExpiresIn: Seconds until the access token expires.
	ExpiresIn int `json:"expires_in"`
	// RefreshToken: Refresh token, rotated on every refresh; absent for client credentials. Its
	// lifetime is stated twice in the docs, differently: "The default expiration time is 31 days" (the
	// token schema of the sign-up, anonymous, provider and grant-token pages; configurable), and
	// 2592000 seconds (30 days) on the custom-login page. The answer carries no expiry of its own: a
	// client learns of the end from `invalid_grant`. The emulator keeps a refresh token 2592000
	// seconds (30 days), the shorter of the two.
	RefreshToken *string `json:"refresh_token,omitempty" cloudbase:"secret"`
	// Scope: Such as `user` or `anonymous`.
	Scope *string `json:"scope,omitempty"`
	// Sub: The user ID.
	Sub *string `json:"sub,omitempty"`
	// Groups: The user's groups.
	Groups []string `json:"groups,omitempty"`
	// IDToken: OpenID Connect ID token, when requested.
	IDToken *string `json:"id_token,omitempty" cloudbase:"secret"`
	// NeedWedaResource: Whether the signed-in user needs WeDa (low-code platform) resources set up.
	// Listed in the token answer of the grant-token reference
	// (https://docs.cloudbase.net/openapi/auth/auth-grant-token: `need_weda_resource boolean`); its
	// meaning is not documented (inferred from its name), nor when it is sent. The emulator leaves it
	// out, and sends `true` when told to (`POST /emulator/v1/weda {"need_weda_resource": true}`).
	NeedWedaResource *bool `json:"need_weda_resource,omitempty"`
}

// String shows the set fields of a TokenResponse, its secrets as [REDACTED].
func (r TokenResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r TokenResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r TokenResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r TokenResponse) LogValue() slog.Value {
	return logStruct(r)
}

// TransByProviderRequest: The identity to move to the signed-in user.
type TransByProviderRequest struct {
	// ProviderToken: From `POST /provider/token`.
	ProviderToken string `json:"provider_token" cloudbase:"secret"`
}

// String shows the set fields of a TransByProviderRequest, its secrets as [REDACTED].
func (r TransByProviderRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r TransByProviderRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r TransByProviderRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r TransByProviderRequest) LogValue() slog.Value {
	return logStruct(r)
}

// UnbindProviderRequest: the parameters of UnbindProvider.
type UnbindProviderRequest struct {
	// ProviderID (sent as the path parameter 'provider_id'): The identity provider to unbind.
	ProviderID string `json:"-" param:"provider_id"`
	// WithUserCenter (sent as the query parameter 'with_user_center'): Also unbind in the user centre.
	WithUserCenter *bool `json:"-" param:"with_user_center"`
}

// UpdatePasswordRequest: The UpdatePasswordRequest object.
type UpdatePasswordRequest struct {
	// NewPassword: The new password, 8 to 64 characters.
	NewPassword string `json:"new_password" cloudbase:"secret"`
	// OldPassword: Needed when the user already has a password.
	OldPassword *string `json:"old_password,omitempty" cloudbase:"secret"`
	// ConfirmPassword: The new password again; must equal `new_password`.
	ConfirmPassword *string `json:"confirm_password,omitempty" cloudbase:"secret"`
	// SudoToken: Accepted here too, as the official SDK sends it.
	SudoToken *string `json:"sudo_token,omitempty" cloudbase:"secret"`
	// SudoTokenQuery (sent as the query parameter 'sudo_token'): The token from `POST /user/sudo`, valid
	// 900 seconds; here or in the body.
	SudoTokenQuery *string `json:"-" param:"sudo_token" cloudbase:"secret"`
}

// String shows the set fields of a UpdatePasswordRequest, its secrets as [REDACTED].
func (r UpdatePasswordRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r UpdatePasswordRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r UpdatePasswordRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r UpdatePasswordRequest) LogValue() slog.Value {
	return logStruct(r)
}

// UserBehaviorLogEntry: One sign-in or account change (the SDK's `GetUserBehaviorLogRes`, plus
// `action`).
type UserBehaviorLogEntry struct {
	// ID: The entry's ID.
	ID string `json:"id"`
	// Action: `USER_LOGIN` for a sign-in; other values for account changes (inferred), such as
	// `USER_PROFILE_UPDATE`.
	Action string `json:"action"`
	// CreatedAt: When, RFC 3339.
	CreatedAt time.Time `json:"created_at"`
	// IP: The address the request came from.
	IP *string `json:"ip,omitempty"`
	// UserAgent: The request's User-Agent.
	UserAgent *string `json:"user_agent,omitempty"`
	// ClientID: The client the request came through.
	ClientID *string `json:"client_id,omitempty"`
	// DeviceID: The `x-device-id` of the request.
	DeviceID *string `json:"device_id,omitempty"`
	// Meta: Details of the entry.
	Meta map[string]any `json:"meta,omitempty"`
}

// UserBehaviorLogResponse: One page of the user's security log, newest first.
type UserBehaviorLogResponse struct {
	// Data: The entries of this page.
	Data []UserBehaviorLogEntry `json:"data"`
	// NextPageToken: Pass it as `page_token` for the next page; absent on the last page.
	NextPageToken *string `json:"next_page_token,omitempty"`
}

// UserExistResponse: The UserExistResponse object.
type UserExistResponse struct {
	// Exist: Whether a user with that username exists.
	Exist bool `json:"exist"`
}

// UserGroup: A group the user belongs to.
type UserGroup struct {
	// ID: The group ID, such as `user`.
	ID string `json:"id"`
	// ExpiresAt: When the membership ends (RFC 3339), if it does.
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// UserProfile: A user's profile.
type UserProfile struct {
	// Sub: The user ID.
	Sub string `json:"sub"`
	// UserID: The user ID again (docs field list).
	UserID *string `json:"user_id,omitempty"`
	// Name: Display name (the `nickname` of `POST /user/basic/edit`).
	Name *string `json:"name,omitempty"`
	// Picture: The URL of the user's avatar image (`https://...`), as it was set.
	Picture *string `json:"picture,omitempty"`
	// Username: The user name.
	Username *string `json:"username,omitempty"`
	// Email: The account's email address, when it has one.
	Email *string `json:"email,omitempty"`
	// EmailVerified: Whether the email address was proved with a verification code (SDK model).
	EmailVerified *bool `json:"email_verified,omitempty"`
	// PhoneNumber: `+86 13800000000`.
	PhoneNumber *string `json:"phone_number,omitempty"`
	// Gender: `MALE` or `FEMALE`.
	Gender *string `json:"gender,omitempty"`
	// Locale: Such as `zh-CN` (SDK model).
	Locale *string `json:"locale,omitempty"`
	// Birthdate: Birth date (SDK model).
	Birthdate *string `json:"birthdate,omitempty"`
	// Zoneinfo: Time zone (SDK model).
	Zoneinfo *string `json:"zoneinfo,omitempty"`
	// CreatedFrom: How the account was created, such as `username`, `phone`, `email`, `anonymous`,
	// `custom` (SDK model).
	CreatedFrom *string `json:"created_from,omitempty"`
	// Status: The account state: `DEFAULT`, `ACTIVE`, `PENDING` or `BLOCKED` as far as known (the
	// names are inferred); another value may come, and clients keep it as it is.
	Status *string `json:"status,omitempty"`
	// HasPassword: Whether a password is set.
	HasPassword *bool `json:"has_password,omitempty"`
	// Providers: Bound third-party identities.
	Providers []UserProvider `json:"providers,omitempty"`
	// Groups: The user's groups.
	Groups []UserGroup `json:"groups,omitempty"`
	// UserDesc: The user's self-description (the docs' name for it).
	UserDesc *string `json:"user_desc,omitempty"`
	// Description: The same self-description under the name `POST /user/basic/edit` uses (not in the
	// docs' list; inferred).
	Description *string `json:"description,omitempty"`
	// InternalUserType: Such as `generalUser` (docs).
	InternalUserType *string `json:"internal_user_type,omitempty"`
	// UserSource: Opaque source code of the account (docs).
	UserSource *int `json:"user_source,omitempty"`
	// Meta: Extra data (docs).
	Meta map[string]any `json:"meta,omitempty"`
	// LastLogin: Last sign-in, RFC 3339 (docs).
	LastLogin *time.Time `json:"last_login,omitempty"`
	// Type: `external` or `internal`.
	Type *string `json:"type,omitempty"`
	// CreatedAt: RFC 3339.
	CreatedAt *time.Time `json:"created_at,omitempty"`
	// UpdatedAt: RFC 3339.
	UpdatedAt *time.Time `json:"updated_at,omitempty"`
	// PasswordUpdatedAt: RFC 3339.
	PasswordUpdatedAt *time.Time `json:"password_updated_at,omitempty"`
}

// UserProvider: A third-party identity bound to the user.
type UserProvider struct {
	// ID: The provider ID, such as `github`.
	ID *string `json:"id,omitempty"`
	// ProviderUserID: The user's ID at the provider.
	ProviderUserID *string `json:"provider_user_id,omitempty"`
	// Name: The user's name at the provider.
	Name *string `json:"name,omitempty"`
	// Picture: The user's avatar at the provider.
	Picture *string `json:"picture,omitempty"`
	// URL: The user's profile URL at the provider (docs).
	URL *string `json:"url,omitempty"`
	// Meta: Provider-specific extra data (docs).
	Meta map[string]any `json:"meta,omitempty"`
}

// VerificationRequest: Where to send the code; a phone number or an email, not both.
type VerificationRequest struct {
	// PhoneNumber: `+86 13800000000`.
	PhoneNumber *string `json:"phone_number,omitempty"`
	// Email: The email address to send the code to (`alice@example.com`); or `phone_number`, not both.
	Email *string `json:"email,omitempty"`
	// Target: Who may receive the code; `ANY` when omitted (inferred from the official SDK, which
	// omits it). One of "ANY", "USER", "NOT_USER" or "CUR_USER".
	Target *string `json:"target,omitempty"`
	// Usage: What the code is for. One of "REGISTER", "SIGN_IN", "PASSWORD_RESET",
	// "EMAIL_ADDRESS_CHANGE" or "PHONE_NUMBER_CHANGE".
	Usage *string `json:"usage,omitempty"`
	// EmailRedirectTo: Magic-link URL for email codes.
	EmailRedirectTo *string `json:"email_redirect_to,omitempty"`
	// CaptchaToken (sent as the query parameter 'captcha_token'): The `captcha_token` from `POST
	// /captcha/data/verify`, after a `captcha_required` error (the official SDK sends it here).
	CaptchaToken *string `json:"-" param:"captcha_token" cloudbase:"secret"`
	// XCaptchaToken (sent as the header parameter 'x-captcha-token'): Captcha token, after a
	// `captcha_required` error (the docs send it here).
	XCaptchaToken *string `json:"-" param:"x-captcha-token" cloudbase:"secret"`
}

// String shows the set fields of a VerificationRequest, its secrets as [REDACTED].
func (r VerificationRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r VerificationRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r VerificationRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r VerificationRequest) LogValue() slog.Value {
	return logStruct(r)
}

// VerificationResponse: The VerificationResponse object.
type VerificationResponse struct {
	// VerificationID: Names this code for `POST /verification/verify`.
	VerificationID string `json:"verification_id"`
	// ExpiresIn: Seconds the code stays valid (600).
	ExpiresIn int `json:"expires_in"`
	// IsUser: True when an account exists (sign in next), false or absent otherwise (sign up).
	IsUser *bool `json:"is_user,omitempty"`
}

// VerifyCaptchaRequest: A captcha and the user's answer.
type VerifyCaptchaRequest struct {
	// Token: From `POST /captcha/data`.
	Token string `json:"token" cloudbase:"secret"`
	// Key: The text the user read off the image.
	Key string `json:"key" cloudbase:"secret"`
}

// String shows the set fields of a VerifyCaptchaRequest, its secrets as [REDACTED].
func (r VerifyCaptchaRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r VerifyCaptchaRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r VerifyCaptchaRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r VerifyCaptchaRequest) LogValue() slog.Value {
	return logStruct(r)
}

// VerifyRequest: The VerifyRequest object.
type VerifyRequest struct {
	// VerificationID: From `POST /verification`.
	VerificationID string `json:"verification_id"`
	// VerificationCode: The 6-digit code the user received.
	VerificationCode string `json:"verification_code" cloudbase:"secret"`
}

// String shows the set fields of a VerifyRequest, its secrets as [REDACTED].
func (r VerifyRequest) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r VerifyRequest) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r VerifyRequest) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r VerifyRequest) LogValue() slog.Value {
	return logStruct(r)
}

// VerifyResponse: The VerifyResponse object.
type VerifyResponse struct {
	// VerificationToken: Proof of the verified phone number or email.
	VerificationToken string `json:"verification_token" cloudbase:"secret"`
	// ExpiresIn: Seconds the token stays valid (600).
	ExpiresIn int `json:"expires_in"`
}

// String shows the set fields of a VerifyResponse, its secrets as [REDACTED].
func (r VerifyResponse) String() string {
	return showStruct(r)
}

// GoString is String: %#v shows no secret either.
func (r VerifyResponse) GoString() string {
	return showStruct(r)
}

// Format makes every fmt verb print String.
func (r VerifyResponse) Format(f fmt.State, verb rune) {
	_, _ = fmt.Fprint(f, showStruct(r))
}

// LogValue shows the set fields to log/slog, its secrets as [REDACTED].
func (r VerifyResponse) LogValue() slog.Value {
	return logStruct(r)
}

// WechatNoAuthSignInRequest: Free-form in the official SDK; the fields here are inferred (see the
// operation).
type WechatNoAuthSignInRequest struct {
	// Appid: The mini-program's AppID.
	Appid *string `json:"appid,omitempty"`
	// Openid: The WeChat user's OpenID in that mini-program.
	Openid *string `json:"openid,omitempty"`
}

// WedaUserInfo: The signed-in user for WeDa; the fields are inferred and others may appear.
type WedaUserInfo struct {
	// Sub: The user ID.
	Sub string `json:"sub"`
	// UserID: The user ID again, under the name WeDa uses.
	UserID *string `json:"user_id,omitempty"`
	// UserType: `internal` for a registered user, `anonymous` for an anonymous one.
	UserType *string `json:"user_type,omitempty"`
	// Name: The display name apps show for the user.
	Name *string `json:"name,omitempty"`
	// Username: The username.
	Username *string `json:"username,omitempty"`
	// Picture: The URL of the user's avatar image (`https://...`), as it was set.
	Picture *string `json:"picture,omitempty"`
	// Email: The account's email address, when it has one.
	Email *string `json:"email,omitempty"`
	// PhoneNumber: The phone number.
	PhoneNumber *string `json:"phone_number,omitempty"`
}
