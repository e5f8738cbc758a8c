"""Fixtures of generator/diff/servers.py."""

from __future__ import annotations

from . import Doc, fixture

B, N = "breaking", "non-breaking"


def added(o: Doc, n: Doc) -> None:
    n["servers"].append({"url": "https://{envId}.api.intl.example.com/auth/v1", "x-role": "intl-gateway",
                         "variables": {"envId": {"default": "env"}}})  # fmt: skip


def removed(o: Doc, n: Doc) -> None:
    o["servers"].append({"url": "https://legacy.example.com/auth/v1", "x-role": "legacy"})


def url(o: Doc, n: Doc) -> None:
    n["servers"][0]["url"] = "https://{envId}.gw.example.com/auth/v1"


FIXTURES = {
    "server-added": fixture(added, N, "server-added"),
    "server-removed": fixture(removed, B, "server-removed"),
    "server-url-changed": fixture(url, B, "server-url-changed"),
}
