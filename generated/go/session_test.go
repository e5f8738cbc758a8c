// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestTokenResponseBecomesTheSession(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	clock := &fakeClock{now: time.Unix(1_700_000_000, 0)}
	c.now = clock.Now
	if c.Session() != nil {
		t.Fatal("signed in before signing in")
	}
	signInAnonymously(t, c)
	s := c.Session()
	if s == nil || s.AccessToken != "access-0001-xxxxxxxx" || s.RefreshToken != "refresh-0001-yyyyyyyy" || s.Sub != "u-1" {
		t.Fatalf("session %v", s)
	}
	if !s.ExpiresAt.Equal(time.Unix(1_700_000_000+7200, 0)) {
		t.Fatalf("expires at %v", s.ExpiresAt)
	}
	raw, ok, _ := c.storage.Get("credentials_test-env")
	if !ok || !strings.Contains(raw, `"expires_at":1700007200`) {
		t.Fatalf("stored %q", raw)
	}
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	req, _ := f.lastRequest()
	if req.Header.Get("Authorization") != "Bearer access-0001-xxxxxxxx" {
		t.Fatalf("authorization %q", req.Header.Get("Authorization"))
	}
	if req.URL.Query().Has("client_id") {
		t.Fatal("client_id sent with a bearer token")
	}
	if err := c.do(context.Background(), opRevoke, nil, nil, nil, map[string]any{}, nil); err != nil {
		t.Fatal(err)
	}
	if c.Session() != nil {
		t.Fatal("the session outlived a clearing call")
	}
	if _, ok, _ := c.storage.Get("credentials_test-env"); ok {
		t.Fatal("the stored session outlived a clearing call")
	}
}

func TestBearerCallWithoutSessionIsErrNotSignedIn(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	if !errors.Is(err, ErrNotSignedIn) {
		t.Fatalf("got %v", err)
	}
	if f.meCalls.Load() != 0 {
		t.Fatal("a request was made")
	}
}

func TestRefreshBeforeExpiry(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	clock := &fakeClock{now: time.Now()}
	c.now = clock.Now
	signInAnonymously(t, c)
	clock.Advance(7200*time.Second - 31*time.Second) // 31 s left: no refresh yet
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if f.refreshes.Load() != 0 {
		t.Fatal("refreshed with 31 s left")
	}
	clock.Advance(2 * time.Second) // 29 s left: inside the 30 s skew
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if f.refreshes.Load() != 1 {
		t.Fatalf("%d refreshes", f.refreshes.Load())
	}
	_, body := f.lastRequestTo("/auth/v1/token")
	if !strings.Contains(body, `"grant_type":"refresh_token"`) || !strings.Contains(body, `"refresh_token":"refresh-0001-yyyyyyyy"`) || !strings.Contains(body, `"client_id":"test-env"`) {
		t.Fatalf("refresh body %s", body)
	}
	if c.Session().AccessToken != "access-0002-xxxxxxxx" {
		t.Fatal("the refreshed session was not kept")
	}
}

func (f *fakeAuth) lastRequestTo(path string) (*http.Request, string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := len(f.requests) - 1; i >= 0; i-- {
		if f.requests[i].URL.Path == path {
			return f.requests[i], f.bodies[i]
		}
	}
	return nil, ""
}

// 100 goroutines calling on an expired session make exactly one refresh; no refresh token is
// ever sent twice.
func TestConcurrentCallsOnExpiredSessionRefreshOnce(t *testing.T) {
	f := newFakeAuth(t)
	f.refreshDelay = 50 * time.Millisecond
	c := f.client(t)
	clock := &fakeClock{now: time.Now()}
	c.now = clock.Now
	signInAnonymously(t, c)
	clock.Advance(3 * time.Hour)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := f.refreshes.Load(); n != 1 {
		t.Fatalf("%d refreshes for 100 concurrent calls", n)
	}
	if f.reused.Load() != 0 {
		t.Fatal("a refresh token was sent twice")
	}
	if f.meCalls.Load() != 100 {
		t.Fatalf("%d calls reached the server", f.meCalls.Load())
	}
}

// Two clients sharing one store share the single flight too.
func TestClientsOfOneStoreShareTheRefresh(t *testing.T) {
	f := newFakeAuth(t)
	f.refreshDelay = 30 * time.Millisecond
	store := NewMemoryStorage()
	clock := &fakeClock{now: time.Now()}
	a := f.client(t, WithStorage(store))
	a.now = clock.Now
	signInAnonymously(t, a)
	b := f.client(t, WithStorage(store))
	b.now = clock.Now
	clock.Advance(3 * time.Hour)
	var wg sync.WaitGroup
	for _, c := range []*Client{a, b, a, b} {
		wg.Add(1)
		go func(c *Client) {
			defer wg.Done()
			if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
				t.Error(err)
			}
		}(c)
	}
	wg.Wait()
	if f.refreshes.Load() != 1 || f.reused.Load() != 0 {
		t.Fatalf("%d refreshes, %d reused", f.refreshes.Load(), f.reused.Load())
	}
}

