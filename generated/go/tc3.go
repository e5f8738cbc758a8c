// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// TC3Credentials is an API key pair (and, for temporary keys, a session token) that signs
// requests with TC3-HMAC-SHA256, as @cloudbase/node-sdk signs POST /token/clientCredential.
// Its String, GoString, fmt verbs and slog output never show the secret key or the token.
type TC3Credentials struct {
	secretID     string
	secretKey    string
	sessionToken string
}

// NewTC3Credentials checks and holds an API key pair.
func NewTC3Credentials(secretID, secretKey, sessionToken string) (*TC3Credentials, error) {
	secretID = strings.TrimSpace(secretID)
	if secretID == "" {
		return nil, errors.New("TC3 credentials: the secret id must not be empty")
	}
	if secretKey == "" {
		return nil, errors.New("TC3 credentials: the secret key must not be empty")
	}
	return &TC3Credentials{secretID: secretID, secretKey: secretKey, sessionToken: sessionToken}, nil
}

// SecretID is the public half of the key pair.
func (t TC3Credentials) SecretID() string { return t.secretID }

func (t TC3Credentials) String() string {
	return fmt.Sprintf("TC3Credentials{SecretID: %q, SecretKey: %s}", t.secretID, Redacted)
}
func (t TC3Credentials) GoString() string              { return t.String() }
func (t TC3Credentials) Format(f fmt.State, verb rune) { _, _ = fmt.Fprint(f, t.String()) }
func (t TC3Credentials) LogValue() slog.Value {
	return slog.GroupValue(slog.String("secret_id", t.secretID), slog.String("secret_key", Redacted))
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func hmacSHA256(key []byte, msg string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// authorization is the Authorization value for one request, signing content-type and host
// (the two headers TC3 requires) like the Python client: path and query as on the wire,
// body the exact bytes sent, timestamp Unix seconds.
func (t *TC3Credentials) authorization(method, path, query, host, contentType string, body []byte, timestamp int64) string {
	const algorithm, service = "TC3-HMAC-SHA256", "tcb"
	if strings.HasPrefix(contentType, "multipart/form-data") {
		contentType = "multipart/form-data"
	}
	headers := "content-type:" + contentType + "\nhost:" + strings.ToLower(strings.TrimSpace(host)) + "\n"
	signed := "content-type;host"
	canonical := strings.Join([]string{method, path, query, headers, signed, sha256Hex(body)}, "\n")
	date := time.Unix(timestamp, 0).UTC().Format("2006-01-02")
	scope := date + "/" + service + "/tc3_request"
	toSign := fmt.Sprintf("%s\n%d\n%s\n%s", algorithm, timestamp, scope, sha256Hex([]byte(canonical)))
	key := hmacSHA256([]byte("TC3"+t.secretKey), date)
	key = hmacSHA256(key, service)
	key = hmacSHA256(key, "tc3_request")
	signature := hex.EncodeToString(hmacSHA256(key, toSign))
	value := fmt.Sprintf("%s Credential=%s/%s, SignedHeaders=%s, Signature=%s, Timestamp=%d", algorithm, t.secretID, scope, signed, signature, timestamp)
	if t.sessionToken != "" {
		value += ", Token=" + t.sessionToken
	}
	return value
}
