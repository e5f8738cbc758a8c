"""`authgen docs`: build the HTML docs site from `generated/docs/` with mkdocs, and serve it.

The site's sources are generated (and checked) with everything else; the HTML is built on
demand into a folder of its own (`site/` by default, not committed). Building needs the `docs`
extra (mkdocs and mkdocs-material, pinned in pyproject.toml and constraints.txt).
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

MARKER = ".authgen-site"  # written into every built site: only such a folder is ever replaced
CONFIG = "mkdocs.yml"
INSTALL_HINT = "pip install -c constraints.txt -e '.[docs]'"


class SiteError(Exception):
    """The site cannot be built or served; the message says why, in one line."""


def build(sources: Path, out: Path) -> int:
    """Build the site from `sources` (generated/docs) into `out`; returns the number of pages."""
    config = sources / CONFIG
    if not config.is_file():
        raise SiteError(f"{config} does not exist: run `authgen generate` first")
    for module, package in (("mkdocs", "mkdocs"), ("material", "mkdocs-material")):
        if importlib.util.find_spec(module) is None:
            raise SiteError(f"{package} is not installed: {INSTALL_HINT}")
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise SiteError(f"{out} exists and is not a directory; refusing to replace it")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise SiteError(f"{out} is not empty and was not built by `authgen docs`; refusing to replace it")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # mkdocs reads mkdocs.yml with PyYAML's full Loader, which builds Python objects from tags.
    # The file holds spec text (the site's name, the flows' titles), and it is safe only because
    # the docs target writes it with yaml.safe_dump from plain data: no spec text is ever YAML
    # syntax in it (see MKDOCS_THEME in generator/targets/docs/build.py and tests/hostile).
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(out.resolve())],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
        detail = lines[0] if lines else (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SiteError(f"mkdocs could not build {config}: {' '.join(detail.split())}")
    (out / MARKER).write_text("built by `authgen docs`; replaced as a whole on the next build\n")
    return sum(1 for _ in out.rglob("*.html"))


def stale(generated: Path, spec: Path) -> bool:
    """True when the spec, cookbook, templates or generator changed since `generated` was
    written (the manifest's input fingerprint): the site would show the older sources."""
    from .freshness import MANIFEST, input_fingerprint

    try:
        recorded = json.loads((generated / MANIFEST).read_text(encoding="utf-8")).get("inputs")
    except (OSError, ValueError, AttributeError):
        return False  # not a generated tree: build() says what is missing
    return spec.is_file() and recorded != input_fingerprint(spec)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def server(out: Path, host: str, port: int) -> http.server.ThreadingHTTPServer:
    """A static server of the built site (not yet serving: call serve_forever)."""
    if not (out / "index.html").is_file():
        raise SiteError(f"{out} has no index.html: build the site first")
    handler = functools.partial(_QuietHandler, directory=str(out))
    try:
        return http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise SiteError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
