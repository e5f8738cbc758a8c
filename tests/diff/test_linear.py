"""Issue 21, item 5: `authgen diff` is linear in the spec, not in the number of `$ref` paths
through it. A 9-level DAG of 6-way `$ref`s has 6^9 (about ten million) paths from the body to
its bottom schema; memoised, each (old node, new node, field) pair is compared once."""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import diff

LEVELS = 9
FANOUT = 6


def dag(via: str) -> dict[str, Any]:
    """A spec whose request and response bodies are the top of a DAG: each level's schema refers
    to the next one FANOUT times (as properties, or as anyOf branches), down to a leaf."""
    schemas: dict[str, Any] = {
        f"L{LEVELS}": {"type": "object", "properties": {"leaf": {"type": "string", "description": "The leaf."}}}
    }
    for level in range(LEVELS - 1, -1, -1):
        down = {"$ref": f"#/components/schemas/L{level + 1}"}
        if via == "properties":
            schemas[f"L{level}"] = {"type": "object", "properties": {f"p{i}": dict(down) for i in range(FANOUT)}}
        else:  # six different wrappers of the next level, all alternatives of this one
            schemas[f"L{level}"] = {"anyOf": [{"allOf": [dict(down)], "title": f"b{i}"} for i in range(FANOUT)]}
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/L0"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "DAG", "version": "1.0.0"},
        "paths": {
            "/deep": {
                "post": {
                    "operationId": "deep",
                    "requestBody": {"required": True, **copy.deepcopy(body)},
                    "responses": {"200": {"description": "ok", **copy.deepcopy(body)}},
                }
            }
        },
        "components": {"schemas": schemas},
    }


def _load(tmp_path: Path, name: str, doc: dict[str, Any]) -> diff.Spec:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return diff.load_spec(path, with_pages=False)


@pytest.mark.parametrize("via", ["properties", "anyOf"])
def test_a_9_level_dag_of_6_way_refs_is_compared_once_per_node(tmp_path: Path, via: str) -> None:
    old_doc = dag(via)
    new_doc = copy.deepcopy(old_doc)
    leaf = new_doc["components"]["schemas"][f"L{LEVELS}"]["properties"]["leaf"]
    leaf["format"] = "date-time"  # request: narrowed (breaking); response: narrowed, retyped
    leaf["description"] = "The leaf, a time."
    old, new = _load(tmp_path, "old.yaml", old_doc), _load(tmp_path, "new.yaml", new_doc)

    started = time.perf_counter()
    # a walk that is not linear runs out of this budget at once, instead of for hours
    changes, comparison = diff.compare_counted(old, new, budget=5_000)
    elapsed = time.perf_counter() - started

    # Linear: a bounded number of comparisons per schema, per field that refers to it and per
    # direction, against the ~10 million paths a walk without memo would take.
    assert comparison.schema_comparisons <= 2 * (LEVELS + 1) * (FANOUT + 1) * 4, comparison.schema_comparisons
    # Each change of the leaf is reported once, not once per path.
    rules = sorted(c.rule for c in changes)
    assert rules == sorted(["request-format-narrowed", "response-format-narrowed", "description-changed",
                            "description-changed"]), rules  # fmt: skip
    assert all(c.operations == ("POST /deep",) for c in changes)
    assert elapsed < 2.0, f"{elapsed:.2f} s"  # the issue's bound; the count above is the real check


def test_the_count_grows_linearly_with_the_depth(tmp_path: Path) -> None:
    """Twice the levels, about twice the work (exponential growth would be 6^9 times more)."""
    global LEVELS
    counts = []
    saved = LEVELS
    try:
        for depth in (4, 8):
            LEVELS = depth
            old_doc = dag("properties")
            new_doc = copy.deepcopy(old_doc)
            new_doc["components"]["schemas"][f"L{depth}"]["properties"]["leaf"]["maxLength"] = 8
            old, new = _load(tmp_path, "o.yaml", old_doc), _load(tmp_path, "n.yaml", new_doc)
            _changes, comparison = diff.compare_counted(old, new, budget=5_000)
            counts.append(comparison.schema_comparisons)
    finally:
        LEVELS = saved
    assert counts[1] <= 2.5 * counts[0], counts


def test_the_released_pair_stays_far_below_the_budget() -> None:
    root = Path(__file__).resolve().parents[2]
    old = diff.load_spec(root / "spec" / "released" / "1.0.0.yaml", with_pages=False)
    new = diff.load_spec(root / "spec" / "auth-v1.yaml", with_pages=False)
    _changes, comparison = diff.compare_counted(old, new)
    assert comparison.work < diff.engine.MAX_WORK // 50, comparison.work
