// End-to-end flows of the generated Go client against the emulator (real HTTP over loopback).
// tests/go/test_e2e.py starts the emulator, copies generated/go next to this module and runs
// `go test -race` with EMULATOR_URL set.
package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cloudbase "github.com/cloudbase-auth/cloudbase-auth-go"
)

const (
	envID       = "emulator-env"
	password    = "Passw0rd!x-go-e2e"
	newPassword = "N3w-Passw0rd!go-e2e"
)

var phones atomic.Int64

func init() { phones.Store(13900000100) }

func emulator(t *testing.T) string {
	t.Helper()
	base := os.Getenv("EMULATOR_URL")
	if base == "" {
		t.Skip("EMULATOR_URL is not set (tests/go/test_e2e.py sets it)")
	}
	return base
}

func newClient(t *testing.T, opts ...cloudbase.Option) *cloudbase.Client {
	t.Helper()
	c, err := cloudbase.New(envID, append([]cloudbase.Option{cloudbase.WithBaseURL(emulator(t) + "/auth/v1"), cloudbase.WithRetry(0)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func control(t *testing.T, method, path string, body any, out any) {
	t.Helper()
	var reader *strings.Reader
	if body != nil {
		raw, _ := json.Marshal(body)
		reader = strings.NewReader(string(raw))
	} else {
		reader = strings.NewReader("")
	}
	req, _ := http.NewRequest(method, emulator(t)+path, reader)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		t.Fatalf("%s %s: %d", method, path, resp.StatusCode)
	}
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatal(err)
		}
	}
}

func codeFor(t *testing.T, target string) string {
	t.Helper()
	var rows struct {
		Data []struct {
			Code string `json:"code"`
		} `json:"data"`
	}
	control(t, "GET", "/emulator/v1/verification-codes?target="+url.QueryEscape(target), nil, &rows)
	if len(rows.Data) == 0 {
		t.Fatalf("no code for %s", target)
	}
	return rows.Data[len(rows.Data)-1].Code
}

// clockOffset is how far the emulator's clock runs ahead of this machine's (tickets are
// minted on the emulator's time).
var clockOffset atomic.Int64

func advanceClock(t *testing.T, seconds int) {
	t.Helper()
	control(t, "POST", "/emulator/v1/clock", map[string]any{"advance_seconds": seconds}, nil)
	clockOffset.Add(int64(seconds))
}

func signUpBySMS(t *testing.T, c *cloudbase.Client, number string) *cloudbase.TokenResponse {
	t.Helper()
	ctx := context.Background()
	sent, err := c.SendVerification(ctx, &cloudbase.VerificationRequest{PhoneNumber: cloudbase.Ptr(number), Target: cloudbase.Ptr("ANY"), Usage: cloudbase.Ptr("REGISTER")})
	if err != nil {
		t.Fatal(err)
	}
	if sent.ExpiresIn != 600 {
		t.Fatalf("expires_in %d", sent.ExpiresIn)
	}
	verified, err := c.VerifyVerification(ctx, &cloudbase.VerifyRequest{VerificationID: sent.VerificationID, VerificationCode: codeFor(t, number)})
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := c.SignUp(ctx, &cloudbase.SignUpRequest{PhoneNumber: cloudbase.Ptr(number), VerificationToken: cloudbase.Ptr(verified.VerificationToken), Password: cloudbase.Ptr(password), Username: cloudbase.Ptr(fmt.Sprintf("go_e2e_%d", phones.Load()))})
	if err != nil {
		t.Fatal(err)
	}
	return tokens
}

func nextPhone() string { return fmt.Sprintf("+86 %d", phones.Add(1)) }

func TestAnonymousSignInAndGetUserMe(t *testing.T) {
	ctx := context.Background()
	c := newClient(t)
	tokens, err := c.SignInAnonymously(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cloudbase.Value(tokens.Scope) != "anonymous" || c.Session() == nil || c.Session().AccessToken != tokens.AccessToken {
		t.Fatalf("tokens %v, session %v", tokens, c.Session())
	}
	me, err := c.GetUserMe(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if me.Sub != cloudbase.Value(tokens.Sub) {
		t.Fatalf("me %v", me)
	}
	if strings.Contains(fmt.Sprintf("%v %+v", tokens, c.Session()), tokens.AccessToken) {
		t.Fatal("a token is printed")
	}
}

func TestSignUpWithVerificationCodeThenPasswordSignIn(t *testing.T) {
	ctx := context.Background()
	c := newClient(t)
	number := nextPhone()
	tokens := signUpBySMS(t, c, number)
	me, err := c.GetUserMe(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if me.Sub != cloudbase.Value(tokens.Sub) || cloudbase.Value(me.PhoneNumber) != number {
		t.Fatalf("me %v", me)
	}
	other := newClient(t)
	if _, err := other.SignIn(ctx, &cloudbase.SignInRequest{Username: cloudbase.Ptr(number), Password: cloudbase.Ptr(password)}); err != nil {
		t.Fatal(err)
	}
	_, err = other.SignIn(ctx, &cloudbase.SignInRequest{Username: cloudbase.Ptr(number), Password: cloudbase.Ptr("wrong-Passw0rd!")})
	var apiErr *cloudbase.APIError
	if !errors.Is(err, cloudbase.ErrInvalidUsernameOrPassword) || !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.RequestID == "" {
		t.Fatalf("wrong password: %v", err)
	}
	if strings.Contains(err.Error(), "wrong-Passw0rd!") {
		t.Fatalf("the password is in the error: %v", err)
	}
}

// The emulator's clock moves past the access token's expiry: the next call is refused
// (unauthenticated), the client refreshes once and retries; the refresh token rotates.
func TestRefreshOnExpiryThenSignOut(t *testing.T) {
	ctx := context.Background()
	c := newClient(t)
	signUpBySMS(t, c, nextPhone())
	before := c.Session()
	advanceClock(t, 7300)
	if _, err := c.GetUserMe(ctx); err != nil {
		t.Fatal(err)
	}
	after := c.Session()
	if after.AccessToken == before.AccessToken || after.RefreshToken == before.RefreshToken {
		t.Fatal("the session was not refreshed")
	}
	if _, err := c.SignOut(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if c.Session() != nil {
		t.Fatal("sign-out left the session in place")
	}
	if _, err := c.GetUserMe(ctx); !errors.Is(err, cloudbase.ErrNotSignedIn) {
		t.Fatalf("after sign-out: %v", err)
	}
	// The old refresh token is spent (and the session signed out): a client still holding it gets invalid_grant, and loses it.
	stale := newClient(t)
	if err := stale.SetSession(*before); err != nil {
		t.Fatal(err)
	}
	if _, err := stale.RefreshSession(ctx); !errors.Is(err, cloudbase.ErrInvalidGrant) {
		t.Fatalf("a spent refresh token: %v", err)
	}
	if stale.Session() != nil {
		t.Fatal("invalid_grant left the session in place")
	}
}

// 100 goroutines on an expired session: all succeed (one refresh; a second one would spend a
// rotated refresh token and fail with invalid_grant).
func TestConcurrentCallsAfterExpiry(t *testing.T) {
	ctx := context.Background()
	c := newClient(t)
	if _, err := c.SignInAnonymously(ctx, nil); err != nil {
		t.Fatal(err)
	}
	advanceClock(t, 7300)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.GetUserMe(ctx)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestFileStorageKeepsTheSession(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tokens.json")
	store, err := cloudbase.NewFileStorage(path)
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, cloudbase.WithStorage(store))
	if _, err := c.SignInAnonymously(ctx, nil); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("token file: %v %v", info, err)
	}
	again := newClient(t, cloudbase.WithStorage(store))
	if _, err := again.GetUserMe(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestCustomLoginTicket(t *testing.T) {
	ctx := context.Background()
	var raw json.RawMessage
	control(t, "GET", "/emulator/v1/custom-login-credentials", nil, &raw)
	creds, err := cloudbase.ParseTicketCredentials(raw)
	if err != nil {
		t.Fatal(err)
	}
	ticket, err := cloudbase.CreateTicket(creds, "go-user-1", cloudbase.TicketOptions{Now: time.Now().Add(time.Duration(clockOffset.Load()) * time.Second)})
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t)
	tokens, err := c.SignInCustom(ctx, &cloudbase.CustomSignInRequest{ProviderID: "custom", Ticket: ticket})
	if err != nil {
		t.Fatal(err)
	}
	me, err := c.GetUserMe(ctx)
	if err != nil || me.Sub != cloudbase.Value(tokens.Sub) {
		t.Fatalf("%v %v", me, err)
	}
}

func TestConnectionRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	c, err := cloudbase.New(envID, cloudbase.WithBaseURL("http://"+addr+"/auth/v1"), cloudbase.WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.SignInAnonymously(context.Background(), nil)
	want := "cannot connect to " + addr + " (connection refused) for POST /auth/v1/signin/anonymously"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("%v", err)
	}
}

// resetEmulator puts the emulator back (users, sessions, its clock) so that a TC3 signature
// made with this machine's clock is within its window again; key pairs survive.
func resetEmulator(t *testing.T) {
	t.Helper()
	control(t, "POST", "/emulator/v1/reset", map[string]any{}, nil)
	clockOffset.Store(0)
}

// adminClient is a client holding the emulator's API key pair, with an administrator's token.
func adminClient(t *testing.T) (*cloudbase.Client, string) {
	t.Helper()
	var creds struct {
		KeyPairs []struct {
			SecretID  string `json:"secret_id"`
			SecretKey string `json:"secret_key"`
		} `json:"key_pairs"`
	}
	control(t, "GET", "/emulator/v1/admin-credentials", nil, &creds)
	if len(creds.KeyPairs) == 0 {
		t.Fatal("the emulator lists no key pair")
	}
	pair := creds.KeyPairs[0]
	c := newClient(t, cloudbase.WithTC3Credentials(pair.SecretID, pair.SecretKey, ""))
	// grant_type is left out: the spec pins it to client_credentials, so the client sends that.
	tokens, err := c.GetClientCredential(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if cloudbase.Value(tokens.Scope) != "admin" || c.Session() == nil || c.Session().RefreshToken != "" {
		t.Fatalf("admin tokens %v, session %v", tokens, c.Session())
	}
	return c, pair.SecretID
}

func liveSessions(t *testing.T, sub string) int {
	t.Helper()
	var listing struct {
		Total int `json:"total"`
	}
	control(t, "GET", "/emulator/v1/sessions?sub="+url.QueryEscape(sub), nil, &listing)
	return listing.Total
}

// Fields the spec pins to one value are sent when left out: signInCustom's provider_id (and,
// in adminClient, getClientCredential's grant_type with a nil request).
func TestFixedValuesAreSentWhenLeftOut(t *testing.T) {
	resetEmulator(t)
	var raw json.RawMessage
	control(t, "GET", "/emulator/v1/custom-login-credentials", nil, &raw)
	creds, err := cloudbase.ParseTicketCredentials(raw)
	if err != nil {
		t.Fatal(err)
	}
	ticket, err := cloudbase.CreateTicket(creds, "go-fixed-1", cloudbase.TicketOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t)
	if _, err := c.SignInCustom(context.Background(), &cloudbase.CustomSignInRequest{Ticket: ticket}); err != nil {
		t.Fatalf("SignInCustom without ProviderID: %v", err)
	}
	adminClient(t)
}

// An administrator revoking a user's token stays signed in; revoking its own token signs it out.
func TestRevokingAnotherUsersTokenKeepsTheSession(t *testing.T) {
	resetEmulator(t)
	ctx := context.Background()
	admin, _ := adminClient(t)
	user := newClient(t)
	if _, err := user.SignInAnonymously(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := admin.RevokeToken(ctx, &cloudbase.RevokeRequest{Token: cloudbase.Ptr(user.Session().RefreshToken)}); err != nil {
		t.Fatal(err)
	}
	if admin.Session() == nil {
		t.Fatal("revoking a user's token signed the administrator out")
	}
	if _, err := admin.QueryUser(ctx, &cloudbase.QueryUserRequest{Username: cloudbase.Ptr("nobody")}); err != nil {
		t.Fatalf("the administrator's session after the revoke: %v", err)
	}
	if _, err := user.RefreshSession(ctx); !errors.Is(err, cloudbase.ErrInvalidGrant) {
		t.Fatalf("the user's session was not revoked: %v", err)
	}
	if err := admin.RevokeToken(ctx, &cloudbase.RevokeRequest{Token: cloudbase.Ptr(admin.Session().AccessToken)}); err != nil {
		t.Fatal(err)
	}
	if admin.Session() != nil {
		t.Fatal("revoking its own token left the session in place")
	}
}

// An administrator's token has no refresh token: refused (here revoked), it is renewed with the
// key pair once, however many goroutines were refused, and every call succeeds.
func TestAdminTokenRenewsItselfWithTheKeyPair(t *testing.T) {
	resetEmulator(t)
	ctx := context.Background()
	admin, secretID := adminClient(t)
	if n := liveSessions(t, secretID); n != 1 {
		t.Fatalf("%d administrator sessions", n)
	}
	bystander := newClient(t)
	if err := bystander.RevokeToken(ctx, &cloudbase.RevokeRequest{Token: cloudbase.Ptr(admin.Session().AccessToken)}); err != nil {
		t.Fatal(err)
	}
	if n := liveSessions(t, secretID); n != 0 {
		t.Fatalf("%d administrator sessions after the revoke", n)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := admin.QueryUser(ctx, &cloudbase.QueryUserRequest{Username: cloudbase.Ptr("nobody")})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := liveSessions(t, secretID); n != 1 {
		t.Fatalf("%d renewals, want exactly 1", n)
	}
}

// A base URL without /auth/v1 gets a 404 that says so.
func TestNotFoundNamesTheMissingAuthV1(t *testing.T) {
	c, err := cloudbase.New(envID, cloudbase.WithBaseURL(emulator(t)), cloudbase.WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.SignInAnonymously(context.Background(), nil)
	if !errors.Is(err, cloudbase.ErrStatusNotFound) || !strings.Contains(err.Error(), "the base URL should end with /auth/v1") {
		t.Fatalf("%v", err)
	}
}
