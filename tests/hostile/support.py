"""What the hostile tests run and read: the cookbook's bash with curl stubbed, the generated
Python package driven through its public client, and the built HTML scanned for live markup."""

from __future__ import annotations

import html.parser
import json
import os
import re
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# A fenced bash block, whatever the fence's length (escape.md_fence lengthens it when needed).
BASH_BLOCK = re.compile(r"^(?P<fence>`{3,})bash\n(?P<body>.*?)\n(?P=fence)$", re.M | re.S)
# curl, stubbed: records its arguments (one JSON list per call) and answers an empty object.
CURL_STUB = """#!{python}
import json, os, sys
with open(os.environ["HOSTILE_CURL_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
print("{{}}")
"""


def bash_blocks(page: Path) -> list[str]:
    return [m.group("body") for m in BASH_BLOCK.finditer(page.read_text(encoding="utf-8"))]


@dataclass
class CurlCall:
    args: list[str]

    @property
    def url(self) -> str:
        return next(a for a in self.args if a.startswith(("http://", "https://")))

    @property
    def headers(self) -> list[str]:
        return [self.args[i + 1] for i, a in enumerate(self.args) if a == "-H"]

    @property
    def body(self) -> Any:
        raw = [self.args[i + 1] for i, a in enumerate(self.args) if a == "--data-raw"]
        return json.loads(raw[0]) if raw else None


@dataclass
class PageRun:
    returncode: int
    stdout: str
    stderr: str
    calls: list[CurlCall] = field(default_factory=list)


def run_page(blocks: list[str], workdir: Path, stub_dir: Path) -> PageRun:
    """The page's bash blocks in order, in one `bash -euo pipefail`, in `workdir`, with curl
    stubbed (from `stub_dir`, made here)."""
    stub_dir.mkdir(parents=True, exist_ok=True)
    curl = stub_dir / "curl"
    curl.write_text(CURL_STUB.format(python=sys.executable), encoding="utf-8")
    curl.chmod(curl.stat().st_mode | stat.S_IEXEC)
    log = stub_dir / "curl.log"
    log.write_text("", encoding="utf-8")
    env = {**os.environ, "PATH": f"{stub_dir}{os.pathsep}{os.environ['PATH']}", "HOSTILE_CURL_LOG": str(log)}
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "\n".join(blocks)],
        cwd=workdir,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    calls = [CurlCall(json.loads(line)) for line in log.read_text(encoding="utf-8").splitlines()]
    return PageRun(done.returncode, done.stdout, done.stderr, calls)


def strings_in(value: Any) -> Iterator[str]:
    """Every key and string of a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, str):
        yield value


# --- the Python client ---------------------------------------------------------------------

CALL_SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import httpx
    import cloudbase_auth
    import cloudbase_auth.models as models
    from cloudbase_auth import _operations

    for module in pkgutil.iter_modules(models.__path__):
        importlib.import_module("cloudbase_auth.models." + module.name)
    job = json.loads(sys.stdin.read())
    seen = []

    def handler(request):
        seen.append({
            "method": request.method,
            "path": request.url.raw_path.decode("ascii"),
            "headers": dict(request.headers),
            "body": request.content.decode("utf-8"),
        })
        return httpx.Response(200, json=job["answer"])

    client = cloudbase_auth.CloudBaseAuth("e1", transport=httpx.MockTransport(handler))
    client.set_session({"access_token": "at", "refresh_token": "rt", "expires_in": 7200, "token_type": "Bearer"})
    method = getattr(client, job["method"])
    result = method(**job["arguments"])
    print(json.dumps({
        "requests": seen,
        "repr": repr(result),
        "doc": method.__doc__,
        "path": _operations.OPERATIONS[job["operation"]].path,
        "version": _operations.SPEC_VERSION,
        "gateway": _operations.GATEWAY_URL,
    }))
    """
)


def mypy_strict(folder: Path) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` over every package in `folder` (no cache shared with other runs)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def call_python_client(package: Path, workdir: Path, job: dict[str, Any]) -> dict[str, Any]:
    """Import the generated package (every model) and call one method through the public client
    against httpx.MockTransport, in `workdir`; what it sent and what it holds."""
    done = subprocess.run(
        [sys.executable, "-c", CALL_SCRIPT],
        input=json.dumps(job),
        cwd=workdir,
        env={**os.environ, "PYTHONPATH": str(package)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


# --- the built site ------------------------------------------------------------------------

ALLOWED_LINK = re.compile(r"^(?:https?:|mailto:|#|[^:/?#]*(?:[/?#]|$))", re.I)


@dataclass
class LiveMarkup:
    """What in a built page could run or mislead: handlers, scripts and links we did not write."""

    handlers: list[str] = field(default_factory=list)  # on*="..." mentioning PWNED
    scripts: list[str] = field(default_factory=list)  # <script> text mentioning PWNED
    links: list[str] = field(default_factory=list)  # href/src with a scheme a reader must not follow
    clobbered: list[str] = field(default_factory=list)  # id/name="PWNED"


class _Scanner(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = LiveMarkup()
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and "PWNED" in value:
                self.found.handlers.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction") and not ALLOWED_LINK.match(
                re.sub(r"[\x00-\x20]", "", value)
            ):
                self.found.links.append(f"<{tag} {name}={value!r}>")
            if name in ("id", "name") and value == "PWNED":
                self.found.clobbered.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "PWNED" in data:
            self.found.scripts.append(data[:200])


def live_markup(page: Path) -> LiveMarkup:
    scanner = _Scanner()
    scanner.feed(page.read_text(encoding="utf-8"))
    scanner.close()
    return scanner.found


def page_title(page: Path) -> str:
    """The <title> of a built page, as a reader sees it."""
    match = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S)
    assert match, page
    return html.unescape(match.group(1))


def urls_of(site: Path, base: str) -> list[str]:
    return [
        f"{base}/{p.relative_to(site).as_posix()}"
        for p in sorted(site.rglob("*.html"))
        if p.name != "404.html"
    ]


def scheme_of(url: str) -> str:
    return urlsplit(url).scheme
