"""generated/php as a PHP user gets it: `php -l` clean, every file marked generated, and one
phpunit run over the package's tests: the runtime's unit tests, every shared vector through the
generated methods, and the end-to-end flows against the emulator (real HTTP on loopback); then
the README's first flow, pasted into a fresh folder outside the repository."""

from __future__ import annotations

import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import GENERATED, VECTORS, copy_package, lint_all, run_php


def test_generated_php_is_php_l_clean(php: str) -> None:
    assert lint_all(php, GENERATED) == []


def test_every_php_file_opens_with_the_generated_header() -> None:
    files = sorted(GENERATED.rglob("*.php"))
    assert len(files) > 60
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "<?php", path
        assert lines[1].startswith("// generated from spec/auth-v1.yaml by authgen, do not edit"), path


def test_composer_json_declares_psr4_and_only_php_extensions() -> None:
    composer = json.loads((GENERATED / "composer.json").read_text(encoding="utf-8"))
    assert composer["autoload"] == {"psr-4": {"CloudBase\\Auth\\": "src/"}}
    assert composer["require"] == {"php": ">=8.1", "ext-curl": "*", "ext-json": "*", "ext-openssl": "*"}


@pytest.mark.parametrize("zone", ["UTC", "Asia/Shanghai"])
def test_phpunit_runtime_vectors_and_flows(
    php: str, phpunit: str, tmp_path: Path, emulator_server: str, zone: str
) -> None:
    """The whole package's tests, in UTC and again in Asia/Shanghai (date.timezone and TZ)."""
    package = copy_package(GENERATED, tmp_path / "php")
    report = tmp_path / "junit.xml"
    done = subprocess.run(
        [php, "-d", f"date.timezone={zone}", phpunit, "--log-junit", str(report)],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=900,
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "TZ": zone,
            "CLOUDBASE_VECTORS": str(VECTORS),
            "EMULATOR_URL": emulator_server,
        },
        check=False,
    )
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
    cases = list(ET.parse(report).iter("testcase"))
    ran = [
        c
        for c in cases
        if c.find("skipped") is None and c.find("failure") is None and c.find("error") is None
    ]
    index = json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))
    counts = index["counts"]
    expected = (
        counts["request_cases"]
        + counts["success_response_cases"]
        + counts["error_response_cases"]
        + counts["signature_cases"]
    )
    vectors = [
        c
        for c in ran
        if c.get("class", "").endswith("VectorsTest") and c.get("name", "").startswith("testVector ")
    ]
    assert len(vectors) == expected, f"{len(vectors)} of {expected} vector cases passed"
    flows = [c for c in ran if c.get("class", "").endswith("FlowsTest")]
    assert len(flows) >= 8, "the end-to-end flows ran against the emulator"
    skipped = [c.get("name") for c in cases if c.find("skipped") is not None]
    assert skipped == [], f"skipped in generated/php: {skipped}"


def readme_flow() -> str:
    text = (GENERATED / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```php\n(.*?)```", text, flags=re.DOTALL) if "new CloudBaseAuth" in b]
    assert blocks, "generated/php/README.md shows no flow"
    return str(blocks[0])


def test_readme_first_flow_in_a_fresh_folder(php: str, tmp_path: Path, emulator_server: str) -> None:
    app = tmp_path / "myapp"
    app.mkdir()
    source = readme_flow()
    assert "new CloudBaseAuth(envId: 'your-env-id'" in source
    # Only what a reader replaces: where the package is, and the emulator's address.
    source = source.replace("__DIR__ . '/vendor/autoload.php'", repr(str(GENERATED / "autoload.php")))
    source = source.replace("your-env-id", "emulator-env").replace(
        "http://127.0.0.1:8080/auth/v1", f"{emulator_server}/auth/v1"
    )
    (app / "main.php").write_text(source, encoding="utf-8")
    out = run_php(php, [str(app / "main.php")], cwd=app)
    assert out.startswith("signed in as "), out
