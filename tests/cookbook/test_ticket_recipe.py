"""The custom-login page's shell recipe (bash, jq, openssl) mints the same ticket as
`cloudbase_auth.create_ticket`, byte for byte, and the emulator accepts it: a Go, Java or PHP
server can follow the page without Python."""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path

import cloudbase_auth._ticket as ticket_module
import httpx
import pytest
from cloudbase_auth import create_ticket
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .support import COOKBOOK, blocks, run_bash

ENV = "ticket-env"
FIXED_SECOND = 1_764_000_123  # what the fake `date +%s` prints


def recipe() -> str:
    found = [b for b in blocks(COOKBOOK / "custom-login.md", "bash") if "openssl dgst" in b]
    assert len(found) == 1, "the custom-login page has one shell ticket recipe"
    return found[0]


def mint_in_shell(credentials: Path, uid: str, *, env: str = ENV, fake_date_dir: Path | None = None) -> str:
    prelude = f"env='{env}'\ncredentialsFile='{credentials}'\ncustomUserId='{uid}'\n"
    if fake_date_dir is not None:
        prelude = f"PATH='{fake_date_dir}':\"$PATH\"\n" + prelude
    run = run_bash(prelude + recipe() + '\nprintf "%s" "$ticket"\n')
    assert run.returncode == 0, run.stderr
    return run.stdout


def _credentials(tmp_path: Path, env_id: str = ENV) -> tuple[Path, dict[str, str]]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    data = {"private_key_id": "kid-shell-1", "private_key": pem, "env_id": env_id}
    path = tmp_path / "tcb_custom_login.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, data


def _fake_date(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "date"
    script.write_text(f"#!/bin/sh\necho {FIXED_SECOND}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return bin_dir


def _decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


@pytest.mark.parametrize("uid", ["user-1234", "a@b.c:(x)<y>+z", "{[~=*]},#"])
def test_shell_recipe_equals_create_ticket_byte_for_byte(
    uid: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    credentials, data = _credentials(tmp_path)
    shell_ticket = mint_in_shell(credentials, uid, fake_date_dir=_fake_date(tmp_path))
    monkeypatch.setattr(ticket_module, "_now_ms", lambda: FIXED_SECOND * 1000)
    assert shell_ticket == create_ticket(data, uid, env_id=ENV)
    kid, jwt = shell_ticket.split("/@@/")
    header, claims, _signature = jwt.split(".")
    assert kid == "kid-shell-1"
    assert _decode(header) == b'{"alg":"RS256","typ":"JWT"}'
    assert list(json.loads(_decode(claims))) == ["alg", "env", "iat", "exp", "uid", "refresh", "expire"]


def test_shell_recipe_refuses_a_key_file_of_another_env(tmp_path: Path) -> None:
    credentials, _ = _credentials(tmp_path, env_id="someone-else")
    run = run_bash(f"env={ENV}\ncredentialsFile='{credentials}'\ncustomUserId=user-1234\n" + recipe())
    assert run.returncode != 0
    assert "not for env" in run.stderr
    assert "PRIVATE KEY" not in run.stderr + run.stdout


def test_emulator_accepts_the_shell_ticket(emulator_server: str, tmp_path: Path) -> None:
    served = httpx.get(f"{emulator_server}/emulator/v1/custom-login-credentials", timeout=10).json()
    path = tmp_path / "tcb_custom_login.json"
    path.write_text(json.dumps(served), encoding="utf-8")
    ticket = mint_in_shell(path, "shell-user-1", env=served["env_id"])  # the real clock
    answer = httpx.post(
        f"{emulator_server}/auth/v1/signin/custom",
        json={"provider_id": "custom", "ticket": ticket},
        headers={"x-device-id": "d1"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    token = answer.json()["access_token"]
    me = httpx.get(
        f"{emulator_server}/auth/v1/user/me", headers={"authorization": f"Bearer {token}"}, timeout=10
    )
    assert me.status_code == 200
