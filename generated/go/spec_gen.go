// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

// The spec's data for the runtime (see specdata.go): servers, regions, secret names, the
// refresh, introspection and administrator's token operations and the package version.
func init() {
	spec.GatewayURL = "https://{envId}.api.tcloudbasegateway.com/auth/v1"
	spec.IntlGatewayURL = "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1"
	spec.ChinaRegions = []string{"ap-shanghai", "ap-guangzhou", "ap-shenzhen-fsi", "ap-shanghai-fsi", "ap-nanjing", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-hongkong"}
	spec.IntlRegions = []string{"ap-singapore", "ap-jakarta", "ap-bangkok", "ap-seoul", "ap-tokyo", "ap-mumbai", "na-siliconvalley", "na-ashburn", "na-toronto", "sa-saopaulo", "eu-frankfurt"}
	spec.SecretFields = []string{"access_token", "anonymous_token", "captcha_token", "client_secret", "code", "code_verifier", "confirm_password", "device_code", "encryptedData", "id_token", "key", "new_password", "old_password", "password", "provider_access_token", "provider_code", "provider_id_token", "provider_token", "provider_trans_token", "refresh_token", "sudo_token", "ticket", "token", "verification_code", "verification_token", "x-captcha-token"}
	spec.Refresh = operationGrantToken
	spec.RefreshBody = map[string]string{"grant_type": "refresh_token"}
	spec.AdminToken = &operationGetClientCredential
	spec.Introspect = operationIntrospectToken
	spec.Version = "2.1.0"
}
