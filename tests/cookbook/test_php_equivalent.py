"""Every cookbook page's PHP code, as printed, runs the page's flow against the emulator
(`php -l` clean first). The blocks of a page, in order, are one script (the first block opens
it with `<?php`); only the page's top values are substituted (where the package is, env,
baseUrl and, where the page has them, the key file and the API key pair). Prompts are answered
from the emulator's control API, as for the curl, Python and Go versions."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from .answers import Answers, prepare
from .support import COOKBOOK, blocks
from .test_against_emulator import (
    ENV_ID,
    OTHER_PROMPTS,
    SCENARIOS,
    _before,
    _key_pair,
    _provision_account,
    _variables,
)
from .test_go_equivalent import run_answering

REPO = Path(__file__).resolve().parents[2]
AUTOLOAD = REPO / "generated" / "php" / "autoload.php"


@pytest.fixture(scope="module")
def php() -> str:
    found = shutil.which("php")
    if found is None:
        if os.environ.get("AUTHGEN_PHP_REQUIRED") == "1":
            pytest.fail("php is not installed (the php nox session installs it)")
        pytest.skip("php is not installed")
    return found


def php_literal(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def script(page: Path, values: dict[str, str]) -> str:
    """The page's PHP blocks as one script, its top values replaced."""
    code = blocks(page, "php")
    assert code, f"{page.name} shows no PHP code"
    assert code[0].startswith("<?php\n"), f"{page.name}: the first PHP block does not open the script"
    text = "\n".join(code)
    text, count = re.subn(
        r"^require 'vendor/autoload\.php';.*$",
        f"require {php_literal(str(AUTOLOAD))};",
        text,
        count=1,
        flags=re.M,
    )
    assert count == 1, f"{page.name}: the PHP code loads no autoloader"
    for name, value in values.items():
        text, count = re.subn(
            rf"^\${re.escape(name)} = .*;.*$", f"${name} = {php_literal(value)};", text, count=1, flags=re.M
        )
        assert count == 1, f"{page.name}: the PHP code sets no ${name}"
    return text


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_php_equivalent_runs_against_the_emulator(
    scenario: Any, php: str, emulator_server: str, tmp_path: Path
) -> None:
    page = COOKBOOK / f"{scenario.id}.md"
    if "account" in scenario.given:
        _provision_account(emulator_server, scenario)
    _before(emulator_server, scenario)
    values = {"env": ENV_ID, "baseUrl": f"{emulator_server}/auth/v1"}
    variables = _variables(scenario)
    if "credentialsFile" in variables:
        credentials = httpx.get(f"{emulator_server}/emulator/v1/custom-login-credentials", timeout=10).json()
        key_file = tmp_path / "tcb_custom_login.json"
        key_file.write_text(json.dumps(credentials), encoding="utf-8")
        values["credentialsFile"] = str(key_file)
    if "secretId" in variables:
        pair = _key_pair(emulator_server)
        values |= {"secretId": pair["secret_id"], "secretKey": pair["secret_key"]}
    source = tmp_path / f"{scenario.id}.php"
    source.write_text(script(page, values), encoding="utf-8")
    lint = subprocess.run([php, "-l", str(source)], capture_output=True, text=True, check=False)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    runner = tmp_path / "run-page"
    runner.write_text(f"#!/bin/sh\nexec {php} -d error_reporting=-1 {source}\n", encoding="utf-8")
    runner.chmod(0o700)
    prepare(emulator_server, scenario, None)
    answers = Answers(emulator_server, scenario, OTHER_PROMPTS)
    done = run_answering(runner, answers, dict(os.environ))
    assert done.returncode == 0, f"{done.stderr[-3000:]}\n--- stdout:\n{done.stdout[-3000:]}"
    assert "Deprecated" not in done.stdout + done.stderr and "Warning" not in done.stdout + done.stderr
    assert answers.index == len(answers.asks), "every prompt was answered"


@pytest.mark.slow
def test_the_verify_page_checks_the_callers_token_with_the_php_verifier(
    php: str, emulator_server: str, tmp_path: Path
) -> None:
    """The "Verify a caller's token" page's PHP shows TokenVerifier (the Snippets.verify hook),
    and what it captures is the caller: the user the page signed in, with its scope."""
    scenario = next(s for s in SCENARIOS if s.id == "verify-caller-token")
    page = COOKBOOK / f"{scenario.id}.md"
    assert "new \\CloudBase\\Auth\\TokenVerifier($auth, maxTtl: 60)" in "\n".join(blocks(page, "php"))
    _provision_account(emulator_server, scenario)
    source = tmp_path / "verify.php"
    code = script(page, {"env": ENV_ID, "baseUrl": f"{emulator_server}/auth/v1"})
    code += '\necho json_encode([$userId, $callerScope, $verifier->introspections(), get_class($verified)]), "\\n";\n'
    source.write_text(code, encoding="utf-8")
    done = subprocess.run(
        [php, "-d", "error_reporting=-1", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    user_id, scope, introspections, kind = json.loads(done.stdout.strip().splitlines()[-1])
    variables = _variables(scenario)
    with httpx.Client(
        base_url=f"{emulator_server}/auth/v1", timeout=10, params={"client_id": ENV_ID}
    ) as client:
        signed_in = client.post(
            "/signin", json={"username": variables["username"], "password": variables["password"]}
        )
    assert signed_in.status_code == 200, signed_in.text
    assert (user_id, scope, introspections, kind) == (
        signed_in.json()["sub"],
        "user",
        1,
        "CloudBase\\Auth\\VerifiedToken",
    )
