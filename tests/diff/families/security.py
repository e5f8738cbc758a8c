"""Fixtures of generator/diff/security.py."""

from __future__ import annotations

from . import Doc, fixture, signin, user_me

B, N = "breaking", "non-breaking"


def required(o: Doc, n: Doc) -> None:
    signin(n)["security"] = [{"basicAuth": []}]


def alternative_removed(o: Doc, n: Doc) -> None:
    user_me(o)["security"] = [{"bearerAuth": []}, {"basicAuth": []}]


def alternative_added(o: Doc, n: Doc) -> None:
    user_me(n)["security"] = [{"bearerAuth": []}, {"basicAuth": []}]


FIXTURES = {
    "security-requirement-added": fixture(required, B, "security-requirement-added"),
    "security-alternative-removed": fixture(alternative_removed, B, "security-alternative-removed"),
    "security-alternative-added": fixture(alternative_added, N, "security-alternative-added"),
}
