"""The getting-started pages as a new reader uses them: the blocks under a heading, exactly as
printed. A test changes only what a reader's machine decides: the emulator's port (the page
says 8080; a test binds a free one) and where the repository is checked out."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "generated" / "docs" / "docs" / "getting-started"
PRINTED_EMULATOR = "http://127.0.0.1:8080"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.S | re.M)


def section(slug: str, heading: str) -> str:
    """The Markdown of one `## heading` of getting-started/<slug>.md, up to the next `## `."""
    text = (PAGES / f"{slug}.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def blocks(slug: str, heading: str, fence: str) -> list[str]:
    """The code blocks of that section in that language, in page order."""
    return [body for lang, body in FENCE.findall(section(slug, heading)) if lang == fence]


def at(code: str, emulator: str) -> str:
    """The printed code, pointed at the test's emulator instead of port 8080."""
    assert PRINTED_EMULATOR in code, "the first call is printed against the local emulator"
    return code.replace(PRINTED_EMULATOR, emulator)
