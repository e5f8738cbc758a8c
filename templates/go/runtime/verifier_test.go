package cloudbase

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeIntrospection answers GET /auth/v1/token/introspect as the service does: the Bearer
// token's details when it is active, {} otherwise. It counts what it is asked.
type fakeIntrospection struct {
	mu     sync.Mutex
	active map[string]string // token -> sub
	calls  atomic.Int32
	delay  time.Duration
	status atomic.Int32 // non-zero: answer every call with this error status
	srv    *httptest.Server
}

func newFakeIntrospection(t testing.TB) *fakeIntrospection {
	f := &fakeIntrospection{active: map[string]string{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/auth/v1/token/introspect" || r.Method != http.MethodGet {
			writeJSON(w, 404, map[string]any{"error": "not_found"})
			return
		}
		f.calls.Add(1)
		time.Sleep(f.delay)
		if status := f.status.Load(); status != 0 {
			writeJSON(w, int(status), map[string]any{"error": "internal", "error_description": "echo " + r.Header.Get("Authorization")})
			return
		}
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			writeJSON(w, 401, map[string]any{"error": "unauthenticated"})
			return
		}
		f.mu.Lock()
		sub, found := f.active[token]
		f.mu.Unlock()
		if !found {
			writeJSON(w, 200, map[string]any{})
			return
		}
		writeJSON(w, 200, map[string]any{"token_type": "Bearer", "client_id": "test-env", "sub": sub, "scope": "user openid", "groups": []any{map[string]any{"id": "admin"}}})
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// issue makes an active JWT-shaped token for sub expiring at exp.
func (f *fakeIntrospection) issue(sub string, exp time.Time) string {
	enc := base64.RawURLEncoding
	payload, _ := json.Marshal(map[string]any{"sub": sub, "exp": exp.Unix()})
	token := enc.EncodeToString([]byte(`{"alg":"RS256"}`)) + "." + enc.EncodeToString(payload) + "." + enc.EncodeToString([]byte("sig-"+sub))
	f.mu.Lock()
	f.active[token] = sub
	f.mu.Unlock()
	return token
}

func (f *fakeIntrospection) revoke(token string) {
	f.mu.Lock()
	delete(f.active, token)
	f.mu.Unlock()
}

func (f *fakeIntrospection) verifier(t *testing.T, clock *fakeClock, opts ...VerifierOption) *Verifier {
	t.Helper()
	c, err := New("test-env", WithBaseURL(f.srv.URL+"/auth/v1"), WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewVerifier(c, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if clock != nil {
		v.now = clock.Now
	}
	return v
}

var epoch = time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)

func TestVerifyActiveTokenIsCached(t *testing.T) {
	f := newFakeIntrospection(t)
	clock := &fakeClock{now: epoch}
	v := f.verifier(t, clock)
	token := f.issue("u-1", epoch.Add(2*time.Hour))
	for i := 0; i < 5; i++ {
		tok, err := v.Verify(context.Background(), token)
		if err != nil {
			t.Fatal(err)
		}
		if tok.Sub != "u-1" || tok.ClientID != "test-env" || tok.TokenType != "Bearer" || !tok.HasScope("openid") || tok.HasScope("admin") {
			t.Fatalf("token: %+v", tok)
		}
		if !tok.ExpiresAt.Equal(epoch.Add(2*time.Hour)) || fmt.Sprint(tok.Groups) != "[admin]" {
			t.Fatalf("expiry or groups: %+v", tok)
		}
	}
	if got := f.calls.Load(); got != 1 || v.Introspections() != 1 {
		t.Fatalf("introspections: %d at the service, %d counted; want 1", got, v.Introspections())
	}
}

func TestRevokedTokenRefusedOnceMaxTTLHasPassed(t *testing.T) {
	f := newFakeIntrospection(t)
	clock := &fakeClock{now: epoch}
	v := f.verifier(t, clock, WithMaxTTL(30*time.Second))
	token := f.issue("u-1", epoch.Add(2*time.Hour))
	if _, err := v.Verify(context.Background(), token); err != nil {
		t.Fatal(err)
	}
	f.revoke(token)
	clock.Advance(30*time.Second - time.Millisecond)
	if _, err := v.Verify(context.Background(), token); err != nil {
		t.Fatalf("within max TTL the cached answer stands: %v", err)
	}
	clock.Advance(time.Millisecond)
	_, err := v.Verify(context.Background(), token)
	if !errors.Is(err, ErrTokenInactive) || errors.Is(err, ErrTokenExpired) || errors.Is(err, ErrVerificationUnavailable) {
		t.Fatalf("want ErrTokenInactive only, got %v", err)
	}
	if got := f.calls.Load(); got != 2 {
		t.Fatalf("introspections: %d, want 2", got)
	}
}

func TestExpiryCapsTheCache(t *testing.T) {
	f := newFakeIntrospection(t)
	clock := &fakeClock{now: epoch}
	v := f.verifier(t, clock, WithMaxTTL(240*time.Hour))
	token := f.issue("u-1", epoch.Add(time.Hour))
	if _, err := v.Verify(context.Background(), token); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Hour)
	_, err := v.Verify(context.Background(), token)
	if !errors.Is(err, ErrTokenExpired) || !errors.Is(err, ErrTokenInactive) {
		t.Fatalf("want ErrTokenExpired (an ErrTokenInactive), got %v", err)
	}
	var ve *VerifyError
	if !errors.As(err, &ve) || ve.Kind != ErrTokenExpired {
		t.Fatalf("errors.As: %v", err)
	}
	if got := f.calls.Load(); got != 1 {
		t.Fatalf("an expired token is refused without asking: %d introspections", got)
	}
}

func TestInactiveAnswersAreCachedForNegativeTTL(t *testing.T) {
	f := newFakeIntrospection(t)
	clock := &fakeClock{now: epoch}
	v := f.verifier(t, clock, WithNegativeTTL(5*time.Second))
	for i := 0; i < 3; i++ {
		if _, err := v.Verify(context.Background(), "unknown.token.here"); !errors.Is(err, ErrTokenInactive) {
			t.Fatalf("want ErrTokenInactive, got %v", err)
		}
	}
	clock.Advance(5 * time.Second)
	if _, err := v.Verify(context.Background(), "unknown.token.here"); !errors.Is(err, ErrTokenInactive) {
		t.Fatal(err)
	}
	if got := f.calls.Load(); got != 2 {
		t.Fatalf("introspections: %d, want 2", got)
	}
	stale := f.issue("u-2", epoch.Add(-time.Minute))
	f.revoke(stale)
	if _, err := v.Verify(context.Background(), stale); !errors.Is(err, ErrTokenExpired) {
		t.Fatalf("an inactive token past its exp: want ErrTokenExpired, got %v", err)
	}
}

func TestMalformedTokensAreRefusedWithoutAsking(t *testing.T) {
	f := newFakeIntrospection(t)
	v := f.verifier(t, nil)
	for _, token := range []string{"", "two words", "tok\nen", "tokén", strings.Repeat("x", MaxTokenLength+1), "a=b"} {
		if _, err := v.Verify(context.Background(), token); !errors.Is(err, ErrTokenInactive) {
			t.Fatalf("%q: want ErrTokenInactive, got %v", token, err)
		}
	}
	if got := f.calls.Load(); got != 0 {
		t.Fatalf("introspections: %d, want 0", got)
	}
}

func TestServiceDownFailsClosedAndIsNotCached(t *testing.T) {
	f := newFakeIntrospection(t)
	v := f.verifier(t, nil)
	token := f.issue("u-1", time.Now().Add(time.Hour))
	f.srv.Close()
	for i := 0; i < 2; i++ {
		_, err := v.Verify(context.Background(), token)
		if !errors.Is(err, ErrVerificationUnavailable) || errors.Is(err, ErrTokenInactive) {
			t.Fatalf("want ErrVerificationUnavailable, got %v", err)
		}
		var conn *ConnectionError
		if !errors.As(err, &conn) {
			t.Fatalf("errors.As *ConnectionError: %v", err)
		}
	}
	if v.Introspections() != 2 {
		t.Fatalf("a failure is not cached: %d introspections, want 2", v.Introspections())
	}
}

func TestServiceErrorFailsClosedAndNeverShowsTheToken(t *testing.T) {
	f := newFakeIntrospection(t)
	v := f.verifier(t, nil)
	token := f.issue("u-1", time.Now().Add(time.Hour))
	f.status.Store(500)
	_, err := v.Verify(context.Background(), token)
	if !errors.Is(err, ErrVerificationUnavailable) || !errors.Is(err, ErrServer) {
		t.Fatalf("want ErrVerificationUnavailable wrapping a 5xx, got %v", err)
	}
	// The fake service echoes the Authorization header in its error description: the client's
	// error behind ours redacts it, and ours does not repeat the description.
	if strings.Contains(fmt.Sprintf("%v %+v %v %s", err, err, errors.Unwrap(err), v), token) {
		t.Fatal("the token shows in the error, its cause or the verifier")
	}
	f.status.Store(401)
	if _, err := v.Verify(context.Background(), token); !errors.Is(err, ErrTokenInactive) {
		t.Fatalf("a 401 from the introspection means the token is refused: %v", err)
	}
	f.status.Store(0)
	if _, err := v.Verify(context.Background(), token); !errors.Is(err, ErrTokenInactive) {
		t.Fatalf("the 401 answer is cached as inactive: %v", err)
	}
}

func TestLRUIsBoundedAndJunkCannotEvictValidTokens(t *testing.T) {
	f := newFakeIntrospection(t)
	v := f.verifier(t, nil, WithCacheSize(2))
	exp := time.Now().Add(time.Hour)
	tokens := []string{f.issue("a", exp), f.issue("b", exp), f.issue("c", exp)}
	for _, tok := range tokens {
		if _, err := v.Verify(context.Background(), tok); err != nil {
			t.Fatal(err)
		}
	}
	if v.active.len() != 2 {
		t.Fatalf("cache holds %d, want 2", v.active.len())
	}
	_, _ = v.Verify(context.Background(), tokens[2])
	_, _ = v.Verify(context.Background(), tokens[1])
	if got := f.calls.Load(); got != 3 {
		t.Fatalf("the two most recent are cached: %d introspections", got)
	}
	_, _ = v.Verify(context.Background(), tokens[0])
	if got := f.calls.Load(); got != 4 {
		t.Fatalf("the least recently used was evicted: %d introspections", got)
	}
	for i := 0; i < 10; i++ {
		_, _ = v.Verify(context.Background(), fmt.Sprintf("junk.%d.x", i))
	}
	_, _ = v.Verify(context.Background(), tokens[0])
	_, _ = v.Verify(context.Background(), tokens[1])
	if got := f.calls.Load(); got != 14 {
		t.Fatalf("inactive answers have their own LRU: %d introspections, want 14", got)
	}
}

func TestHundredGoroutinesOneNewTokenOneIntrospection(t *testing.T) {
	f := newFakeIntrospection(t)
	f.delay = 20 * time.Millisecond // not needed for the count; it makes the goroutines overlap
	v := f.verifier(t, nil)
	token := f.issue("u-1", time.Now().Add(time.Hour))
	var wg sync.WaitGroup
	start := make(chan struct{})
	subs := make([]string, 100)
	errs := make([]error, 100)
	for i := range subs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			tok, err := v.Verify(context.Background(), token)
			errs[i] = err
			if tok != nil {
				subs[i] = tok.Sub
			}
		}(i)
	}
	close(start)
	wg.Wait()
	for i := range subs {
		if errs[i] != nil || subs[i] != "u-1" {
			t.Fatalf("goroutine %d: %q %v", i, subs[i], errs[i])
		}
	}
	if got := f.calls.Load(); got != 1 {
		t.Fatalf("introspections: %d, want 1", got)
	}
}