// A token the server refuses (revoked) is refreshed once and the call retried once.
func TestUnauthenticatedRefreshesOnceAndRetriesOnce(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	signInAnonymously(t, c)
	f.revokeAll()
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if f.refreshes.Load() != 1 || f.meCalls.Load() != 2 {
		t.Fatalf("%d refreshes, %d calls", f.refreshes.Load(), f.meCalls.Load())
	}
}

// A server that refuses every token: one refresh, one retry, then the error; never a loop.
func TestUnauthenticatedNeverLoops(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	signInAnonymously(t, c)
	f.refuseAccess.Store(true)
	err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	if !errors.Is(err, ErrorCode("unauthenticated")) || !errors.Is(err, ErrStatusUnauthorized) {
		t.Fatalf("got %v", err)
	}
	if f.refreshes.Load() != 1 || f.meCalls.Load() != 2 {
		t.Fatalf("%d refreshes, %d calls", f.refreshes.Load(), f.meCalls.Load())
	}
}

func TestInvalidGrantOnRefreshClearsTheSession(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	clock := &fakeClock{now: time.Now()}
	c.now = clock.Now
	signInAnonymously(t, c)
	f.refreshError = "invalid_grant"
	clock.Advance(3 * time.Hour)
	err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Code != "invalid_grant" || apiErr.ErrorCode != 4001 {
		t.Fatalf("got %v", err)
	}
	if strings.Contains(err.Error(), "refresh-0001") {
		t.Fatalf("the error shows the refresh token: %v", err)
	}
	if c.Session() != nil {
		t.Fatal("the session survived invalid_grant")
	}
	if _, ok, _ := c.storage.Get(c.sessionKey); ok {
		t.Fatal("the stored session survived invalid_grant")
	}
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); !errors.Is(err, ErrNotSignedIn) {
		t.Fatalf("after invalid_grant: %v", err)
	}
}

func TestOtherRefreshErrorsKeepTheSession(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	clock := &fakeClock{now: time.Now()}
	c.now = clock.Now
	signInAnonymously(t, c)
	f.refreshError = "internal"
	clock.Advance(3 * time.Hour)
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); !errors.Is(err, ErrorCode("internal")) {
		t.Fatalf("got %v", err)
	}
	if c.Session() == nil {
		t.Fatal("a failed refresh (not invalid_grant) dropped the session")
	}
}

// A session another client rotated in the shared store is adopted, not refreshed again.
func TestRefreshAdoptsANewerStoredSession(t *testing.T) {
	f := newFakeAuth(t)
	store := NewMemoryStorage()
	clock := &fakeClock{now: time.Now()}
	a := f.client(t, WithStorage(store))
	a.now = clock.Now
	signInAnonymously(t, a)
	b := f.client(t, WithStorage(store))
	b.now = clock.Now
	clock.Advance(3 * time.Hour)
	if _, err := a.RefreshSession(context.Background()); err != nil {
		t.Fatal(err)
	}
	// b still holds the old session in memory; its refresh must not spend the rotated token.
	if err := b.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if f.refreshes.Load() != 1 || f.reused.Load() != 0 {
		t.Fatalf("%d refreshes, %d reused", f.refreshes.Load(), f.reused.Load())
	}
}

func TestSetAndClearSession(t *testing.T) {
	f := newFakeAuth(t)
	c := f.client(t)
	if err := c.SetSession(Session{AccessToken: "given"}); err != nil {
		t.Fatal(err)
	}
	if s := c.Session(); s == nil || s.TokenType != "Bearer" {
		t.Fatalf("%v", s)
	}
	if err := c.SetSession(Session{}); err == nil {
		t.Fatal("an empty session was accepted")
	}
	_ = c.ClearSession()
	if c.Session() != nil {
		t.Fatal("ClearSession")
	}
}

func TestRefreshWaitHonoursTheContext(t *testing.T) {
	f := newFakeAuth(t)
	f.refreshDelay = 300 * time.Millisecond
	c := f.client(t)
	clock := &fakeClock{now: time.Now()}
	c.now = clock.Now
	signInAnonymously(t, c)
	clock.Advance(3 * time.Hour)
	go func() { _ = c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil) }()
	time.Sleep(50 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	started := time.Now()
	err := c.do(ctx, opGetUserMe, nil, nil, nil, nil, nil)
	if err == nil || time.Since(started) > 250*time.Millisecond {
		t.Fatalf("waited %v for the refresh lock: %v", time.Since(started), err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v", err)
	}
}
