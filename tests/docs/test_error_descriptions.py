"""Two different error codes never read the same: the catalogue gives each its own description,
and wherever a page lists the errors of a call (the reference page's table, the cookbook's
"Errors this call can return"), each code is described by its own words, not by the one
response description its HTTP status shares with other codes."""

from __future__ import annotations

import re
from collections import defaultdict

from generator.writer import Inputs

from .first_call import ROOT

REFERENCE = ROOT / "generated" / "docs" / "docs" / "reference"
COOKBOOK = ROOT / "generated" / "cookbook"


def _normal(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def test_the_catalogue_gives_each_code_its_own_description(inputs: Inputs) -> None:
    by_text: dict[str, list[str]] = defaultdict(list)
    for code in inputs.api.error_codes:
        assert code.description.strip(), f"{code.error} has no description"
        by_text[_normal(code.description)].append(code.error)
    assert {text: codes for text, codes in by_text.items() if len(codes) > 1} == {}


def _shared(rows: list[tuple[str, str]]) -> dict[str, set[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    for code, why in rows:
        codes[_normal(why)].add(code)
    return {why: found for why, found in codes.items() if len(found) > 1}


def test_no_reference_page_describes_two_codes_alike() -> None:
    checked = 0
    for page in sorted(REFERENCE.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        if "\n## Errors\n" not in text:
            continue
        table = text.split("\n## Errors\n", 1)[1].strip().split("\n\n", 1)[0]
        rows = []
        for line in table.splitlines()[2:]:
            cells = [cell.strip() for cell in line.strip("|").split(" | ")]
            rows.append((cells[1], cells[-1]))
        assert rows, page.name
        assert _shared(rows) == {}, page.name
        checked += 1
    assert checked >= 40


def test_no_cookbook_call_describes_two_codes_alike() -> None:
    item = re.compile(r"^- `[^`]+` `([^`]+)`: (.+)$", re.M)
    for page in sorted(COOKBOOK.glob("*.md")):
        for block in page.read_text(encoding="utf-8").split("**Errors** this call can return:")[1:]:
            rows = item.findall(block.split("\n\n**", 1)[0].split("\n## ", 1)[0])
            assert _shared(rows) == {}, page.name
