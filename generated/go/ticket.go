// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Custom-login tickets, minted exactly as @cloudbase/node-sdk 3.18.3's createTicket and the
// other clients' ticket functions: private_key_id + "/@@/" + a JWT, RS256 over the header
// {"alg":"RS256","typ":"JWT"} and the payload, in this key order: alg ("RS256" again), env,
// iat (now, epoch milliseconds), exp (iat + 600000: ten minutes), uid, refresh (a duration in
// ms, default one hour) and expire (an absolute epoch time in ms, default iat + seven days).
// RS256 (PKCS #1 v1.5) signatures are deterministic, so for the same key, clock and arguments
// the bytes are the same as theirs.

const (
	ticketLifetimeMS       = 10 * 60 * 1000
	defaultTicketRefresh   = time.Hour
	defaultTicketExpiresIn = 7 * 24 * time.Hour
	ticketHeader           = `{"alg":"RS256","typ":"JWT"}`
	uidRule                = "4-32 characters from letters, digits and _-#@~=*(){}[]:.,<>+"
)

// uidRE is node-sdk's checkCustomUserIdRegex.
var uidRE = regexp.MustCompile(`^[a-zA-Z0-9_\-#@~=*(){}\[\]:.,<>+]{4,32}$`)

// TicketCredentials is the console's tcb_custom_login.json. Its String, GoString, fmt verbs
// and slog output never show the private key.
type TicketCredentials struct {
	PrivateKeyID string `json:"private_key_id"`
	PrivateKey   string `json:"private_key"` // PEM (PKCS #1 or PKCS #8)
	EnvID        string `json:"env_id"`
}

func (t TicketCredentials) String() string {
	return fmt.Sprintf("TicketCredentials{PrivateKeyID: %q, EnvID: %q, PrivateKey: %s}", t.PrivateKeyID, t.EnvID, Redacted)
}
func (t TicketCredentials) GoString() string              { return t.String() }
func (t TicketCredentials) Format(f fmt.State, verb rune) { _, _ = fmt.Fprint(f, t.String()) }
func (t TicketCredentials) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("private_key_id", t.PrivateKeyID),
		slog.String("env_id", t.EnvID),
		slog.String("private_key", Redacted),
	)
}

// TicketError is a ticket that cannot be made (bad uid, bad or mismatched credentials). Its
// text never shows the key.
type TicketError struct{ msg string }

func (e *TicketError) Error() string { return "cloudbase: ticket: " + e.msg }

func ticketErrorf(format string, args ...any) error {
	return &TicketError{msg: fmt.Sprintf(format, args...)}
}

// ParseTicketCredentials reads the content of tcb_custom_login.json.
func ParseTicketCredentials(data []byte) (TicketCredentials, error) {
	var creds TicketCredentials
	var object map[string]any
	if err := json.Unmarshal(data, &object); err != nil || object == nil {
		return creds, ticketErrorf("the credentials are not a JSON object")
	}
	for _, field := range []struct {
		name string
		into *string
	}{{"private_key_id", &creds.PrivateKeyID}, {"private_key", &creds.PrivateKey}, {"env_id", &creds.EnvID}} {
		if v, ok := object[field.name]; ok && v != nil {
			s, isString := v.(string)
			if !isString {
				return creds, ticketErrorf("%s in the credentials is not a string", field.name)
			}
			*field.into = s
		}
	}
	return creds, nil
}

// LoadTicketCredentials reads tcb_custom_login.json from a file.
func LoadTicketCredentials(path string) (TicketCredentials, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return TicketCredentials{}, ticketErrorf("cannot read credentials file %s: %v", path, causeOf(err))
	}
	creds, err := ParseTicketCredentials(data)
	if err != nil {
		return creds, ticketErrorf("credentials file %s is not a JSON object of strings", path)
	}
	return creds, nil
}

