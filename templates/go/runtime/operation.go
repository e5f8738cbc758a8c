package cloudbase

// Auth modes of an operation, exactly as the spec's IR and the Python client name them.
const (
	AuthNone           = "none"            // no credentials; client_id in the query
	AuthBearer         = "bearer"          // the session's access token (no session: ErrNotSignedIn)
	AuthBearerOptional = "bearer_optional" // the access token when signed in, else client_id
	AuthBearerOrBasic  = "bearer_or_basic" // the access token when signed in, else client credentials
	AuthBasic          = "basic"           // client credentials (Basic client_id:client_secret)
	AuthSecretBasic    = "secret_basic"    // client credentials, never client_id in the query
	AuthTC3            = "tc3"             // a TC3-HMAC-SHA256 signature with an API key pair
)

// OperationSpec is what the request pipeline needs to know about one operation of the spec.
// The generated code holds one per operation.
type OperationSpec struct {
	OperationID   string // e.g. "getUserMe"
	Method        string // e.g. "GET"
	Path          string // relative to the base URL (which ends in /auth/v1), e.g. "/user/provider/{provider_id}"
	Auth          string // one of the Auth* constants
	StoresSession bool   // a 2xx body is a token response: it becomes the session
	ClearsSession bool   // the local session is cleared after a 2xx
	SendsClientID bool   // client_id goes in the query whenever no Bearer token is sent (the IR's rule)
	// Fixed are the request fields the spec pins to one value (a const or a one-value enum):
	// sent with that value when the caller leaves them out (absent, or Go's zero value).
	Fixed []FixedValue
}

// FixedValue is a request field with the one value the spec allows, e.g. {In: "body", Name:
// "provider_id", Value: "custom"}. In is "body" (a top-level field of the JSON body), "query"
// or "header".
type FixedValue struct {
	In    string
	Name  string
	Value any
}

func validAuth(mode string) bool {
	switch mode {
	case AuthNone, AuthBearer, AuthBearerOptional, AuthBearerOrBasic, AuthBasic, AuthSecretBasic, AuthTC3:
		return true
	}
	return false
}
