"""The built docs site in a real browser: Debian's chromium, driven by playwright-core from npm
(tests/browser/check_site.mjs), against a local static server and a local emulator.

Everything expected is derived from the spec and the cookbook (flows, tabs, the copied block,
the try-it operation), so new operations and scenarios are covered without editing this file.
Screenshots go to the test's tmp folder and to the path printed at the end of the run
(AUTHGEN_SCREENSHOTS, default <tmp>/authgen-docs-screenshots).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread
from generator import site
from generator.cookbook import Scenario
from generator.ir import build_api
from generator.loader import load_yaml
from generator.targets import registry
from generator.targets.cookbook import build as cookbook_target
from generator.targets.docs.build import languages_of
from generator.writer import Inputs

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = registry.clients(build_api(load_yaml(ROOT / "spec" / "auth-v1.yaml").data))
LANGUAGES = languages_of(CLIENTS)
DRIVER = ROOT / "tests" / "browser" / "check_site.mjs"
NPM_CI = "npm ci --prefix tests/browser"
ENV_ID = "emulator-env"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return ""


def _free_port() -> int:
    """A loopback port with nothing listening on it (an emulator that is not running)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def search_target(scenarios: tuple[Scenario, ...]) -> tuple[str, Scenario]:
    """The word to search for and the flow it must find: "captcha" once the cookbook has a
    captcha flow, until then a word of one flow's title that no other flow's title has."""
    for scenario in scenarios:
        if "captcha" in f"{scenario.id} {scenario.title}".lower():
            return "captcha", scenario
    titles = {s.id: set(re.findall(r"[a-z]{6,}", s.title.lower())) for s in scenarios}
    for scenario in scenarios:
        others = set().union(*(words for sid, words in titles.items() if sid != scenario.id))
        unique = sorted(titles[scenario.id] - others)
        if unique:
            return unique[0], scenario
    raise AssertionError("no flow title has a word of its own to search for")


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Path]:
    shots = tmp_path_factory.mktemp("screenshots")
    yield shots
    keep = Path(
        os.environ.get("AUTHGEN_SCREENSHOTS", Path(tempfile.gettempdir()) / "authgen-docs-screenshots")
    )
    keep.mkdir(parents=True, exist_ok=True)
    for png in shots.glob("*.png"):
        shutil.copy2(png, keep / png.name)
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"docs site screenshots: {keep} (and {shots})")