// TicketOptions are CreateTicket's optional arguments; the zero value takes the defaults.
type TicketOptions struct {
	// EnvID, when set, must equal the credentials' env_id (default: the credentials' one).
	EnvID string
	// Refresh is the "refresh" claim, a duration sent in milliseconds (default one hour).
	Refresh time.Duration
	// ExpireAt is the "expire" claim, an absolute time sent in epoch ms (default now + 7 days).
	ExpireAt time.Time
	// Now is the issue time, the "iat" claim (default time.Now(); set it in tests).
	Now time.Time
}

// CreateTicket mints a custom-login ticket for uid, for the SignInCustom operation
// (POST /auth/v1/signin/custom). The ticket itself is valid for 10 minutes.
func CreateTicket(creds TicketCredentials, uid string, opts TicketOptions) (string, error) {
	if !uidRE.MatchString(uid) {
		quoted, _ := json.Marshal(uid)
		return "", ticketErrorf("invalid uid: %s (%s)", quoted, uidRule)
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	iat := now.UnixMilli()
	if creds.EnvID == "" {
		return "", ticketErrorf("the credentials contain no env_id: download a new custom-login private key from the CloudBase console")
	}
	env := creds.EnvID
	if opts.EnvID != "" && opts.EnvID != creds.EnvID {
		return "", ticketErrorf("the credentials belong to env %q, not to %q", creds.EnvID, opts.EnvID)
	}
	if !utf8.ValidString(env) {
		return "", ticketErrorf("the env_id is not valid UTF-8")
	}
	if creds.PrivateKeyID == "" {
		return "", ticketErrorf("the credentials contain no private_key_id")
	}
	if strings.TrimSpace(creds.PrivateKey) == "" {
		return "", ticketErrorf("the credentials contain no private_key")
	}
	refresh := defaultTicketRefresh.Milliseconds()
	if opts.Refresh != 0 {
		refresh = opts.Refresh.Milliseconds()
	}
	expire := iat + defaultTicketExpiresIn.Milliseconds()
	if !opts.ExpireAt.IsZero() {
		expire = opts.ExpireAt.UnixMilli()
	}
	key, err := parseRSAPrivateKey(creds.PrivateKey)
	if err != nil {
		return "", err
	}
	var payload strings.Builder
	payload.WriteString(`{"alg":"RS256","env":`)
	payload.WriteString(jsString(env))
	payload.WriteString(`,"iat":` + strconv.FormatInt(iat, 10))
	payload.WriteString(`,"exp":` + strconv.FormatInt(iat+ticketLifetimeMS, 10))
	payload.WriteString(`,"uid":` + jsString(uid))
	payload.WriteString(`,"refresh":` + strconv.FormatInt(refresh, 10))
	payload.WriteString(`,"expire":` + strconv.FormatInt(expire, 10) + `}`)
	b64 := base64.RawURLEncoding
	signingInput := b64.EncodeToString([]byte(ticketHeader)) + "." + b64.EncodeToString([]byte(payload.String()))
	digest := sha256.Sum256([]byte(signingInput))
	signature, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, digest[:])
	if err != nil {
		return "", ticketErrorf("private_key cannot sign with RS256")
	}
	return creds.PrivateKeyID + "/@@/" + signingInput + "." + b64.EncodeToString(signature), nil
}

func parseRSAPrivateKey(text string) (*rsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(strings.TrimSpace(text)))
	if block == nil {
		return nil, ticketErrorf("private_key is not a PEM RSA private key")
	}
	switch block.Type {
	case "RSA PRIVATE KEY":
		if key, err := x509.ParsePKCS1PrivateKey(block.Bytes); err == nil {
			return key, nil
		}
	case "PRIVATE KEY":
		if parsed, err := x509.ParsePKCS8PrivateKey(block.Bytes); err == nil {
			if key, ok := parsed.(*rsa.PrivateKey); ok {
				return key, nil
			}
		}
	case "PUBLIC KEY", "RSA PUBLIC KEY":
		return nil, ticketErrorf("private_key is a public key; a PEM RSA private key is needed")
	}
	return nil, ticketErrorf("private_key is not a PEM RSA private key")
}

// jsString is JSON.stringify of a string (and Python's json.dumps with ensure_ascii=False):
// only '"', '\' and control characters are escaped; "<", ">", "&" and non-ASCII stay as they are.
func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
