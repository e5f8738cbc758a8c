"""CORS for the docs site's try-it panel: only for the origins the emulator was told to allow."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import httpx
from click.testing import CliRunner

from emulator.app import create_app
from emulator.cli import emulator_command
from emulator.pytest_plugin import ServerThread

SITE = "http://127.0.0.1:8000"
PREFLIGHT = {
    "access-control-request-method": "GET",
    "access-control-request-headers": "x-device-id,x-request-id,authorization",
}


@contextmanager
def serving(origins: Sequence[str] = ()) -> Iterator[httpx.Client]:
    """A real server on loopback, as the browser meets it."""
    with (
        ServerThread(create_app(validate_responses=True, cors_origins=origins)) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        yield client


def _check(client: httpx.Client, origin: str) -> tuple[int, dict[str, str]]:
    answer = client.get(
        "/auth/v1/checkIfUserExist",
        params={"username": "nobody"},
        headers={"origin": origin, "x-device-id": "dev-cors"},
    )
    return answer.status_code, dict(answer.headers)


def test_an_allowed_origin_gets_preflight_and_cors_headers() -> None:
    with serving([SITE]) as client:
        preflight = client.options("/auth/v1/checkIfUserExist", headers={"origin": SITE, **PREFLIGHT})
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == SITE
        allowed = preflight.headers["access-control-allow-headers"].lower()
        assert all(h in allowed for h in ("x-device-id", "x-request-id", "authorization"))
        status, headers = _check(client, SITE)
        assert status == 200 and headers["access-control-allow-origin"] == SITE
        assert "x-request-id" in headers["access-control-expose-headers"].lower()


def test_another_origin_gets_no_cors() -> None:
    with serving([SITE]) as client:
        preflight = client.options(
            "/auth/v1/checkIfUserExist", headers={"origin": "http://evil.example", **PREFLIGHT}
        )
        assert preflight.status_code == 400
        assert "access-control-allow-origin" not in preflight.headers
        status, headers = _check(client, "http://127.0.0.1:9999")
        assert status == 200 and "access-control-allow-origin" not in headers


def test_without_cors_origins_there_is_no_cors_at_all() -> None:
    with serving() as client:
        status, headers = _check(client, SITE)
        assert status == 200 and not any(h.startswith("access-control-") for h in headers)


def test_a_malformed_origin_is_a_one_line_error() -> None:
    result = CliRunner().invoke(emulator_command, ["--cors-origin", "http://127.0.0.1:8000/docs"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: --cors-origin 'http://127.0.0.1:8000/docs': expected scheme://host[:port], like http://127.0.0.1:8000"
    )
