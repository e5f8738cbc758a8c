"""The PHP client against the hand-written wire table (table.py): tests/wire_table/php/wire.php
makes each call against the recording server over loopback, and this test compares."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .check import mismatches
from .conftest import REPO
from .recorder import recording_server
from .table import CLIENT_ID, CLIENT_SECRET, ENV_ID, SECRET_ID, SECRET_KEY, SESSION_ACCESS_TOKEN, TABLE
from .test_go_wire import effect

SCRIPT = Path(__file__).resolve().parent / "php" / "wire.php"


def test_the_php_client_puts_the_table_on_the_wire() -> None:
    php = shutil.which("php")
    if php is None:
        # The php session installs it and sets AUTHGEN_PHP_REQUIRED=1: there a missing php fails.
        message = "php is not installed (apt-get install php-cli php-curl php-mbstring)"
        if os.environ.get("AUTHGEN_PHP_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with recording_server() as (base_url, recorder):
        job = {
            "url": base_url,
            "env": ENV_ID,
            "clientId": CLIENT_ID,
            "clientSecret": CLIENT_SECRET,
            "secretId": SECRET_ID,
            "secretKey": SECRET_KEY,
            "sessionToken": SESSION_ACCESS_TOKEN,
            "signedIn": [case for case, wire in TABLE.items() if wire.signed_in],
        }
        done = subprocess.run(
            [php, str(SCRIPT), str(REPO / "generated" / "php" / "autoload.php")],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""  # no call failed
    sessions = {case: effect(before, after) for case, (before, after) in json.loads(done.stdout).items()}
    assert set(sessions) == set(TABLE)
    found = [
        problem
        for case, wire in sorted(TABLE.items())
        for problem in mismatches(case, wire, recorder.seen.get(case.replace("/", "-"), []), sessions[case])  # type: ignore[arg-type]
    ]
    assert found == []
