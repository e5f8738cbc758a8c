"""The "With the emulator" notes: every cookbook step that needs something from outside (a code a
person receives, a captcha's text, a provider's or WeChat's code, a device ID, the key file, the
API key pair) has one, on the cookbook page and on the docs site's flow page, derived from the
step; and each note's commands, run as printed in a shell whose `base` is a live emulator, give
what the step then needs (the code that works, the captcha's answer, ...)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from generator import emulator_notes as notes
from generator.cookbook import Scenario, Step

from .support import COOKBOOK, ROOT, load_api, load_scenarios, shellcheck

API = load_api()
SCENARIOS: tuple[Scenario, ...] = load_scenarios(API)
DOCS_FLOWS = ROOT / "generated" / "docs" / "docs" / "flows"
pytestmark = pytest.mark.skipif(shutil.which("jq") is None or shutil.which("curl") is None, reason="needs curl and jq")


def _needs_help(step: Step) -> bool:
    op = API.operation(step.operation_id) if step.operation_id else None
    return bool(step.asks) or step.kind == "create_ticket" or (op is not None and op.auth == "tc3")


def _step_section(text: str, number: int) -> str:
    start = text.index(f"\n## Step {number}: ")
    end = text.find("\n## Step ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_every_step_that_needs_outside_help_has_a_note_on_both_pages() -> None:
    checked = 0
    for scenario in SCENARIOS:
        cookbook = (COOKBOOK / f"{scenario.id}.md").read_text(encoding="utf-8")
        site = (DOCS_FLOWS / f"{scenario.id}.md").read_text(encoding="utf-8")
        for step in scenario.steps:
            derived = notes.notes_for(API, scenario, step)
            for page, marker in ((cookbook, "<summary>With the emulator</summary>"), (site, '??? tip "With the emulator"')):
                section = _step_section(page, step.number)
                assert (marker in section) == bool(derived), (scenario.id, step.number)
                for note in derived:
                    assert note.commands[0].splitlines()[0] in section, (scenario.id, step.number, note.key)
            if _needs_help(step):
                assert derived, (scenario.id, step.number)
                checked += 1
    assert checked >= 10


def test_every_kind_of_ask_has_its_own_note() -> None:
    """A new kind of prompt must say how the emulator answers it: only a code sent by SMS or
    email may fall back to the verification-code note."""
    for scenario in SCENARIOS:
        for step in scenario.steps:
            for ask in step.asks:
                note = notes.BY_ASK.get(ask.variable)
                assert note is not None, (scenario.id, step.number, ask.variable)
                assert note.key == ask.variable or ask.variable == "otherProviderCode", (scenario.id, ask.variable)


def test_the_notes_are_not_run_by_the_page_tests() -> None:
    """Notes are `shell` blocks: the page tests run the `bash` blocks, which already answer
    through the control API themselves."""
    text = (COOKBOOK / "sms-sign-up.md").read_text(encoding="utf-8")
    assert "```shell\n" + notes.CONTROL in text
    assert "```bash\n" + notes.CONTROL not in text


def run(note: notes.EmulatorNote, server: str, tmp_path: Path, **variables: str) -> str:
    assigned = "".join(f"{name}={json.dumps(value)}\n" for name, value in variables.items())
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", f'base="{server}/auth/v1"\n{assigned}{note.shell}'],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, (note.key, done.stderr)
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def test_each_note_does_what_it_says_against_the_emulator(emulator_server: str, tmp_path: Path) -> None:
    with httpx.Client(base_url=f"{emulator_server}/auth/v1", headers={"x-device-id": "dev-notes"}, timeout=10) as api:
        _each_note(api, emulator_server, tmp_path)


def _each_note(api: httpx.Client, emulator_server: str, tmp_path: Path) -> None:
    control = f"{emulator_server}/emulator/v1"
    # a code sent by email: the note prints it, and it verifies
    for address in ("older@example.com", "notes@example.com"):  # the note reads the newest
        sent = api.post("/verification", json={"email": address, "target": "ANY"})
        assert sent.status_code == 200, sent.text
    code = run(notes.VERIFICATION_CODE, emulator_server, tmp_path)
    verified = api.post("/verification/verify", json={"verification_id": sent.json()["verification_id"], "verification_code": code})
    assert verified.status_code == 200, verified.text
    # the captcha: the note lowers the gate, then reads the text of the newest image
    for _ in range(2):  # the note reads the newest
        drawn = api.post("/captcha/data", json={"state": "POST:/v1/verification"})
        assert drawn.status_code == 200, drawn.text
    answer = run(notes.CAPTCHA, emulator_server, tmp_path)
    assert httpx.get(f"{control}/captcha/settings").json()["threshold"] == 1
    solved = api.post("/captcha/data/verify", json={"token": drawn.json()["token"], "key": answer})
    assert solved.status_code == 200, solved.text
    # a provider's code: it grants a provider token
    provider_code = run(notes.PROVIDER_CODE, emulator_server, tmp_path, providerId="acme-notes")
    granted = api.post("/provider/token", json={"provider_id": "acme-notes", "provider_code": provider_code})
    assert granted.status_code == 200, granted.text
    # WeChat: a wx.login() code grants a provider token; a phone code is minted for the app
    wx_code = run(notes.WX_LOGIN_CODE, emulator_server, tmp_path, appId="wx-notes")
    granted = api.post("/provider/token", json={"provider_id": "wx-notes", "provider_code": wx_code})
    assert granted.status_code == 200, granted.text
    assert run(notes.PHONE_CODE, emulator_server, tmp_path, appId="wx-notes")
    # the QR code: scanned and confirmed
    qr = api.post("/qrcode/generate", json={"envId": "emulator-env", "wxAppId": "wx-notes"})
    assert qr.status_code == 200, qr.text
    run(notes.QR_CONFIRMED, emulator_server, tmp_path)
    assert [row["status"] for row in httpx.get(f"{control}/qrcodes").json()["data"]] == ["CONFIRMED"]
    # the device IDs of live sessions
    assert api.post("/signin/anonymously", json={}).status_code == 200
    assert run(notes.DEVICE_ID, emulator_server, tmp_path).endswith(" dev-notes")
    # a caller's token: it introspects as another (anonymous) user
    caller = run(notes.CALLER_TOKEN, emulator_server, tmp_path, clientId="emulator-env")
    seen = httpx.get(f"{emulator_server}/auth/v1/token/introspect", headers={"authorization": f"Bearer {caller}"})
    assert seen.status_code == 200 and seen.json()["sub"], seen.text
    # a device flow's user code: it approves that flow
    device = api.post("/device/code", json={"scope": "openid"})
    assert device.status_code == 200, device.text
    assert run(notes.USER_CODE, emulator_server, tmp_path) == device.json()["user_code"]
    # the key file and the key pair
    run(notes.KEY_FILE, emulator_server, tmp_path)
    key_file = json.loads((tmp_path / "tcb_custom_login.json").read_text(encoding="utf-8"))
    assert {"private_key_id", "private_key", "env_id"} <= set(key_file)
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", f'base="{emulator_server}/auth/v1"\n{notes.KEY_PAIR.shell}'],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    pair = json.loads(done.stdout)
    assert api.post("/token", json={"grant_type": "client_credentials"}, auth=(pair["secret_id"], pair["secret_key"])).status_code == 200
    # password-free WeChat sign-in switched on
    run(notes.WEDA_NO_AUTH, emulator_server, tmp_path)
    sub_type = api.post("/mgr/provider/providerSubType", json={"provider_id": "weda"})
    assert sub_type.json()["provider_sub_type"] == "NO_AUTH_LOGIN", sub_type.text


def test_shellcheck_passes_on_every_note(tmp_path: Path) -> None:
    every = [getattr(notes, name) for name in dir(notes) if isinstance(getattr(notes, name), notes.EmulatorNote)]
    for note in every:
        script = tmp_path / f"{note.key}.sh"
        # the page's variables, set as the page sets them
        script.write_text(
            '#!/usr/bin/env bash\nbase="x"; providerId="p"; appId="a"; clientId="c"\nexport providerId appId clientId\n' + note.shell + "\n",
            encoding="utf-8",
        )
        done = subprocess.run([shellcheck(), "-s", "bash", str(script)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, (note.key, done.stdout)
    assert re.search(r"\$\{base%/auth/v1\}", notes.CONTROL)
