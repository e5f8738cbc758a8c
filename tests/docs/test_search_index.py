"""The docs site's search index finds every reference page by its summary and its description
(issue 28 item 11): the built site's search/search_index.json (what the search box queries)
holds, for each operation's page, the words of the spec's summary and of the first paragraph of
its description, in order."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
METHODS = ("get", "post", "put", "patch", "delete")


def words(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # the index keeps some HTML
    text = re.sub(r"\]\([^)]*\)", "]", html.unescape(text))  # a Markdown link's target is not shown
    return re.findall(r"[A-Za-z0-9]+", text.lower())


def contains_in_order(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def operations() -> list[tuple[str, str, str]]:
    doc: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = []
    for item in doc["paths"].values():
        for method in METHODS:
            if method in item:
                op = item[method]
                first_paragraph = op.get("description", "").strip().split("\n\n")[0]
                found.append((op["operationId"], op["summary"], first_paragraph))
    return found


@pytest.fixture(scope="module")
def index_by_page(built_site: Path) -> dict[str, list[str]]:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages: dict[str, list[str]] = {}
    for entry in index["docs"]:
        page = entry["location"].split("#", 1)[0]
        pages.setdefault(page, []).extend(words(entry.get("title", "")) + words(entry.get("text", "")))
    return pages


def test_every_operation_is_in_the_index(index_by_page: dict[str, list[str]]) -> None:
    missing = [op_id for op_id, _, _ in operations() if not index_by_page.get(f"reference/{op_id}.html")]
    assert missing == []


@pytest.mark.parametrize(("op_id", "summary", "description"), operations(), ids=lambda v: str(v)[:30])
def test_a_reference_page_is_found_by_its_summary_and_description(
    index_by_page: dict[str, list[str]], op_id: str, summary: str, description: str
) -> None:
    page = index_by_page.get(f"reference/{op_id}.html", [])
    assert contains_in_order(page, words(summary)), f"{op_id}: summary {summary!r} is not in the search index"
    first_words = words(description)[:12]
    assert first_words, op_id
    assert contains_in_order(page, first_words), (
        f"{op_id}: description {description[:60]!r}... is not in the index"
    )


def test_no_search_snippet_reads_the_tab_labels(built_site: Path) -> None:
    """Issue 22 item 10: a result's text is the page's words, never the labels of its code tabs
    run together ("curlPythonGo..."), while the page itself still shows those labels."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    run_together = re.compile(r"curl\s*Python\s*Go", re.IGNORECASE)
    offending = [entry["location"] for entry in index["docs"] if run_together.search(entry.get("text", ""))]
    assert offending == []
    page = (built_site / "flows" / "password-sign-in.html").read_text(encoding="utf-8")
    labels = re.search(r'<div class="tabbed-labels"[^>]*>(.*?)</div>', page, re.S)
    assert labels is not None
    assert [re.sub(r"<[^>]+>", "", label).strip() for label in re.findall(r"<label[^>]*>.*?</label>", labels[1])][:3] == [
        "curl",
        "Python",
        "Go",
    ]
