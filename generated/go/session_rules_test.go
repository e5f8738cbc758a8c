// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

var opRevokeToken = OperationSpec{OperationID: "revokeToken", Method: "POST", Path: "/revoke", Auth: AuthBearerOptional, ClearsSession: true, SendsClientID: true}

// Revoking a token clears the client's session only when it is the session's own token: an
// administrator revoking a user's token stays signed in.
func TestRevokeKeepsTheSessionUnlessTheTokenIsItsOwn(t *testing.T) {
	f := newFakeAuth(t)
	ctx := context.Background()
	admin := f.client(t)
	user := f.client(t)
	signInAnonymously(t, user)
	userTokens := user.Session()

	fresh := func() *Client { c := f.client(t); signInAnonymously(t, c); return c }
	cases := []struct {
		name  string
		body  map[string]any
		opts  []CallOption
		clear bool
	}{
		{"another user's access token", map[string]any{"token": userTokens.AccessToken}, nil, false},
		{"another user's refresh token", map[string]any{"token": userTokens.RefreshToken}, nil, false},
		{"another user's token as the Bearer", map[string]any{}, []CallOption{WithBearerToken(userTokens.AccessToken)}, false},
		{"its own access token", nil, nil, true},
		{"its own refresh token", map[string]any{"refresh": true}, nil, true},
		{"no token: the Bearer it sends", map[string]any{}, nil, true},
	}
	for _, tc := range cases {
		c := admin
		if tc.clear {
			c = fresh()
		} else if c.Session() == nil {
			signInAnonymously(t, c)
		}
		before := c.Session()
		body := tc.body
		if body == nil {
			body = map[string]any{"token": before.AccessToken}
		} else if body["refresh"] == true {
			body = map[string]any{"token": before.RefreshToken}
		}
		if err := c.do(ctx, opRevokeToken, nil, nil, callHeader(tc.opts), body, nil); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if cleared := c.Session() == nil; cleared != tc.clear {
			t.Fatalf("%s: session cleared %v, want %v", tc.name, cleared, tc.clear)
		}
		if !tc.clear && c.Session().AccessToken != before.AccessToken {
			t.Fatalf("%s: the session changed", tc.name)
		}
	}
}

// A client with the API key pair renews its administrator's token (which has no refresh
// token) when it expires: once, whatever the number of goroutines waiting for it.
func TestAdminTokenRenewsItselfOnceWithTheKeyPair(t *testing.T) {
	f := newFakeAuth(t)
	f.refreshDelay = 50 * time.Millisecond // callers pile up behind the one renewal
	clock := &fakeClock{now: time.Unix(1_800_000_000, 0)}
	c := f.client(t, WithTC3Credentials("AKIDtest", "test-secret-key", ""))
	c.now = clock.Now
	ctx := context.Background()
	if err := c.do(ctx, *spec.AdminToken, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	first := c.Session()
	if first == nil || first.RefreshToken != "" || !strings.HasPrefix(first.AccessToken, "admin-") {
		t.Fatalf("admin session %v", first)
	}
	clock.Advance(7200 * time.Second)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- c.do(ctx, opGetUserMe, nil, nil, nil, nil, nil)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := f.adminCalls.Load(); n != 2 {
		t.Fatalf("%d key-pair token calls, want 2 (the first and one renewal)", n)
	}
	if c.Session().AccessToken == first.AccessToken || f.refreshes.Load() != 0 {
		t.Fatalf("not renewed (refreshes %d)", f.refreshes.Load())
	}
	// Refused before its expiry (revoked): renewed once on the 401, and the call resent.
	f.revokeAll()
	if err := c.do(ctx, opGetUserMe, nil, nil, nil, nil, nil); err != nil || f.adminCalls.Load() != 3 {
		t.Fatalf("after a revoke: %v, %d calls", err, f.adminCalls.Load())
	}
}

// Without the key pair, an expired session without a refresh token is not renewed: the
// caller is told to sign in again.
func TestExpiredSessionWithoutRefreshTokenOrKeyPair(t *testing.T) {
	f := newFakeAuth(t)
	clock := &fakeClock{now: time.Unix(1_800_000_000, 0)}
	c := f.client(t)
	c.now = clock.Now
	if err := c.SetSession(Session{AccessToken: "admin-0000", ExpiresAt: clock.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	clock.Advance(2 * time.Hour)
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); !errors.Is(err, ErrNotSignedIn) || f.adminCalls.Load() != 0 {
		t.Fatalf("%v (%d key-pair calls)", err, f.adminCalls.Load())
	}
}

// A client holding the key pair renews only an administrator's session: a user's session
// without a refresh token (scope "user") is never swapped for an administrator's token when it
// expires; the caller is told to sign in again, as every client does.
func TestUserSessionWithoutRefreshTokenIsNotReplacedByAnAdminToken(t *testing.T) {
	f := newFakeAuth(t)
	clock := &fakeClock{now: time.Unix(1_800_000_000, 0)}
	c := f.client(t, WithTC3Credentials("AKIDtest", "test-secret-key", ""))
	c.now = clock.Now
	if err := c.SetSession(Session{AccessToken: "user-0000", Scope: "user", Sub: "u1", ExpiresAt: clock.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	clock.Advance(2 * time.Hour)
	err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	if !errors.Is(err, ErrNotSignedIn) || f.adminCalls.Load() != 0 {
		t.Fatalf("%v (%d key-pair calls)", err, f.adminCalls.Load())
	}
	if _, err := c.RefreshSession(context.Background()); !errors.Is(err, ErrNotSignedIn) || f.adminCalls.Load() != 0 {
		t.Fatalf("RefreshSession: %v (%d key-pair calls)", err, f.adminCalls.Load())
	}
	if s := c.Session(); s != nil && s.Scope == "admin" {
		t.Fatalf("the user's session became an administrator's: %v", s)
	}
}

// An unknown or misspelt region is refused, listing the known ones, instead of silently
// choosing the international gateway.
func TestUnknownRegionsAreRefused(t *testing.T) {
	for _, region := range []string{"ap-shangai", "AP-SHANGHAI", "", " ap-shanghai", "ap-singapor"} {
		c, err := New("my-env", WithRegion(region))
		if err == nil {
			t.Fatalf("%q accepted: %s", region, c.BaseURL())
		}
		for _, known := range []string{"ap-shanghai", "ap-guangzhou", "ap-hongkong", "ap-singapore", "eu-frankfurt"} {
			if !strings.Contains(err.Error(), known) {
				t.Fatalf("%q: the error does not list %s: %v", region, known, err)
			}
		}
		if !strings.Contains(err.Error(), `unknown region "`+region+`"`) {
			t.Fatalf("%q: %v", region, err)
		}
	}
	for region, host := range map[string]string{"ap-hongkong": "my-env.api.tcloudbasegateway.com", "na-ashburn": "my-env.api.intl.tcloudbasegateway.com"} {
		c, err := New("my-env", WithRegion(region))
		if err != nil || !strings.Contains(c.BaseURL(), "//"+host+"/") {
			t.Fatalf("%s: %v %v", region, c, err)
		}
	}
}
