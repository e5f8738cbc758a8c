"""Fixtures of generator/diff/parameters.py."""

from __future__ import annotations

from . import Doc, fixture, signin

B, N = "breaking", "non-breaking"


def _param(name: str, where: str, required: bool) -> Doc:
    return {"name": name, "in": where, "required": required, "description": name, "schema": {"type": "string"}}


def add_required(o: Doc, n: Doc) -> None:
    signin(n)["parameters"].append(_param("x-region", "header", True))


def add_optional(o: Doc, n: Doc) -> None:
    signin(n)["parameters"].append(_param("locale", "query", False))


def removed(o: Doc, n: Doc) -> None:
    signin(n)["parameters"].pop(1)


def moved(o: Doc, n: Doc) -> None:
    signin(n)["parameters"][1] = _param("x-captcha-token", "query", False) | {"description": "A captcha token."}


def became_required(o: Doc, n: Doc) -> None:
    signin(n)["parameters"][1]["required"] = True


def became_optional(o: Doc, n: Doc) -> None:
    signin(o)["parameters"][1]["required"] = True


def managed(o: Doc, n: Doc) -> None:
    signin(n)["parameters"].append(_param("x-device-id", "header", True))


FIXTURES = {
    "request-parameter-added-required": fixture(add_required, B, "request-parameter-added-required"),
    "request-parameter-added-optional": fixture(add_optional, N, "request-parameter-added-optional"),
    "request-parameter-removed": fixture(removed, B, "request-parameter-removed"),
    "request-parameter-moved": fixture(moved, B, "request-parameter-moved"),
    "request-parameter-became-required": fixture(became_required, B, "request-parameter-became-required"),
    "request-parameter-became-optional": fixture(
        became_optional, B, "request-parameter-became-optional",
        why="go: the request struct's field turns from string into *string",
    ),
    "request-parameter-client-managed": fixture(managed, N, "request-parameter-client-managed"),
}