func TestAWaiterThatGivesUpDoesNotCancelTheOthers(t *testing.T) {
	f := newFakeIntrospection(t)
	f.delay = 200 * time.Millisecond
	v := f.verifier(t, nil)
	token := f.issue("u-1", time.Now().Add(time.Hour))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := v.Verify(ctx, token)
		done <- err
	}()
	for v.Introspections() == 0 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, ErrVerificationUnavailable) || !errors.Is(err, context.Canceled) {
		t.Fatalf("the cancelled waiter: %v", err)
	}
	if tok, err := v.Verify(context.Background(), token); err != nil || tok.Sub != "u-1" {
		t.Fatalf("the next caller: %v %v", tok, err)
	}
	if got := f.calls.Load(); got != 1 {
		t.Fatalf("introspections: %d, want 1 (the first one was not cancelled)", got)
	}
}

func TestNewVerifierRefusesBadOptions(t *testing.T) {
	c, err := New("test-env", WithBaseURL("http://127.0.0.1:9/auth/v1"))
	if err != nil {
		t.Fatal(err)
	}
	for _, opt := range []VerifierOption{WithCacheSize(0), WithMaxTTL(-1), WithNegativeTTL(-1), WithPublicPaths("health"), WithRealm("a\nb")} {
		if _, err := NewVerifier(c, opt); err == nil {
			t.Fatal("a bad option was accepted")
		}
	}
	if _, err := NewVerifier(nil); err == nil {
		t.Fatal("a nil client was accepted")
	}
}

