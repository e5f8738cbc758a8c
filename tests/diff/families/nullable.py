"""Fixtures of generator/diff/nullable.py (3.1's `type: [x, "null"]`)."""

from __future__ import annotations

from . import Doc, fixture, prop

B, N = "breaking", "non-breaking"


def _nullable(node: Doc) -> None:
    node["type"] = [node["type"], "null"]


def req_added(o: Doc, n: Doc) -> None:
    _nullable(prop(n, "SignInRequest", "attempts"))


def req_removed(o: Doc, n: Doc) -> None:
    _nullable(prop(o, "SignInRequest", "attempts"))


def resp_added(o: Doc, n: Doc) -> None:
    _nullable(prop(n, "TokenResponse", "sub"))


def resp_removed(o: Doc, n: Doc) -> None:
    _nullable(prop(o, "TokenResponse", "sub"))


FIXTURES = {
    "request-nullable-added": fixture(req_added, N, "request-nullable-added"),
    "request-nullable-removed": fixture(req_removed, B, "request-nullable-removed"),
    "response-nullable-added": fixture(resp_added, B, "response-nullable-added"),
    "response-nullable-removed": fixture(resp_removed, N, "response-nullable-removed"),
}
