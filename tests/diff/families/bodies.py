"""Fixtures of generator/diff/bodies.py."""

from __future__ import annotations

from . import Doc, fixture, signin

B, N = "breaking", "non-breaking"


def add_required(o: Doc, n: Doc) -> None:
    del signin(o)["requestBody"]


def add_optional(o: Doc, n: Doc) -> None:
    del signin(o)["requestBody"]
    signin(n)["requestBody"]["required"] = False


def removed(o: Doc, n: Doc) -> None:
    del signin(n)["requestBody"]


def became_required(o: Doc, n: Doc) -> None:
    signin(o)["requestBody"]["required"] = False


def became_optional(o: Doc, n: Doc) -> None:
    signin(n)["requestBody"]["required"] = False


FIXTURES = {
    "request-body-added-required": fixture(add_required, B, "request-body-added-required"),
    "request-body-added-optional": fixture(add_optional, N, "request-body-added-optional"),
    "request-body-removed": fixture(removed, B, "request-body-removed"),
    "request-body-became-required": fixture(became_required, B, "request-body-became-required"),
    "request-body-became-optional": fixture(became_optional, N, "request-body-became-optional"),
}
