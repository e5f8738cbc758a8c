"""The PHP client against the hand-written wire table (table.py): tests/wire_table/php/wire.php
makes each call against the recording server over loopback, and this test compares."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .check import job, table_mismatches
from .conftest import REPO
from .recorder import recording_server

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
        done = subprocess.run(
            [php, str(SCRIPT), str(REPO / "generated" / "php" / "autoload.php")],
            input=json.dumps(job(base_url)),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""  # no call failed
    assert table_mismatches(recorder, json.loads(done.stdout)) == []