// -- middleware --

func middlewareServer(t *testing.T, v *Verifier) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
		tok, ok := VerifiedTokenFrom(r.Context())
		if !ok {
			t.Error("no verified token in the context")
		}
		writeJSON(w, 200, map[string]any{"sub": tok.Sub})
	})
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		_, ok := VerifiedTokenFrom(r.Context())
		writeJSON(w, 200, map[string]any{"verified": ok})
	})
	srv := httptest.NewServer(v.Middleware(mux))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for _, h := range header {
		req.Header.Add("Authorization", h)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

func TestMiddleware(t *testing.T) {
	f := newFakeIntrospection(t)
	clock := &fakeClock{now: time.Now()}
	v := f.verifier(t, clock, WithMaxTTL(30*time.Second), WithPublicPaths("/health"))
	srv := middlewareServer(t, v)
	token := f.issue("u-1", time.Now().Add(time.Hour))

	resp, body := get(t, srv.URL+"/me", "Bearer "+token)
	if resp.StatusCode != 200 || !strings.Contains(body, `"u-1"`) {
		t.Fatalf("valid: %d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, srv.URL+"/me", "bearer   "+token); resp.StatusCode != 200 {
		t.Fatalf("the scheme is case-insensitive: %d", resp.StatusCode)
	}
	resp, body = get(t, srv.URL+"/me")
	if resp.StatusCode != 401 || resp.Header.Get("WWW-Authenticate") != "Bearer" || !strings.Contains(body, "unauthenticated") {
		t.Fatalf("missing: %d %q %s", resp.StatusCode, resp.Header.Get("WWW-Authenticate"), body)
	}
	for _, h := range [][]string{{"Basic dXNlcjpwYXNz"}, {"Bearer"}, {"Bearer a b"}, {"Bearertoken"}, {"Bearer a,Bearer b"}, {"Bearer " + token, "Bearer " + token}} {
		resp, _ := get(t, srv.URL+"/me", h...)
		if resp.StatusCode != 401 || !strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), `Bearer error="invalid_token"`) {
			t.Fatalf("malformed %q: %d %q", h, resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
		}
	}
	if resp, body := get(t, srv.URL+"/health"); resp.StatusCode != 200 || !strings.Contains(body, "false") {
		t.Fatalf("public path: %d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, srv.URL+"/healthz"); resp.StatusCode != 401 {
		t.Fatalf("public paths match exactly: %d", resp.StatusCode)
	}
	f.revoke(token)
	clock.Advance(30 * time.Second)
	resp, body = get(t, srv.URL+"/me", "Bearer "+token)
	if resp.StatusCode != 401 || !strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), `Bearer error="invalid_token"`) || strings.Contains(body, token) {
		t.Fatalf("revoked: %d %q %s", resp.StatusCode, resp.Header.Get("WWW-Authenticate"), body)
	}
	if got := f.calls.Load(); got != 2 {
		t.Fatalf("introspections: %d, want 2", got)
	}
	f.srv.Close()
	other := f.issue("u-2", time.Now().Add(time.Hour))
	resp, body = get(t, srv.URL+"/me", "Bearer "+other)
	if resp.StatusCode != 503 || resp.Header.Get("WWW-Authenticate") != "" || !strings.Contains(body, "unavailable") {
		t.Fatalf("service down: %d %s", resp.StatusCode, body)
	}
}

