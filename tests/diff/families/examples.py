"""Fixtures of generator/diff/examples.py."""

from __future__ import annotations

from . import Doc, fixture, signin


def example(o: Doc, n: Doc) -> None:
    signin(n)["requestBody"]["content"]["application/json"]["example"] = {"username": "bob", "password": "secret"}


FIXTURES = {"example-changed": fixture(example, "docs", "example-changed")}
