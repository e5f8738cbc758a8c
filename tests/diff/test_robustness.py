"""`authgen diff` and `docs-diff` never crash on a strange document: every node of a fixture spec
replaced by a value of another shape still gives a report (or one DiffError line), never a traceback."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import diff, docs_diff

BASE = Path(__file__).parent / "fixtures" / "operation-added" / "new.yaml"
PAGE = Path(__file__).parents[1] / "docs_diff" / "pages" / "text_agrees.txt"
REPLACEMENTS: list[Any] = [None, "x", [None], {"$ref": "#/nowhere"}]


def _places(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield (*path, i)
            yield from _places(value, (*path, i))


def _spec(tmp_path: Path, name: str, doc: Any) -> diff.Spec:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return diff.load_spec(path, with_pages=False)


def test_every_node_replaced_by_every_shape(tmp_path: Path) -> None:
    original = yaml.safe_load(BASE.read_text())
    base = _spec(tmp_path, "base.yaml", original)
    page = docs_diff.read_page(PAGE)
    places = list(_places(original))
    assert len(places) > 100
    for place in places:
        for value in REPLACEMENTS:
            doc = copy.deepcopy(original)
            parent = doc
            for key in place[:-1]:
                parent = parent[key]
            parent[place[-1]] = value
            try:
                mutated = _spec(tmp_path, "mutated.yaml", doc)
            except diff.DiffError:
                continue
            try:
                diff.compare(base, mutated)
                diff.compare(mutated, base)
                docs_diff.compare_page(page, mutated)
            except diff.DiffError:
                pass
            except Exception as exc:  # pragma: no cover - the failure message
                pytest.fail(f"{type(exc).__name__}: {exc} with {'/'.join(map(str, place))} = {value!r}")
