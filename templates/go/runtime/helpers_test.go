package cloudbase

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Operations as the generated code declares them (the runtime's tests need no generated file).
var (
	opSignInAnonymously = OperationSpec{OperationID: "signInAnonymously", Method: "POST", Path: "/signin/anonymously", Auth: AuthNone, StoresSession: true, SendsClientID: true}
	opSignIn            = OperationSpec{OperationID: "signIn", Method: "POST", Path: "/signin", Auth: AuthNone, StoresSession: true, SendsClientID: true}
	opGetUserMe         = OperationSpec{OperationID: "getUserMe", Method: "GET", Path: "/user/me", Auth: AuthBearer}
	opSendVerification  = OperationSpec{OperationID: "sendVerification", Method: "POST", Path: "/verification", Auth: AuthBearerOptional, SendsClientID: true}
	opUnbindProvider    = OperationSpec{OperationID: "unbindProvider", Method: "DELETE", Path: "/user/provider/{provider_id}", Auth: AuthBearer}
	opRevoke            = OperationSpec{OperationID: "revoke", Method: "POST", Path: "/revoke", Auth: AuthBearer, ClearsSession: true}
	opBasic             = OperationSpec{OperationID: "basicOp", Method: "POST", Path: "/basic", Auth: AuthBasic, SendsClientID: true}
	opClientCredential  = OperationSpec{OperationID: "grantClientCredential", Method: "POST", Path: "/token/clientCredential", Auth: AuthTC3, StoresSession: true}
)

// fakeAuth is a small CloudBase Auth: anonymous sign-in, refresh with rotation (a refresh
// token works once), /user/me checking the access token. It counts what it is asked.
type fakeAuth struct {
	t          *testing.T
	mu         sync.Mutex
	expiresIn  int
	access     map[string]bool // valid access tokens
	refresh    map[string]bool // unspent refresh tokens
	spent      map[string]bool
	next       int
	refreshes  atomic.Int32
	reused     atomic.Int32 // refresh tokens sent a second time
	meCalls    atomic.Int32
	adminCalls atomic.Int32 // POST /token/clientCredential (TC3-signed)
	revoked    []string     // tokens revoked through POST /revoke
	requests   []*http.Request
	bodies     []string
	srv        *httptest.Server
	// refreshDelay slows each refresh so concurrent callers pile up behind it.
	refreshDelay time.Duration
	// refreshError, when set, is the answer to every refresh.
	refreshError string
	// refuseAccess makes /user/me refuse every access token.
	refuseAccess atomic.Bool
	// onRefresh, when set, runs as each refresh request arrives.
	onRefresh func()
}

func newFakeAuth(t *testing.T) *fakeAuth {
	f := &fakeAuth{t: t, expiresIn: 7200, access: map[string]bool{}, refresh: map[string]bool{}, spent: map[string]bool{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAuth) baseURL() string { return f.srv.URL + "/auth/v1" }

func (f *fakeAuth) client(t *testing.T, opts ...Option) *Client {
	t.Helper()
	c, err := New("test-env", append([]Option{WithBaseURL(f.baseURL()), WithRetry(0)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fakeAuth) issue() map[string]any {
	f.next++
	access := fmt.Sprintf("access-%04d-xxxxxxxx", f.next)
	refresh := fmt.Sprintf("refresh-%04d-yyyyyyyy", f.next)
	f.access[access] = true
	f.refresh[refresh] = true
	return map[string]any{"token_type": "Bearer", "access_token": access, "refresh_token": refresh, "expires_in": f.expiresIn, "sub": "u-1"}
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

func (f *fakeAuth) serve(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	raw := new(strings.Builder)
	if r.Body != nil {
		buf := make([]byte, 1<<16)
		n, _ := r.Body.Read(buf)
		raw.Write(buf[:n])
		_ = json.Unmarshal([]byte(raw.String()), &body)
	}
	f.mu.Lock()
	f.requests = append(f.requests, r.Clone(context.Background()))
	f.bodies = append(f.bodies, raw.String())
	f.mu.Unlock()
	switch r.URL.Path {
	case "/auth/v1/signin/anonymously", "/auth/v1/signin":
		f.mu.Lock()
		answer := f.issue()
		f.mu.Unlock()
		writeJSON(w, 200, answer)
	case "/auth/v1/token":
		f.refreshes.Add(1)
		f.mu.Lock()
		onRefresh := f.onRefresh
		f.mu.Unlock()
		if onRefresh != nil {
			onRefresh()
		}
		time.Sleep(f.refreshDelay)
		token, _ := body["refresh_token"].(string)
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.spent[token] {
			f.reused.Add(1)
		}
		if f.refreshError != "" {
			writeJSON(w, 400, map[string]any{"error": f.refreshError, "error_code": 4001, "error_description": "refresh token " + token + " is invalid"})
			return
		}
		if !f.refresh[token] {
			writeJSON(w, 400, map[string]any{"error": "invalid_grant", "error_description": "refresh token is invalid"})
			return
		}
		delete(f.refresh, token)
		f.spent[token] = true
		writeJSON(w, 200, f.issue())
	case "/auth/v1/user/me":
		f.meCalls.Add(1)
		token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		f.mu.Lock()
		ok := f.access[token] && !f.refuseAccess.Load()
		f.mu.Unlock()
		if !ok {
			writeJSON(w, 401, map[string]any{"error": "unauthenticated", "error_description": "access token is invalid"})
			return
		}
		writeJSON(w, 200, map[string]any{"sub": "u-1", "name": "anonymous"})
	case "/auth/v1/token/clientCredential":
		f.adminCalls.Add(1)
		time.Sleep(f.refreshDelay)
		if !strings.HasPrefix(r.Header.Get("Authorization"), "TC3-HMAC-SHA256 Credential=") || body["grant_type"] != "client_credentials" {
			writeJSON(w, 400, map[string]any{"error": "invalid_client", "error_description": "sign with TC3 and send grant_type client_credentials"})
			return
		}
		f.mu.Lock()
		f.next++
		access := fmt.Sprintf("admin-%04d-zzzzzzzz", f.next)
		f.access[access] = true
		f.mu.Unlock()
		writeJSON(w, 200, map[string]any{"token_type": "Bearer", "access_token": access, "expires_in": f.expiresIn, "scope": "admin", "sub": "AKIDtest"})
	case "/auth/v1/revoke":
		token, _ := body["token"].(string)
		if token == "" {
			token = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		}
		f.mu.Lock()
		f.revoked = append(f.revoked, token)
		delete(f.access, token)
		delete(f.refresh, token)
		f.mu.Unlock()
		writeJSON(w, 200, map[string]any{})
	default:
		writeJSON(w, 404, map[string]any{"error": "not_found", "error_description": "no route " + r.URL.Path})
	}
}

func (f *fakeAuth) lastRequest() (*http.Request, string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests[len(f.requests)-1], f.bodies[len(f.bodies)-1]
}

// revokeAll makes every access token issued so far invalid (a revoked session on the server).
func (f *fakeAuth) revokeAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.access = map[string]bool{}
}

func signInAnonymously(t *testing.T, c *Client) {
	t.Helper()
	if err := c.do(context.Background(), opSignInAnonymously, nil, nil, nil, map[string]any{}, nil); err != nil {
		t.Fatal(err)
	}
}

// fakeClock is a settable clock for the client.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
