"""The Go `TestMain` of the emulator distribution's README (packages/emulator/README.md), exactly as
printed, starts `cloudbase-auth-emulator` on a free port for a Go test package whose tests then
sign in against it; `go vet` passes on it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .conftest import REPO, run_go

README = REPO / "packages" / "emulator" / "README.md"

USES_IT = """package yourpackage

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestAnonymousSignInAgainstTheEmulator(t *testing.T) {
	request, err := http.NewRequest(http.MethodPost, emulatorURL+"/auth/v1/signin/anonymously", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	request.Header.Set("x-device-id", "go-testmain")
	answer, err := http.DefaultClient.Do(request)
	if err != nil {
		t.Fatal(err)
	}
	defer answer.Body.Close()
	var token struct {
		TokenType   string `json:"token_type"`
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(answer.Body).Decode(&token); err != nil {
		t.Fatal(err)
	}
	if answer.StatusCode != http.StatusOK || token.TokenType != "Bearer" || token.AccessToken == "" {
		t.Fatalf("sign-in: %d %+v", answer.StatusCode, token)
	}
}
"""


def _readme_test_main() -> str:
    blocks = re.findall(r"```go\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    (block,) = [b for b in blocks if "func TestMain(m *testing.M)" in b]
    return block


def test_the_readme_test_main_runs_the_emulator_for_a_go_package(go: str, tmp_path: Path) -> None:
    module = tmp_path / "module"
    module.mkdir()
    (module / "go.mod").write_text("module example.com/yourpackage\n\ngo 1.22\n")
    (module / "emulator_test.go").write_text(_readme_test_main())
    (module / "signin_test.go").write_text(USES_IT)
    command = Path(sys.executable).parent / "cloudbase-auth-emulator"
    assert command.exists(), "the console script is installed with authgen (pip install -e .)"
    env = {"CLOUDBASE_AUTH_EMULATOR": str(command)}
    run_go(go, ["vet", "./..."], module, tmp_path, env=env)
    output = run_go(go, ["test", "-count=1", "-v", "./..."], module, tmp_path, env=env, timeout=300)
    assert "--- PASS: TestAnonymousSignInAgainstTheEmulator" in output, output
