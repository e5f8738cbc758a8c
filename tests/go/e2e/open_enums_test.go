// The generated Go client keeps a status value the spec does not list (issue 21 item 6: the
// spec's open enums), and reads the fields the spec fixes added, against the emulator.
package e2e

import (
	"context"
	"fmt"
	"testing"
	"time"

	cloudbase "github.com/cloudbase-auth/cloudbase-auth-go"
)

func TestUserStatusTheSpecDoesNotListIsKept(t *testing.T) {
	c := newClient(t)
	tokens := signUpBySMS(t, c, nextPhone())
	control(t, "POST", "/emulator/v1/users/"+*tokens.Sub+"/status", map[string]any{"status": "FROZEN"}, nil)
	me, err := c.GetUserMe(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if me.Status == nil || *me.Status != "FROZEN" || me.Sub != *tokens.Sub {
		t.Fatalf("status %v, sub %q", me.Status, me.Sub)
	}
}

func TestQrCodeStatusTheSpecDoesNotListIsKept(t *testing.T) {
	c := newClient(t)
	ctx := context.Background()
	app := fmt.Sprintf("wx%016x", time.Now().UnixNano())
	control(t, "POST", "/emulator/v1/wechat/apps", map[string]any{"appid": app}, nil)
	created, err := c.GetMiniProgramQrCode(ctx, &cloudbase.QrCodeRequest{EnvID: envID, WxAppID: app})
	if err != nil {
		t.Fatal(err)
	}
	control(t, "POST", "/emulator/v1/qrcodes/"+created.QrCodeID, map[string]any{"status": "SCANNED_ELSEWHERE"}, nil)
	status, err := c.GetMiniProgramQrCodeStatus(ctx, &cloudbase.QrCodeStatusRequest{QrCodeID: created.QrCodeID, EnvID: envID, WxAppID: app})
	if err != nil {
		t.Fatal(err)
	}
	if status.Status != "SCANNED_ELSEWHERE" || status.ExpiresIn <= 0 {
		t.Fatalf("status %q, expires_in %d", status.Status, status.ExpiresIn)
	}
}

func TestNeedWedaResourceIsRead(t *testing.T) {
	c := newClient(t)
	ctx := context.Background()
	control(t, "POST", "/emulator/v1/weda", map[string]any{"need_weda_resource": true}, nil)
	defer control(t, "POST", "/emulator/v1/weda", map[string]any{"need_weda_resource": false}, nil)
	tokens, err := c.SignInAnonymously(ctx, &cloudbase.AnonymousSignInRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if tokens.NeedWedaResource == nil || !*tokens.NeedWedaResource {
		t.Fatalf("need_weda_resource %v", tokens.NeedWedaResource)
	}
}
