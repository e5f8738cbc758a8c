"""Getting started with PHP, as a new reader follows it: the first call saved as first_call.php
and run with `php` against a fresh emulator, loading generated/php through its autoload.php as
the page prints. Only the checkout's path and the emulator's port are the test's."""

from __future__ import annotations

from pathlib import Path

import httpx
from docs.first_call import at, blocks

from .conftest import GENERATED, run_php


def test_php_first_call_runs_as_printed(php: str, emulator_server: str, tmp_path: Path) -> None:
    (code,) = blocks("php", "A first call", "php")
    assert "/path/to/generated/php/autoload.php" in code
    script = tmp_path / "first_call.php"
    script.write_text(at(code, emulator_server).replace("/path/to/generated/php", str(GENERATED)), encoding="utf-8")
    out = run_php(php, [str(script)], cwd=tmp_path)
    (user,) = httpx.get(f"{emulator_server}/emulator/v1/users", timeout=10).json()["data"]
    assert out == f"signed in as {user['sub']}\n"
