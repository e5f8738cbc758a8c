// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

type ticketCase struct {
	Name      string
	Env       string
	UID       string
	NowMS     int64
	RefreshMS int64
	ExpireMS  int64
	KeyID     string
	Ticket    string
}

func testKeyPEM(t *testing.T) string {
	t.Helper()
	return goldenTicketKey
}

func optionsFor(c ticketCase) TicketOptions {
	opts := TicketOptions{Now: time.UnixMilli(c.NowMS)}
	if c.RefreshMS != 0 {
		opts.Refresh = time.Duration(c.RefreshMS) * time.Millisecond
	}
	if c.ExpireMS != 0 {
		opts.ExpireAt = time.UnixMilli(c.ExpireMS)
	}
	return opts
}

// The Python client's create_ticket made goldenTickets (tests/go/golden.py) for the same key,
// clock and arguments: the Go ticket is the same, byte for byte.
func TestCreateTicketMatchesPythonGolden(t *testing.T) {
	cases := goldenTickets
	if len(cases) < 4 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	key := testKeyPEM(t)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			creds := TicketCredentials{PrivateKeyID: c.KeyID, PrivateKey: key, EnvID: c.Env}
			got, err := CreateTicket(creds, c.UID, optionsFor(c))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.Ticket {
				t.Fatalf("ticket differs from Python's\n got %s\nwant %s", got, c.Ticket)
			}
		})
	}
}

func TestCreateTicketClaims(t *testing.T) {
	creds := TicketCredentials{PrivateKeyID: "kid", PrivateKey: testKeyPEM(t), EnvID: "env-1"}
	ticket, err := CreateTicket(creds, "user_0001", TicketOptions{Now: time.UnixMilli(1758597487691)})
	if err != nil {
		t.Fatal(err)
	}
	kid, jwt, ok := strings.Cut(ticket, "/@@/")
	if !ok || kid != "kid" {
		t.Fatalf("bad ticket prefix: %q", kid)
	}
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 {
		t.Fatal("not a JWT")
	}
	payload := decodeSegment(t, parts[1])
	want := `{"alg":"RS256","env":"env-1","iat":1758597487691,"exp":1758598087691,"uid":"user_0001","refresh":3600000,"expire":1759202287691}`
	if payload != want {
		t.Fatalf("payload\n got %s\nwant %s", payload, want)
	}
	if header := decodeSegment(t, parts[0]); header != `{"alg":"RS256","typ":"JWT"}` {
		t.Fatalf("header %s", header)
	}
}

func decodeSegment(t *testing.T, s string) string {
	t.Helper()
	out, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestCreateTicketRefusals(t *testing.T) {
	key := testKeyPEM(t)
	good := TicketCredentials{PrivateKeyID: "kid", PrivateKey: key, EnvID: "env-1"}
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 1024)
	pub, _ := x509.MarshalPKIXPublicKey(&rsaKey.PublicKey)
	pubPEM := string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}))
	cases := []struct {
		name  string
		creds TicketCredentials
		uid   string
		opts  TicketOptions
		want  string
	}{
		{"uid too short", good, "abc", TicketOptions{}, `invalid uid: "abc"`},
		{"uid with a space", good, "user 0001", TicketOptions{}, "invalid uid"},
		{"uid too long", good, strings.Repeat("a", 33), TicketOptions{}, "invalid uid"},
		{"no env", TicketCredentials{PrivateKeyID: "kid", PrivateKey: key}, "user_0001", TicketOptions{}, "no env_id"},
		{"other env", good, "user_0001", TicketOptions{EnvID: "env-2"}, `belong to env "env-1", not to "env-2"`},
		{"no key id", TicketCredentials{PrivateKey: key, EnvID: "env-1"}, "user_0001", TicketOptions{}, "no private_key_id"},
		{"no key", TicketCredentials{PrivateKeyID: "kid", EnvID: "env-1"}, "user_0001", TicketOptions{}, "no private_key"},
		{"not PEM", TicketCredentials{PrivateKeyID: "kid", PrivateKey: "hello", EnvID: "env-1"}, "user_0001", TicketOptions{}, "not a PEM RSA private key"},
		{"public key", TicketCredentials{PrivateKeyID: "kid", PrivateKey: pubPEM, EnvID: "env-1"}, "user_0001", TicketOptions{}, "is a public key"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := CreateTicket(c.creds, c.uid, c.opts)
			var ticketErr *TicketError
			if !errors.As(err, &ticketErr) {
				t.Fatalf("want a *TicketError, got %v", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q does not say %q", err, c.want)
			}
			if strings.Contains(err.Error(), "PRIVATE KEY") || strings.Contains(err.Error(), "MII") {
				t.Fatalf("error shows the key: %q", err)
			}
		})
	}
}

func TestTicketCredentialsNeverShowTheKey(t *testing.T) {
	raw := []byte(`{"private_key_id":"kid","private_key":"-----BEGIN PRIVATE KEY-----\nMIIsecret\n-----END PRIVATE KEY-----\n","env_id":"env-1"}`)
	creds, err := ParseTicketCredentials(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, shown := range []string{fmt.Sprint(creds), fmt.Sprintf("%+v", creds), fmt.Sprintf("%#v", creds), fmt.Sprintf("%v", &creds), creds.String(), logged(t, "creds", creds)} {
		if strings.Contains(shown, "MIIsecret") || !strings.Contains(shown, "kid") {
			t.Fatalf("shown as %q", shown)
		}
	}
	dir := t.TempDir()
	path := dir + "/tcb_custom_login.json"
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadTicketCredentials(path)
	if err != nil || loaded.PrivateKeyID != "kid" || loaded.EnvID != "env-1" {
		t.Fatalf("loaded %v, %v", loaded, err)
	}
	if _, err := LoadTicketCredentials(dir + "/missing.json"); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Fatalf("missing file: %v", err)
	}
}

// A refused ticket says when it expired (from its claims), never showing the ticket.
func TestRefusedTicketSaysWhenItExpired(t *testing.T) {
	creds := TicketCredentials{PrivateKeyID: "kid", PrivateKey: testKeyPEM(t), EnvID: "env-1"}
	issued := time.Now().Add(-time.Hour)
	ticket, err := CreateTicket(creds, "user_0001", TicketOptions{Now: issued})
	if err != nil {
		t.Fatal(err)
	}
	c := answering(t, 400, `{"error":"invalid_grant","error_description":"ticket is invalid or expired"}`)
	op := OperationSpec{OperationID: "signInCustom", Method: "POST", Path: "/signin/custom", Auth: AuthNone, StoresSession: true}
	err = c.do(context.Background(), op, nil, nil, nil, map[string]any{"provider_id": "custom", "ticket": ticket}, nil)
	if err == nil || !strings.Contains(err.Error(), "the ticket expired at") || !strings.Contains(err.Error(), "CreateTicket") {
		t.Fatalf("%v", err)
	}
	if strings.Contains(err.Error(), ticket[10:40]) {
		t.Fatalf("the ticket is shown: %v", err)
	}
	fresh, _ := CreateTicket(creds, "user_0001", TicketOptions{})
	err = c.do(context.Background(), op, nil, nil, nil, map[string]any{"provider_id": "custom", "ticket": fresh}, nil)
	if err == nil || !strings.Contains(err.Error(), "the service's clock may be ahead") {
		t.Fatalf("a valid ticket the service calls expired: %v", err)
	}
	if hint := ticketExpiryHint("not a ticket", time.Now(), true); hint != "" {
		t.Fatal(hint)
	}
}
