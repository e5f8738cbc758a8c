"""The PHP client on every page: a PHP block wherever the cookbook shows the other clients, a
PHP tab on every docs-site page that has language tabs, and the PHP getting-started page in the
site's navigation (all from `authgen generate`, without running PHP)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from .conftest import REPO

COOKBOOK = REPO / "generated" / "cookbook"
DOCS = REPO / "generated" / "docs"


def test_every_cookbook_page_shows_php_wherever_it_shows_python() -> None:
    pages = sorted(COOKBOOK.glob("*.md"))
    assert len(pages) > 20
    shown = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        python, php = text.count("```python\n"), text.count("```php\n")
        assert php == python, f"{page.name}: {python} Python blocks, {php} PHP blocks"
        shown += php
    assert shown > 100


def test_every_docs_page_with_tabs_has_a_php_tab() -> None:
    pages = sorted((DOCS / "docs").rglob("*.md"))
    with_tabs = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        curl = text.count('=== "curl"')
        if curl:
            with_tabs += 1
            assert text.count('=== "PHP"') == curl, page.relative_to(DOCS)
            assert re.search(r'=== "PHP"\n\n    ```php\n', text), page.relative_to(DOCS)
    operations = len(list((DOCS / "docs" / "reference").glob("*.md"))) - 1  # without the index
    flows = len(list((DOCS / "docs" / "flows").glob("*.md")))
    assert with_tabs >= operations + flows


def test_the_php_getting_started_page_is_in_the_navigation() -> None:
    config = yaml.safe_load((DOCS / "mkdocs.yml").read_text(encoding="utf-8"))
    started = next(entry["Getting started"] for entry in config["nav"] if "Getting started" in entry)
    assert {"PHP": "getting-started/php.md"} in started
    page = (DOCS / "docs" / "getting-started" / "php.md").read_text(encoding="utf-8")
    assert "new CloudBaseAuth(envId: " in page  # its first call runs as printed: tests/php/test_first_call.py
    assert "FileStorage" in page and "flock()" in page


def test_the_operation_reference_php_is_valid_php(php: str, tmp_path: Path) -> None:
    """operations.md (one call per operation, run by no flow) parses: its blocks as one script."""
    text = (COOKBOOK / "operations.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```php\n(.*?)^```$", text, flags=re.S | re.M)
    assert blocks and blocks[0].startswith("<?php\n")
    source = tmp_path / "operations.php"
    source.write_text("\n".join(blocks), encoding="utf-8")
    done = subprocess.run([php, "-l", str(source)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(blocks) > 45


def test_the_verify_pages_show_the_php_verifier() -> None:
    """The cookbook's and the docs site's "Verify a caller's token" pages show PHP's cached
    TokenVerifier (the Snippets.verify hook), not the plain introspection call."""
    for page in (COOKBOOK / "verify-caller-token.md", DOCS / "docs" / "flows" / "verify-caller-token.md"):
        text = page.read_text(encoding="utf-8")
        php = "\n".join(re.findall(r"```php\n(.*?)```", text, flags=re.S))
        assert "$verified = $verifier->verify($callerToken);" in php, page.name
        assert "$userId = $verified->sub;" in php and "$callerScope = $verified->scope;" in php, page.name
        assert "introspectToken(" not in php, f"{page.name}: the PHP tab shows the plain introspection"
