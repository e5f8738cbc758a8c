// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestDefaultBaseURLFromRegion(t *testing.T) {
	cases := map[string]string{
		"":             "https://my-env.api.tcloudbasegateway.com/auth/v1",
		"ap-guangzhou": "https://my-env.api.tcloudbasegateway.com/auth/v1",
		"ap-singapore": "https://my-env.api.intl.tcloudbasegateway.com/auth/v1",
	}
	for region, want := range cases {
		opts := []Option{}
		if region != "" {
			opts = append(opts, WithRegion(region))
		}
		c, err := New("my-env", opts...)
		if err != nil {
			t.Fatal(err)
		}
		if c.BaseURL() != want {
			t.Fatalf("%s: %s", region, c.BaseURL())
		}
	}
}

func TestNewRefusesBadConfiguration(t *testing.T) {
	cases := []struct {
		env  string
		opts []Option
		want string
	}{
		{"", nil, "must not be empty"},
		{"bad env/..", nil, "may only hold"},
		{"env", []Option{WithBaseURL("ftp://x/auth/v1")}, "absolute http(s) URL"},
		{"env", []Option{WithBaseURL("/auth/v1")}, "absolute http(s) URL"},
		{"env", []Option{WithBaseURL("http://x/auth/v1?a=b")}, "must not have a query"},
		{"env", []Option{WithRetry(-1)}, "retries"},
		{"env", []Option{WithTimeout(-time.Second)}, "timeout"},
		{"env", []Option{WithStorage(nil)}, "nil Storage"},
		{"env", []Option{WithHTTPClient(nil)}, "nil *http.Client"},
		{"env", []Option{WithDeviceID(strings.Repeat("d", 80))}, "device id"},
		{"env", []Option{WithTC3Credentials("", "k", "")}, "secret id"},
	}
	for _, c := range cases {
		_, err := New(c.env, c.opts...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%q): %v, want %q", c.env, err, c.want)
		}
	}
	c, err := New("env", WithBaseURL("http://user:pw-secret@127.0.0.1:9/auth/v1/"))
	if err != nil || strings.Contains(c.BaseURL(), "pw-secret") || c.BaseURL() != "http://127.0.0.1:9/auth/v1" {
		t.Fatalf("userinfo: %v %v", c, err)
	}
}

// The wire of one call: method, percent-encoded path, client_id, headers, JSON body.
func TestRequestOnTheWire(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t, WithDeviceID("device-0123456789abcdef"))
	body := map[string]any{"username": "ann<&>", "password": "pw"}
	_ = c.do(context.Background(), opSignIn, nil, url.Values{"lang": {"zh"}}, nil, body, nil)
	req, raw := f.lastRequest()
	if req.Method != "POST" || req.URL.Path != "/auth/v1/signin" {
		t.Fatalf("%s %s", req.Method, req.URL.Path)
	}
	q := req.URL.Query()
	if q.Get("client_id") != "test-env" || q.Get("lang") != "zh" {
		t.Fatalf("query %v", q)
	}
	if raw != `{"password":"pw","username":"ann<&>"}` {
		t.Fatalf("body %s", raw)
	}
	h := req.Header
	if h.Get("Content-Type") != "application/json" || h.Get("Accept") != "application/json" || h.Get("X-Device-Id") != "device-0123456789abcdef" {
		t.Fatalf("headers %v", h)
	}
	if !strings.HasPrefix(h.Get("X-Sdk-Version"), "cloudbase-auth-go/") || h.Get("Authorization") != "" {
		t.Fatalf("headers %v", h)
	}
	first := h.Get("X-Request-Id")
	_ = c.do(context.Background(), opSignIn, nil, nil, nil, body, nil)
	req2, _ := f.lastRequest()
	if len(first) != 32 || req2.Header.Get("X-Request-Id") == first {
		t.Fatalf("request ids %q %q", first, req2.Header.Get("X-Request-Id"))
	}
	if req2.Header.Get("X-Device-Id") != "device-0123456789abcdef" {
		t.Fatal("the device id changed")
	}
}

func TestDeviceIDPersistsInStorage(t *testing.T) {
	f := newFakeAuth(t)
	store := NewMemoryStorage()
	a := f.client(t, WithStorage(store))
	b := f.client(t, WithStorage(store))
	if len(a.DeviceID()) != 32 || a.DeviceID() != b.DeviceID() {
		t.Fatalf("%q %q", a.DeviceID(), b.DeviceID())
	}
	other := f.client(t)
	if other.DeviceID() == a.DeviceID() {
		t.Fatal("two stores share a device id")
	}
}

func TestPathParametersArePercentEncoded(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	signInAnonymously(t, c)
	_ = c.do(context.Background(), opUnbindProvider, map[string]string{"provider_id": "a/b c?d%"}, nil, nil, nil, nil)
	req, _ := f.lastRequest()
	if req.URL.EscapedPath() != "/auth/v1/user/provider/a%2Fb%20c%3Fd%25" {
		t.Fatalf("path %s", req.URL.EscapedPath())
	}
	if err := c.do(context.Background(), opUnbindProvider, nil, nil, nil, nil, nil); err == nil || !strings.Contains(err.Error(), "provider_id") {
		t.Fatalf("missing path parameter: %v", err)
	}
}

