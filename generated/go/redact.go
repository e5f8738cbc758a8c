// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Redacted replaces every secret the client shows, logs or puts in an error.
const Redacted = "[REDACTED]"

// builtinSecretFields are secret whatever the spec says (lower-case); the same list as the
// Python client's. The spec's x-secret names are added from the generated data.
var builtinSecretFields = []string{
	"access_token", "anonymous_token", "authorization", "captcha_token", "client_secret", "code",
	"code_verifier", "confirm_password", "device_code", "encrypt_new_password", "encrypt_password",
	"id_token", "new_password", "old_password", "password", "private_key", "provider_access_token",
	"provider_code", "provider_id_token", "provider_token", "provider_trans_token",
	"proxy-authorization", "refresh_token", "secret_key", "secretkey", "sudo_token", "ticket",
	"token", "verification_code", "verification_token", "x-captcha-token",
}

// IsSecretField reports whether a JSON field, query parameter or header of this name carries a
// secret: a built-in name or one the spec marks x-secret (case-insensitive).
func IsSecretField(name string) bool {
	lowered := strings.ToLower(name)
	for _, n := range builtinSecretFields {
		if n == lowered {
			return true
		}
	}
	for _, n := range spec.SecretFields {
		if strings.ToLower(n) == lowered {
			return true
		}
	}
	return false
}

// Redact returns a copy of a decoded JSON value (maps, slices, scalars as encoding/json
// produces them) with the value of every secret-named field replaced by Redacted.
func Redact(value any) any {
	switch v := value.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, item := range v {
			if IsSecretField(k) {
				out[k] = Redacted
			} else {
				out[k] = Redact(item)
			}
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, item := range v {
			out[i] = Redact(item)
		}
		return out
	}
	return value
}

// RedactQuery returns a copy of query values with every secret-named parameter's values replaced.
func RedactQuery(query url.Values) url.Values {
	out := make(url.Values, len(query))
	for k, vs := range query {
		if IsSecretField(k) {
			out[k] = []string{Redacted}
		} else {
			out[k] = append([]string(nil), vs...)
		}
	}
	return out
}

var (
	// In free text "code" and "token" alone are too common ("status code: 500") to be keys.
	pairRE = regexp.MustCompile(`(?i)(["']?\b(?:` + secretKeyPattern() + `)\b["']?\s*[:=]\s*)(["']?)([^"'\s,&;}\]]+)`)
	authRE = regexp.MustCompile(`(?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+`)
	jwtRE  = regexp.MustCompile(`\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`)
	pemRE  = regexp.MustCompile(`(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)`)
)

func secretKeyPattern() string {
	names := make([]string, 0, len(builtinSecretFields))
	for _, n := range builtinSecretFields {
		if strings.Contains(n, "-") || n == "code" || n == "token" {
			continue
		}
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	return strings.Join(names, "|")
}

// RedactText returns text with the given literal secret values (those of 4 characters or
// more: shorter ones would mangle ordinary words) and secret-looking patterns (Bearer/Basic
// credentials, JWTs, PEM private keys, password=... pairs) replaced by Redacted.
func RedactText(text string, secrets ...string) string {
	literal := make([]string, 0, len(secrets))
	for _, s := range secrets {
		if len(s) >= 4 {
			literal = append(literal, s)
		}
	}
	sort.Slice(literal, func(i, j int) bool { return len(literal[i]) > len(literal[j]) })
	for _, s := range literal {
		text = strings.ReplaceAll(text, s, Redacted)
	}
	text = pemRE.ReplaceAllString(text, Redacted)
	text = authRE.ReplaceAllString(text, "$1 "+Redacted)
	text = jwtRE.ReplaceAllString(text, Redacted)
	return pairRE.ReplaceAllStringFunc(text, func(match string) string {
		m := pairRE.FindStringSubmatch(match)
		if strings.HasPrefix(m[3], "[REDACTED") {
			return match
		}
		return m[1] + m[2] + Redacted
	})
}
