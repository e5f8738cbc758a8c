package cloudbase

// specInfo is what the runtime needs to know from the spec beyond single operations. The
// generated code replaces the built-in values below in an init function (operations.go), so
// the runtime compiles, and its tests run, without any generated file.
type specInfo struct {
	// GatewayURL and IntlGatewayURL are the mainland and international base URLs; "{envId}"
	// is replaced by the environment id.
	GatewayURL     string
	IntlGatewayURL string
	// ChinaRegions are the regions served by GatewayURL; every other region uses IntlGatewayURL.
	ChinaRegions []string
	// SecretFields are the spec's x-secret field and parameter names, redacted everywhere on
	// top of the built-in ones.
	SecretFields []string
	// Refresh is the operation that refreshes a session (POST /token with a refresh_token grant).
	Refresh OperationSpec
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
	Refresh: OperationSpec{
		OperationID:   "grantToken",
		Method:        "POST",
		Path:          "/token",
		Auth:          AuthNone,
		StoresSession: true,
		SendsClientID: true,
	},
	Introspect: OperationSpec{
		OperationID: "introspectToken",
		Method:      "GET",
		Path:        "/token/introspect",
		Auth:        AuthBearer,
	},
	Version: "0.0.0-dev",
}