// client_id goes on every call without a Bearer token (the JS SDK's rule).
func TestClientIDRule(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t, WithClientCredentials("my-client", "s3cret-client"))
	_ = c.do(context.Background(), opSendVerification, nil, nil, nil, map[string]any{}, nil)
	req, _ := f.lastRequest()
	if req.URL.Query().Get("client_id") != "my-client" || req.Header.Get("Authorization") != "" {
		t.Fatalf("signed out bearer_optional: %v %q", req.URL.Query(), req.Header.Get("Authorization"))
	}
	_ = c.do(context.Background(), opBasic, nil, nil, nil, map[string]any{}, nil)
	req, _ = f.lastRequest()
	user, pass, ok := req.BasicAuth()
	if !ok || user != "my-client" || pass != "s3cret-client" || req.URL.Query().Get("client_id") != "my-client" {
		t.Fatalf("basic: %v %q", req.URL.Query(), req.Header.Get("Authorization"))
	}
	signInAnonymously(t, c)
	_ = c.do(context.Background(), opSendVerification, nil, nil, nil, map[string]any{}, nil)
	req, _ = f.lastRequest()
	if req.URL.Query().Has("client_id") || !strings.HasPrefix(req.Header.Get("Authorization"), "Bearer ") {
		t.Fatalf("signed in bearer_optional: %v %q", req.URL.Query(), req.Header.Get("Authorization"))
	}
}

// Credentials go only to the configured host; redirects are not followed.
func TestTokensOnlyToTheConfiguredHost(t *testing.T) {
	var elsewhere int
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		elsewhere++
		writeJSON(w, 200, map[string]any{})
	}))
	defer other.Close()
	f := newFakeAuth(t)
	c := f.client(t)
	signInAnonymously(t, c)
	err := c.do(context.Background(), opGetUserMe, nil, nil, http.Header{"Host": {"evil.example"}}, nil, nil)
	if err == nil || !strings.Contains(err.Error(), "refusing to send credentials") {
		t.Fatalf("Host override: %v", err)
	}
	redirecting := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/auth/v1/user/me", http.StatusFound)
	}))
	defer redirecting.Close()
	c2, _ := New("env", WithBaseURL(redirecting.URL+"/auth/v1"), WithRetry(0))
	_ = c2.SetSession(Session{AccessToken: "tok-123456"})
	err = c2.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	if elsewhere != 0 {
		t.Fatal("a redirect was followed")
	}
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 302 {
		t.Fatalf("redirect answer: %v", err)
	}
}

func TestWithHTTPClientIsUsedAndNotChanged(t *testing.T) {
	f := newFakeAuth(t)
	var used int
	hc := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		used++
		return http.DefaultTransport.RoundTrip(r)
	})}
	c := f.client(t, WithHTTPClient(hc))
	signInAnonymously(t, c)
	if used != 1 || hc.CheckRedirect != nil {
		t.Fatalf("used %d, CheckRedirect changed: %v", used, hc.CheckRedirect != nil)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestAnswerDecodedIntoOut(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	signInAnonymously(t, c)
	var me struct {
		Sub  string `json:"sub"`
		Name string `json:"name"`
	}
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, &me); err != nil {
		t.Fatal(err)
	}
	if me.Sub != "u-1" || me.Name != "anonymous" {
		t.Fatalf("%+v", me)
	}
}

type tc3Case struct {
	SecretID      string
	SecretKey     string
	Token         string
	Method        string
	Path          string
	Query         string
	Host          string
	ContentType   string
	Body          string
	Timestamp     int64
	Authorization string
}

// goldenTC3 holds the Python client's signatures (tests/go/golden.py).
func TestTC3MatchesPythonGolden(t *testing.T) {
	if len(goldenTC3) == 0 {
		t.Fatal("no TC3 cases")
	}
	for _, c := range goldenTC3 {
		creds, err := NewTC3Credentials(c.SecretID, c.SecretKey, c.Token)
		if err != nil {
			t.Fatal(err)
		}
		got := creds.authorization(c.Method, c.Path, c.Query, c.Host, c.ContentType, []byte(c.Body), c.Timestamp)
		if got != c.Authorization {
			t.Fatalf("\n got %s\nwant %s", got, c.Authorization)
		}
	}
}

func TestTC3SignsTheClientsOwnRequest(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t, WithTC3Credentials("AKIDclient", "tc3-secret-key-1", ""))
	c.now = func() time.Time { return time.Unix(1764640800, 700_000_000) }
	_ = c.do(context.Background(), opClientCredential, nil, nil, nil, map[string]any{"grant_type": "client_credentials"}, nil)
	req, body := f.lastRequest()
	auth := req.Header.Get("Authorization")
	want := c.tc3.authorization("POST", "/auth/v1/token/clientCredential", "", req.Host, "application/json", []byte(body), 1764640799)
	if auth != want || req.URL.RawQuery != "" {
		t.Fatalf("\n got %s\nwant %s (query %q)", auth, want, req.URL.RawQuery)
	}
	c2 := f.client(t)
	if err := c2.do(context.Background(), opClientCredential, nil, nil, nil, map[string]any{}, nil); err == nil || !strings.Contains(err.Error(), "WithTC3Credentials") {
		t.Fatalf("unsigned: %v", err)
	}
}
