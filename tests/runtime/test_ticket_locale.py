"""create_ticket reads tcb_custom_login.json as UTF-8 whatever the locale: under an ASCII locale
(``LC_ALL=C``, no UTF-8 mode) a file with non-ASCII text in it (a note saved by an editor, a
console's description) still gives the ticket it gives anywhere else. (The mutation run of
issue 28 item 10 left `_load_credentials` reading in the locale's encoding untested.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from .conftest import PACKAGE
from .test_ticket import NOW_MS, creds

_UNDER_ASCII_LOCALE = """
import importlib, locale, sys
sys.path.insert(0, sys.argv[1])
ticket = importlib.import_module(sys.argv[2] + "._ticket")
ticket._now_ms = lambda: int(sys.argv[4])
print(locale.getpreferredencoding(False))
print(ticket.create_ticket(sys.argv[3], "user_0001"))
"""


def test_a_credentials_file_is_utf8_under_an_ascii_locale(
    rt: SimpleNamespace, runtime_package_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = {**creds(), "note": "clé de connexion personnalisée, 自定义登录"}
    path = tmp_path / "tcb_custom_login.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-c", _UNDER_ASCII_LOCALE, str(runtime_package_dir), PACKAGE, str(path), str(NOW_MS)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    encoding, ticket = done.stdout.splitlines()
    assert "utf" not in encoding.lower()  # the locale really is not UTF-8
    monkeypatch.setattr(rt.ticket, "_now_ms", lambda: NOW_MS)
    assert ticket == rt.ticket.create_ticket(data, "user_0001")

