// The Go client's side of the hand-written wire table (tests/wire_table/table.py): one call per
// case against the recording server at WIRE_URL, tagged with the case as its x-request-id.
// For each case it writes "case<TAB>session before<TAB>session after" to WIRE_OUT; the Python
// test compares the recorded requests and these lines with the table.
package wire

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	cloudbase "github.com/cloudbase-auth/cloudbase-auth-go"
)

func str(s string) *string { return &s }

// case -> the call (the names match table.py's keys)
var calls = map[string]func(context.Context, *cloudbase.Client, cloudbase.CallOption) error{
	"signIn": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.SignIn(ctx, &cloudbase.SignInRequest{Username: str("wire-user"), Password: str("Passw0rd!wire")}, o)
		return err
	},
	"signInAnonymously": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.SignInAnonymously(ctx, &cloudbase.AnonymousSignInRequest{}, o)
		return err
	},
	"grantToken": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.GrantToken(ctx, &cloudbase.TokenRequest{GrantType: "refresh_token", RefreshToken: str("rt-x")}, o)
		return err
	},
	"checkIfUserExist": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.CheckIfUserExist(ctx, &cloudbase.CheckIfUserExistRequest{Username: "wire-user"}, o)
		return err
	},
	"introspectToken": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.IntrospectToken(ctx, o)
		return err
	},
	"revokeToken": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		return c.RevokeToken(ctx, &cloudbase.RevokeRequest{}, o)
	},
	"getUserMe": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.GetUserMe(ctx, o)
		return err
	},
	"deleteUserMe": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		return c.DeleteUserMe(ctx, &cloudbase.DeleteUserMeRequest{SudoToken: "sudo-wire"}, o)
	},
	"sudo": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.Sudo(ctx, &cloudbase.SudoRequest{Password: str("Passw0rd!wire")}, o)
		return err
	},
	"updatePassword": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		return c.UpdatePassword(ctx, &cloudbase.UpdatePasswordRequest{NewPassword: "N3w-Passw0rd!wire", SudoTokenQuery: str("sudo-wire")}, o)
	},
	"listProviders": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.ListProviders(ctx, o)
		return err
	},
	"unbindProvider": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		return c.UnbindProvider(ctx, &cloudbase.UnbindProviderRequest{ProviderID: "github"}, o)
	},
	"signOut": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.SignOut(ctx, &cloudbase.SignOutRequest{}, o)
		return err
	},
	"revokeAllDevices": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		return c.RevokeAllDevices(ctx, o)
	},
	"checkUsername": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		return c.CheckUsername(ctx, &cloudbase.CheckUsernameRequest{Username: "wire-user"}, o)
	},
	"getAuthorizeInfo/signedIn": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.GetAuthorizeInfo(ctx, &cloudbase.GetAuthorizeInfoRequest{ResponseType: str("code")}, o)
		return err
	},
	"getAuthorizeInfo/signedOut": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.GetAuthorizeInfo(ctx, &cloudbase.GetAuthorizeInfoRequest{ResponseType: str("code")}, o)
		return err
	},
	"getClientCredential": func(ctx context.Context, c *cloudbase.Client, o cloudbase.CallOption) error {
		_, err := c.GetClientCredential(ctx, &cloudbase.ClientCredentialRequest{GrantType: "client_credentials"}, o)
		return err
	},
}

func accessToken(c *cloudbase.Client) string {
	if s := c.Session(); s != nil {
		return s.AccessToken
	}
	return "-"
}

func TestWireTable(t *testing.T) {
	base, out := os.Getenv("WIRE_URL"), os.Getenv("WIRE_OUT")
	if base == "" || out == "" {
		t.Skip("WIRE_URL and WIRE_OUT are set by tests/wire_table/test_go_wire.py")
	}
	signedIn := map[string]bool{}
	for _, name := range strings.Split(os.Getenv("WIRE_SIGNED_IN"), ",") {
		signedIn[name] = true
	}
	names := make([]string, 0, len(calls))
	for name := range calls {
		names = append(names, name)
	}
	sort.Strings(names)
	var lines []string
	for _, name := range names {
		c, err := cloudbase.New(os.Getenv("WIRE_ENV"),
			cloudbase.WithBaseURL(base),
			cloudbase.WithClientCredentials(os.Getenv("WIRE_CLIENT_ID"), os.Getenv("WIRE_CLIENT_SECRET")),
			cloudbase.WithTC3Credentials(os.Getenv("WIRE_SECRET_ID"), os.Getenv("WIRE_SECRET_KEY"), ""),
			cloudbase.WithRetry(0))
		if err != nil {
			t.Fatal(err)
		}
		if signedIn[name] {
			err := c.SetSession(cloudbase.Session{AccessToken: os.Getenv("WIRE_SESSION_TOKEN"), RefreshToken: "rt-the-session-before", ExpiresAt: time.Now().Add(2 * time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
		}
		before := accessToken(c)
		rid := strings.ReplaceAll(name, "/", "-")
		if err := calls[name](context.Background(), c, cloudbase.WithHeader("X-Request-Id", rid)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		lines = append(lines, fmt.Sprintf("%s\t%s\t%s", name, before, accessToken(c)))
	}
	if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}
