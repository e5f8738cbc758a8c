package cloudbase

// specInfo is what the runtime needs to know from the spec beyond single operations. The
// generated code replaces the built-in values below in an init function (operations.go), so
// the runtime compiles, and its tests run, without any generated file.
type specInfo struct {
	// GatewayURL and IntlGatewayURL are the mainland and international base URLs; "{envId}"
	// is replaced by the environment id.
	GatewayURL     string
	IntlGatewayURL string
	// ChinaRegions are the regions served by GatewayURL; IntlRegions those served by
	// IntlGatewayURL. WithRegion refuses a region in neither list.
	ChinaRegions []string
	IntlRegions  []string
	// SecretFields are the spec's x-secret field and parameter names, redacted everywhere on
	// top of the built-in ones.
	SecretFields []string
	// Refresh is the operation that refreshes a session (POST /token with a refresh_token grant),
	// RefreshBody the constant fields of its body.
	Refresh     OperationSpec
	RefreshBody map[string]string
	// AdminToken is the operation, signed with the API key pair, whose answer is an
	// administrator's session (POST /token/clientCredential): a client with the key pair calls
	// it again when that session expires (it has no refresh token). Nil: none.
	AdminToken *OperationSpec
	// Introspect is the operation that says whether an access token is active (GET
	// /token/introspect with the token as Bearer): the Verifier's only call.
	Introspect OperationSpec
	// Version is the package version sent in x-sdk-version.
	Version string
}

var spec = specInfo{
	GatewayURL:     "https://{envId}.api.tcloudbasegateway.com/auth/v1",
	IntlGatewayURL: "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1",
	ChinaRegions: []string{
		"ap-shanghai", "ap-guangzhou", "ap-shenzhen-fsi", "ap-shanghai-fsi", "ap-nanjing",
		"ap-beijing", "ap-chengdu", "ap-chongqing", "ap-hongkong",
	},
	IntlRegions: []string{
		"ap-singapore", "ap-jakarta", "ap-bangkok", "ap-seoul", "ap-tokyo", "ap-mumbai",
		"na-siliconvalley", "na-ashburn", "na-toronto", "sa-saopaulo", "eu-frankfurt",
	},
	Refresh: OperationSpec{
		OperationID:   "grantToken",
		Method:        "POST",
		Path:          "/token",
		Auth:          AuthNone,
		StoresSession: true,
		SendsClientID: true,
	},
	RefreshBody: map[string]string{"grant_type": "refresh_token"},
	AdminToken: &OperationSpec{
		OperationID:   "getClientCredential",
		Method:        "POST",
		Path:          "/token/clientCredential",
		Auth:          AuthTC3,
		StoresSession: true,
		Fixed:         []FixedValue{{In: "body", Name: "grant_type", Value: "client_credentials"}},
	},
	Introspect: OperationSpec{
		OperationID: "introspectToken",
		Method:      "GET",
		Path:        "/token/introspect",
		Auth:        AuthBearer,
	},
	Version: "0.0.0-dev",
}