@pytest.fixture(scope="module")
def observed(built_site: Path, inputs: Inputs, screenshots: Path) -> dict[str, Any]:
    node, chromium = shutil.which("node"), _chromium()
    if not node or not chromium:
        missing = "node" if not node else "chromium (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{missing} is not installed: the browser test cannot run")
        pytest.skip(f"{missing} is not installed: the browser test cannot run")
    if not (ROOT / "tests" / "browser" / "node_modules" / "playwright-core").is_dir():
        pytest.fail(f"playwright-core is not installed for the browser test: run `{NPM_CI}` first")
    scenarios: tuple[Scenario, ...] = inputs.api.extras["scenarios"]
    api = inputs.api
    httpd = site.server(built_site, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    site_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    query, found = search_target(scenarios)
    bearer = next(
        op
        for op in api.operations
        if op.auth == "bearer"
        and op.method == "GET"
        and not any(p.required for p in op.parameters if not p.managed)
    )
    with_body = next(op for op in api.operations if op.body is not None and op.method == "POST")
    token = "tok-" + secrets.token_hex(12)
    job = {
        "chromium": chromium,
        "siteUrl": site_url,
        "shots": str(screenshots),
        "allPages": sorted(
            p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html") if p.name != "404.html"
        ),
        "search": {"query": query},
        "tabs": {
            "first": f"flows/{scenarios[0].id}.html",
            "second": f"flows/{scenarios[1].id}.html",
            "label": LANGUAGES[1].label,
        },
        "copy": {"page": f"flows/{scenarios[1].id}.html"},
        "tryit": {"page": "reference/checkIfUserExist.html", "values": {"username": "docs-reader"}},
        "token": {"page": f"reference/{bearer.operation_id}.html", "value": token},
        "badJson": {"page": f"reference/{with_body.operation_id}.html"},
        "deadUrl": f"http://127.0.0.1:{_free_port()}",
    }
    try:
        with ServerThread(create_app(validate_responses=True, cors_origins=[site_url])) as emulator:
            job["emulatorUrl"] = emulator.url
            done = subprocess.run(
                [node, str(DRIVER)],
                input=json.dumps(job),
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            direct = httpx.get(
                f"{emulator.url}/auth/v1/checkIfUserExist",
                params={"username": "docs-reader", "client_id": ENV_ID},
                headers={"x-device-id": "docs-test"},
            ).json()
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    result["job"] = job
    result["expected"] = {
        "found": found,
        "direct": direct,
        "copy": LANGUAGES[1].setup(cookbook_target.render_page(api, scenarios[1], CLIENTS)),
        "scenarios": scenarios,
        "bearer": bearer,
    }
    return result


def test_the_nav_lists_every_flow_in_cookbook_order(observed: dict[str, Any]) -> None:
    scenarios = observed["expected"]["scenarios"]
    assert observed["navFlows"] == [{"text": s.title, "path": f"/flows/{s.id}.html"} for s in scenarios]


def test_search_finds_the_flow(observed: dict[str, Any]) -> None:
    found = observed["expected"]["found"]
    assert f"/flows/{found.id}.html" in observed["search"], (observed["job"]["search"], observed["search"])


def test_a_language_tab_choice_links_every_block_and_persists_to_the_next_page(
    observed: dict[str, Any],
) -> None:
    first, second = LANGUAGES[0].label, LANGUAGES[1].label
    assert observed["tabsBefore"] and set(observed["tabsBefore"]) == {first}
    assert set(observed["tabsAfterClick"]) == {second}
    assert observed["tabsNextPage"] and set(observed["tabsNextPage"]) == {second}


def test_the_copy_button_copies_exactly_the_blocks_text(observed: dict[str, Any]) -> None:
    assert observed["copyButtons"] >= 1
    assert observed["clipboard"] == observed["expected"]["copy"]


def test_every_code_block_has_a_copy_button(observed: dict[str, Any]) -> None:
    assert observed["codeBlocks"] > 0
    assert observed["copyButtonsOnPage"] == observed["codeBlocks"]


def test_try_it_explains_bad_input_and_an_unreachable_emulator(observed: dict[str, Any]) -> None:
    assert observed["badJson"]["status"].startswith("The body is not valid JSON")
    assert observed["badJson"]["sent"] == 0
    assert observed["deadEmulator"].startswith("No answer from http://127.0.0.1:")
    assert "--cors-origin" in observed["deadEmulator"]


def test_every_step_has_an_anchor(observed: dict[str, Any]) -> None:
    headings = observed["headings"]
    scenario = observed["expected"]["scenarios"][1]
    steps = [h for h in headings if h["text"].startswith("Step ")]
    assert [h["text"].split(":")[0] for h in steps] == [f"Step {s.number}" for s in scenario.steps]
    for heading in headings:
        assert heading["id"] and heading["permalink"] == f"#{heading['id']}", heading


def test_try_it_sends_the_call_to_the_emulator_and_shows_status_and_body(observed: dict[str, Any]) -> None:
    assert observed["tryit"]["status"].startswith("200"), observed["tryit"]
    assert json.loads(observed["tryit"]["body"]) == observed["expected"]["direct"]


def test_a_typed_token_stays_in_page_memory(observed: dict[str, Any]) -> None:
    token = observed["job"]["token"]["value"]
    assert re.match(r"^\d{3}\b", observed["tokenStatus"]), observed["tokenStatus"]  # it was sent
    traces = observed["tokenTraces"]
    assert traces["inputType"] == "password"
    for where in ("url", "localStorage", "sessionStorage", "cookies"):
        assert token not in traces[where], where
    assert observed["tokenAfterReload"] == ""
    assert not any(token in url for url in observed["requests"])


def test_no_request_leaves_loopback_and_every_page_loads(observed: dict[str, Any]) -> None:
    assert observed["blocked"] == []
    assert all(
        re.match(r"^(data:|blob:|https?://(127\.|localhost|\[::1\]))", u) for u in observed["requests"]
    )
    assert observed["httpErrors"] == []
    assert observed["consoleErrors"] == []
    assert len(observed["job"]["allPages"]) >= len(observed["expected"]["scenarios"])


def test_light_and_dark_palettes_and_a_phone_viewport(observed: dict[str, Any]) -> None:
    assert observed["darkScheme"] == "slate"
    assert observed["lightScheme"] == "default"
    for page, size in observed["phone"].items():
        assert size["scrollWidth"] <= size["width"], (page, size)


def test_screenshots_are_saved(observed: dict[str, Any], screenshots: Path) -> None:
    for name in ("flow-page.png", "reference-page.png", "flow-page-phone.png"):
        assert (screenshots / name).stat().st_size > 10_000, name
