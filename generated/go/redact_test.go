// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"
)

func logged(t *testing.T, key string, value any) string {
	t.Helper()
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	logger.Info("x", key, value)
	text := &bytes.Buffer{}
	slog.New(slog.NewTextHandler(text, nil)).Info("x", key, value)
	return buf.String() + text.String()
}

func TestSessionNeverShowsItsTokens(t *testing.T) {
	s := Session{AccessToken: "eyJaccess.secret.token", RefreshToken: "refresh-secret-1", TokenType: "Bearer", Sub: "u-1", ExpiresAt: time.Unix(2000000000, 0)}
	shown := []string{
		s.String(), s.GoString(), fmt.Sprint(s), fmt.Sprintf("%v|%+v|%#v|%s|%q", s, s, s, s, s),
		fmt.Sprintf("%v|%+v|%#v", &s, &s, &s), fmt.Sprintf("%v", []Session{s}), fmt.Sprintf("%+v", struct{ S *Session }{&s}),
		logged(t, "session", s), logged(t, "session", &s),
	}
	for _, text := range shown {
		if strings.Contains(text, "secret") {
			t.Fatalf("a token is shown: %s", text)
		}
		if !strings.Contains(text, "u-1") && !strings.Contains(text, "0x") {
			t.Fatalf("the session's public fields are not shown: %s", text)
		}
	}
}

func TestClientAndCredentialsNeverShowSecrets(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t, WithClientCredentials("cid", "client-secret-42"), WithTC3Credentials("AKIDpublic", "tc3-secret-key", "tc3-session-token"))
	signInAnonymously(t, c)
	tc3 := c.tc3
	for _, text := range []string{
		fmt.Sprint(c), fmt.Sprintf("%+v|%#v|%v", c, c, c), logged(t, "client", c),
		fmt.Sprint(tc3), fmt.Sprintf("%+v|%#v|%v", tc3, tc3, *tc3), logged(t, "tc3", tc3), logged(t, "tc3", *tc3),
	} {
		for _, secret := range []string{"client-secret-42", "tc3-secret-key", "tc3-session-token", "access-0001", "refresh-0001"} {
			if strings.Contains(text, secret) {
				t.Fatalf("%q shown in %s", secret, text)
			}
		}
	}
}

func TestRedactBlanksSecretFieldsByName(t *testing.T) {
	got := Redact(map[string]any{
		"username": "ann", "password": "pw-1", "Refresh_Token": "r",
		"nested": []any{map[string]any{"verification_code": "123456", "phone": "+86 1"}},
	}).(map[string]any)
	if got["username"] != "ann" || got["password"] != Redacted || got["Refresh_Token"] != Redacted {
		t.Fatalf("%v", got)
	}
	inner := got["nested"].([]any)[0].(map[string]any)
	if inner["verification_code"] != Redacted || inner["phone"] != "+86 1" {
		t.Fatalf("%v", inner)
	}
	q := RedactQuery(url.Values{"sudo_token": {"s3cret"}, "client_id": {"env"}})
	if q.Get("sudo_token") != Redacted || q.Get("client_id") != "env" {
		t.Fatalf("%v", q)
	}
}

func TestRedactTextPatterns(t *testing.T) {
	text := `Bearer abc.def password=hunter22 "refresh_token": "r-123" eyJhbGciOi.eyJzdWIi.sig -----BEGIN PRIVATE KEY-----
MIIE
-----END PRIVATE KEY----- literal-secret status code 500`
	got := RedactText(text, "literal-secret", "abc")
	for _, secret := range []string{"abc.def", "hunter22", "r-123", "eyJhbGciOi", "MIIE", "literal-secret"} {
		if strings.Contains(got, secret) {
			t.Fatalf("%q left in %s", secret, got)
		}
	}
	if !strings.Contains(got, "status code 500") {
		t.Fatalf("ordinary words mangled: %s", got)
	}
}

func TestSpecSecretFieldsAreRedactedToo(t *testing.T) {
	saved := spec.SecretFields
	spec.SecretFields = []string{"encryptedData"}
	defer func() { spec.SecretFields = saved }()
	if got := Redact(map[string]any{"encrypteddata": "x"}).(map[string]any); got["encrypteddata"] != Redacted {
		t.Fatalf("%v", got)
	}
}

// Debug logs show each request's redacted query and body, never a password or token.
func TestDebugLogsAreRedacted(t *testing.T) {
	f := newFakeAuth(t)
	var buf bytes.Buffer
	c := f.client(t, WithLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	err := c.do(context.Background(), opSignIn, nil, url.Values{"sudo_token": {"query-secret"}}, nil, map[string]any{"username": "ann", "password": "pw-secret-9"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.revokeAll()
	f.refreshError = "invalid_grant"
	err = c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	if !errors.Is(err, ErrorCode("invalid_grant")) {
		t.Fatalf("want invalid_grant, got %v", err)
	}
	text := buf.String()
	for _, secret := range []string{"query-secret", "pw-secret-9", "access-0001", "refresh-0001"} {
		if strings.Contains(text, secret) {
			t.Fatalf("%q in the log:\n%s", secret, text)
		}
	}
	if !strings.Contains(text, "ann") || !strings.Contains(text, "request_id=") {
		t.Fatalf("the log lacks the useful parts:\n%s", text)
	}
	if strings.Contains(err.Error(), "refresh-0001") {
		t.Fatalf("the error shows the refresh token: %v", err)
	}
}