func TestMiddlewareRealm(t *testing.T) {
	f := newFakeIntrospection(t)
	v := f.verifier(t, nil, WithRealm(`my "api"`))
	srv := middlewareServer(t, v)
	if resp, _ := get(t, srv.URL+"/me"); resp.Header.Get("WWW-Authenticate") != `Bearer realm="my \"api\""` {
		t.Fatalf("challenge: %q", resp.Header.Get("WWW-Authenticate"))
	}
	if resp, _ := get(t, srv.URL+"/me", "Bearer"); !strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), `Bearer realm="my \"api\"", error="invalid_token"`) {
		t.Fatalf("challenge: %q", resp.Header.Get("WWW-Authenticate"))
	}
}

func TestMiddlewareHundredConcurrentRequestsOneIntrospection(t *testing.T) {
	f := newFakeIntrospection(t)
	f.delay = 20 * time.Millisecond
	v := f.verifier(t, nil)
	srv := middlewareServer(t, v)
	token := f.issue("u-1", time.Now().Add(time.Hour))
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
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				ok.Add(1)
			}
		}()
	}
	close(start)
	wg.Wait()
	if ok.Load() != 100 || f.calls.Load() != 1 {
		t.Fatalf("%d of 100 let in, %d introspections; want 100 and 1", ok.Load(), f.calls.Load())
	}
}

// BenchmarkMiddlewareWarmCache is one request through Middleware with a cached token;
// BenchmarkHandlerAlone the same handler without it (bench/bench_verifier.py reports both).
func BenchmarkMiddlewareWarmCache(b *testing.B) {
	f := newFakeIntrospection(b)
	c, _ := New("test-env", WithBaseURL(f.srv.URL+"/auth/v1"))
	v, _ := NewVerifier(c)
	token := f.issue(strings.Repeat("u", 600), time.Now().Add(time.Hour)) // ~1 KiB, as real tokens
	h := v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }))
	req := httptest.NewRequest(http.MethodGet, "/hello", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	h.ServeHTTP(httptest.NewRecorder(), req)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
}

func BenchmarkHandlerAlone(b *testing.B) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	req := httptest.NewRequest(http.MethodGet, "/hello", nil)
	for i := 0; i < b.N; i++ {
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
}
