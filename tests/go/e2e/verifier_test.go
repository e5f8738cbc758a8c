// The Verifier and its net/http middleware against the emulator: a real server (httptest) in
// front of a handler, the emulator behind a counting proxy, so the introspections the service
// answers are counted where it answers them.
package e2e

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cloudbase "github.com/cloudbase-auth/cloudbase-auth-go"
)

// countingEmulator is a reverse proxy to the emulator that counts introspections.
func countingEmulator(t *testing.T) (string, *atomic.Int32) {
	t.Helper()
	target, err := url.Parse(emulator(t))
	if err != nil {
		t.Fatal(err)
	}
	var count atomic.Int32
	proxy := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/token/introspect") {
			count.Add(1)
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/auth/v1", &count
}

// callerToken signs a new anonymous user in with a client of its own (the caller's device).
func callerToken(t *testing.T) (string, string) {
	t.Helper()
	caller := newClient(t)
	tokens, err := caller.SignInAnonymously(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return tokens.AccessToken, cloudbase.Value(tokens.Sub)
}

func backend(t *testing.T, v *cloudbase.Verifier) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
		tok, ok := cloudbase.VerifiedTokenFrom(r.Context())
		if !ok {
			http.Error(w, "no token", 500)
			return
		}
		_, _ = io.WriteString(w, tok.Sub)
	})
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok") })
	srv := httptest.NewServer(v.Middleware(mux))
	t.Cleanup(srv.Close)
	return srv
}

func call(t *testing.T, url, authorization string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestVerifierMiddlewareAgainstTheEmulator(t *testing.T) {
	base, introspections := countingEmulator(t)
	client, err := cloudbase.New(envID, cloudbase.WithBaseURL(base), cloudbase.WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	v, err := cloudbase.NewVerifier(client, cloudbase.WithMaxTTL(200*time.Millisecond), cloudbase.WithPublicPaths("/health"))
	if err != nil {
		t.Fatal(err)
	}
	srv := backend(t, v)
	token, sub := callerToken(t)

	if status, body := call(t, srv.URL+"/me", "Bearer "+token); status != 200 || body != sub {
		t.Fatalf("valid token: %d %q (want %q)", status, body, sub)
	}
	if status, _ := call(t, srv.URL+"/me", "Bearer not a token"); status != 401 {
		t.Fatalf("malformed header: %d", status)
	}
	if status, _ := call(t, srv.URL+"/me", ""); status != 401 {
		t.Fatalf("no header: %d", status)
	}
	if status, body := call(t, srv.URL+"/health", ""); status != 200 || body != "ok" {
		t.Fatalf("public path: %d %q", status, body)
	}
	if n := introspections.Load(); n != 1 {
		t.Fatalf("introspections: %d, want 1", n)
	}

	// Revoke at the service: refused within max TTL (a generous bound catches a verifier that
	// never asks again, not a slow machine).
	revoker := newClient(t)
	if err := revoker.RevokeToken(context.Background(), &cloudbase.RevokeRequest{Token: cloudbase.Ptr(token)}, cloudbase.WithBearerToken(token)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	status := 200
	for status == 200 && time.Now().Before(deadline) {
		status, _ = call(t, srv.URL+"/me", "Bearer "+token)
		time.Sleep(50 * time.Millisecond)
	}
	if status != 401 {
		t.Fatalf("the revoked token is still let in: %d", status)
	}
	_, err = v.Verify(context.Background(), token)
	if !errors.Is(err, cloudbase.ErrTokenInactive) {
		t.Fatalf("Verify of the revoked token: %v", err)
	}
}

func TestVerifierHundredConcurrentRequestsOneIntrospection(t *testing.T) {
	base, introspections := countingEmulator(t)
	client, err := cloudbase.New(envID, cloudbase.WithBaseURL(base), cloudbase.WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	v, err := cloudbase.NewVerifier(client)
	if err != nil {
		t.Fatal(err)
	}
	srv := backend(t, v)
	token, sub := callerToken(t)
	var wg sync.WaitGroup
	var ok atomic.Int32
	start := make(chan struct{})
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/me", nil)
			req.Header.Set("Authorization", "Bearer "+token)
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 && string(body) == sub {
				ok.Add(1)
			}
		}()
	}
	close(start)
	wg.Wait()
	if ok.Load() != 100 || introspections.Load() != 1 {
		t.Fatalf("%d of 100 let in, %d introspections; want 100 and 1", ok.Load(), introspections.Load())
	}
}

func TestVerifierServiceDownIs503(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	client, err := cloudbase.New(envID, cloudbase.WithBaseURL("http://"+addr+"/auth/v1"), cloudbase.WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	v, err := cloudbase.NewVerifier(client)
	if err != nil {
		t.Fatal(err)
	}
	srv := backend(t, v)
	token, _ := callerToken(t)
	if status, body := call(t, srv.URL+"/me", "Bearer "+token); status != 503 || strings.Contains(body, token) {
		t.Fatalf("service down: %d %q", status, body)
	}
	if _, err := v.Verify(context.Background(), token); !errors.Is(err, cloudbase.ErrVerificationUnavailable) {
		t.Fatalf("Verify: %v", err)
	}
}
