"""H1, generic: a field the spec marks ``x-secret`` is redacted from the generated models' repr
with no code change. A copy of the real spec gains a new secret field on ``SudoResponse`` and an
existing plain field (``expires_in``) becomes secret; the generated client, called through its
public method over ``httpx.MockTransport``, must hide both and keep showing the rest."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator import writer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def package_with_new_secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("secret-spec")
    doc = yaml.safe_load((ROOT / "spec" / "auth-v1.yaml").read_text(encoding="utf-8"))
    schema = doc["components"]["schemas"]["SudoResponse"]
    schema["properties"]["recovery_phrase"] = {
        "type": "string",
        "x-secret": True,
        "description": "A made-up secret field, added by this test.",
    }
    schema["properties"]["expires_in"]["x-secret"] = True
    spec = root / "auth-v1.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    writer.generate(spec, root / "out")
    return root / "out" / "python"


def test_h1_new_x_secret_field_is_redacted_with_no_code_change(package_with_new_secret: Path) -> None:
    code = textwrap.dedent(
        """
        import httpx, cloudbase_auth
        from cloudbase_auth import CloudBaseAuth

        assert cloudbase_auth.__file__.startswith(PACKAGE), cloudbase_auth.__file__
        def handler(request):
            if request.url.path.endswith("/user/sudo"):
                return httpx.Response(200, json={
                    "sudo_token": "sudo-4a4a4a4a", "expires_in": 987654, "recovery_phrase": "horse-battery-staple",
                })
            return httpx.Response(200, json={"token_type": "Bearer", "access_token": "acc-1b2c3d4e",
                                             "refresh_token": "ref-9f8e7d6c", "expires_in": 7200})
        with CloudBaseAuth("env-1", base_url="http://x.test/auth/v1", transport=httpx.MockTransport(handler)) as c:
            c.sign_in_anonymously()
            sudo = c.sudo(password="Pa55word-x")
        assert sudo.recovery_phrase == "horse-battery-staple" and sudo.expires_in == 987654
        print(repr(sudo))
        print(str(sudo))
        """
    ).replace("PACKAGE", repr(str(package_with_new_secret)))
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(package_with_new_secret)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for secret in ("sudo-4a4a4a4a", "horse-battery-staple", "987654"):
        assert secret not in out
    assert out.count("recovery_phrase=[REDACTED]") == 2
    assert out.count("expires_in=[REDACTED]") == 2
