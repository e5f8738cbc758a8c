"""Try it's authentication and header parameters in a real browser (Debian's chromium through
playwright-core, tests/browser/check_try_it.mjs) against a local emulator (issue 28 item 11):

- a Bearer operation with a real token from the emulator answers 200 with that user's profile
  (the token goes out as `Authorization: Bearer <token>`, not bare);
- the Bearer-or-Basic consent-screen read (`getAuthorizeInfo`) can be called with the app's
  Basic client credentials (and `?client_id=` of that app), and with a token when one is typed;
- a header parameter typed into the panel reaches the emulator.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread
from generator import site

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "browser" / "check_try_it.mjs"
ENV_ID = "emulator-env"
APP = {
    "client_id": "docs-try-app",
    "name": "Docs Try App",
    "client_secret": "docs-try-secret-0001",
    "redirect_uris": ["https://app.example/callback"],
}


def _chromium() -> str:
    return shutil.which("chromium") or shutil.which("chromium-browser") or ""


@pytest.fixture(scope="module")
def seen(built_site: Path) -> dict[str, Any]:
    node, chromium = shutil.which("node"), _chromium()
    if not node or not chromium:
        pytest.skip("node or chromium is not installed: the browser test cannot run")
    if not (ROOT / "tests" / "browser" / "node_modules" / "playwright-core").is_dir():
        pytest.fail("playwright-core is not installed: run `npm ci --prefix tests/browser` first")
    httpd = site.server(built_site, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    site_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        with ServerThread(create_app(validate_responses=True, cors_origins=[site_url])) as emulator:
            with httpx.Client(base_url=emulator.url, timeout=10) as http:
                http.post("/emulator/v1/oauth-clients", json=APP).raise_for_status()
                signed_in = http.post(
                    "/auth/v1/signin/anonymously",
                    params={"client_id": ENV_ID},
                    headers={"x-device-id": "docs-try-it-auth"},
                    json={},
                )
                signed_in.raise_for_status()
            tokens = signed_in.json()
            consent = {"response_type": "code", "redirect_uri": APP["redirect_uris"][0]}
            cases = {
                "bearer": {
                    "page": "reference/getUserMe.html",
                    "inputs": {"tryit-getUserMe-token": tokens["access_token"]},
                },
                "basic": {
                    "page": "reference/getAuthorizeInfo.html",
                    "inputs": {"tryit-getAuthorizeInfo-basic": f"{APP['client_id']}:{APP['client_secret']}"},
                    "params": consent,
                },
                "basicWrongSecret": {
                    "page": "reference/getAuthorizeInfo.html",
                    "inputs": {"tryit-getAuthorizeInfo-basic": f"{APP['client_id']}:not-the-secret"},
                    "params": consent,
                },
                "tokenOverBasic": {
                    "page": "reference/getAuthorizeInfo.html",
                    "inputs": {
                        "tryit-getAuthorizeInfo-token": tokens["access_token"],
                        "tryit-getAuthorizeInfo-basic": f"{APP['client_id']}:{APP['client_secret']}",
                    },
                    "params": {"response_type": "code"},
                },
                "header": {
                    "page": "reference/signIn.html",
                    "params": {"x-captcha-token": "typed-captcha-token-1", "captcha_token": ""},
                    "body": json.dumps({"username": "nobody-docs", "password": "Passw0rd!x"}),
                },
            }
            job = {"chromium": chromium, "siteUrl": site_url, "emulatorUrl": emulator.url, "cases": cases}
            done = subprocess.run(
                [node, str(DRIVER)],
                input=json.dumps(job),
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    result["tokens"] = tokens
    return result


def _case(seen: dict[str, Any], name: str) -> dict[str, Any]:
    case: dict[str, Any] = seen["cases"][name]
    assert "missingInputs" not in case, f"the panel has no input {case.get('missingInputs')}"
    return case


def _only_request(case: dict[str, Any]) -> dict[str, Any]:
    assert len(case["requests"]) == 1, case
    request: dict[str, Any] = case["requests"][0]
    return request


def test_a_bearer_call_with_a_real_token_answers_200_with_that_user(seen: dict[str, Any]) -> None:
    case = _case(seen, "bearer")
    assert case["status"].startswith("200"), case
    assert json.loads(case["body"])["sub"] == seen["tokens"]["sub"]
    assert _only_request(case)["headers"]["authorization"] == f"Bearer {seen['tokens']['access_token']}"


def test_the_consent_screen_read_takes_basic_client_credentials(seen: dict[str, Any]) -> None:
    case = _case(seen, "basic")
    assert case["status"].startswith("200"), case
    assert json.loads(case["body"])["client"]["id"] == APP["client_id"]
    request = _only_request(case)
    pair = base64.b64encode(f"{APP['client_id']}:{APP['client_secret']}".encode()).decode()
    assert request["headers"]["authorization"] == f"Basic {pair}"
    assert parse_qs(urlsplit(request["url"]).query)["client_id"] == [APP["client_id"]]


def test_a_wrong_client_secret_is_refused_with_401(seen: dict[str, Any]) -> None:
    case = _case(seen, "basicWrongSecret")
    assert case["status"].startswith("401"), case
    assert json.loads(case["body"])["error"] == "invalid_client"


def test_a_typed_token_wins_over_client_credentials(seen: dict[str, Any]) -> None:
    case = _case(seen, "tokenOverBasic")
    assert case["status"].startswith("200"), case
    assert _only_request(case)["headers"]["authorization"] == f"Bearer {seen['tokens']['access_token']}"
    assert json.loads(case["body"])["client"]["id"] == ENV_ID  # the client_id field's default


def test_a_typed_header_parameter_is_sent(seen: dict[str, Any]) -> None:
    case = _case(seen, "header")
    assert case["status"][:3].isdigit(), case  # the emulator answered
    assert _only_request(case)["headers"]["x-captcha-token"] == "typed-captcha-token-1"


def test_no_request_left_loopback(seen: dict[str, Any]) -> None:
    assert seen["blocked"] == []
