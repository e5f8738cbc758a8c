"""Fixtures of generator/diff/operations.py."""

from __future__ import annotations

from . import Doc, fixture, paths, user_me

B, N, D = "breaking", "non-breaking", "docs"


def added(o: Doc, n: Doc) -> None:
    del paths(o)["/user/me"]


def removed(o: Doc, n: Doc) -> None:
    del paths(n)["/user/me"]


def renamed(o: Doc, n: Doc) -> None:
    user_me(n)["operationId"] = "getCurrentUser"


def moved(o: Doc, n: Doc) -> None:
    paths(n)["/user/current"] = paths(n).pop("/user/me")


def method(o: Doc, n: Doc) -> None:
    paths(n)["/user/me"]["post"] = paths(n)["/user/me"].pop("get")


def deprecated(o: Doc, n: Doc) -> None:
    user_me(n)["deprecated"] = True


def undeprecated(o: Doc, n: Doc) -> None:
    user_me(o)["deprecated"] = True


def tag(o: Doc, n: Doc) -> None:
    user_me(n)["tags"] = ["account"]


def summary(o: Doc, n: Doc) -> None:
    user_me(n)["summary"] = "The user who holds the access token"


FIXTURES = {
    "operation-added": fixture(added, N, "operation-added"),
    "operation-removed": fixture(removed, B, "operation-removed"),
    "operation-id-changed": fixture(renamed, B, "operation-id-changed"),
    "operation-path-changed": fixture(moved, B, "operation-path-changed"),
    "operation-method-changed": fixture(method, B, "operation-method-changed"),
    "operation-deprecated": fixture(deprecated, N, "operation-deprecated"),
    "operation-undeprecated": fixture(undeprecated, N, "operation-undeprecated"),
    "operation-tag-changed": fixture(tag, D, "operation-tag-changed"),
    "operation-description-changed": fixture(summary, D, "operation-description-changed"),
}
