"""Planted bugs in `authgen docs-diff` (issue 21): one at a time in generator/docs_diff/, each a
misreading a maintainer would notice; tests/docs_diff must fail on every one.

Run: `.venv/bin/python tests/docs_diff/planted_bugs.py [name substring ...]` (about 5 s a bug;
the backtracking one waits for the ReDoS test's 120 s deadline, the DAG one for its 60 s). The file is restored after
each bug, whatever happens. Results: TESTING.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "generator" / "docs_diff"
TESTS = ["tests/docs_diff/test_docs_diff.py"]
HOSTILE = ["tests/docs_diff/test_hostile.py::test_hostile_lines_are_read_in_linear_time"]
DAG = ["tests/docs_diff/test_hostile.py::test_an_answer_that_is_a_dag_of_refs_is_compared_in_linear_time"]
BACKTRACKING = (
    "    import re\n"
    r'    m = re.match(r"^\s*(?P<n>[A-Za-z_][\w.\-]*)\s+(?P<d>.*?)\s*\((?P<t>string|integer)\)\s*(required)?\s*$", text)'
    "\n    return _described(text, tokens[0], header=header) if m or True else None"
)
# (name, file, text, replacement, tests that must fail)
BUGS = [
    ("a backtracking field-line regex (the old DESCRIBED_LINE)", "fieldline.py",
     "    return _described(text, tokens[0], header=header)", BACKTRACKING, HOSTILE),
    ("`(type)nullable` not read: the field is dropped", "types.py",
     'FLAG_WORDS = ("required", "nullable", ', 'FLAG_WORDS = ("required", ', TESTS),
    ("a Schema heading does not start a new answer", "read_text.py",
     "            if block is None or self.target is not None or block.fields.shown:", "            if block is None:", TESTS),
    ("every answer merged into the first", "read_text.py",
     "        assert self.page.responses is not None\n        index = len(self.page.responses)",
     "        assert self.page.responses is not None\n        if self.page.responses:\n"
     "            self.target, self.stack, self.current = None, [], \"\"\n            return self.page.responses[0]\n"
     "        index = len(self.page.responses)", TESTS),
    ("status tabs ignored", "read_text.py",
     '        status = self.next_status or (self.tabs[index] if index < len(self.tabs) else "")',
     "        status = self.next_status", TESTS),
    ("array item types not compared (issue 28, item 11)", "types.py",
     '        return "items" not in node or type_matches(doc, inner, node.get("items"), depth + 1)',
     "        return True", TESTS),
    ("a lifetime in a field's description not given to that field", "lifetimes.py",
     '    leaf = field_name.rsplit(".", 1)[-1]\n    token = _token_name(leaf)',
     '    leaf = field_name.rsplit(".", 1)[-1]\n    token = ""', TESTS),
    ("a description wrapped before its (type) never joined", "read_text.py",
     "        if joined is None or not joined.described or joined.name in self.target.fields:",
     "        if True:", TESTS),
    ("a body not shown compared as an empty body", "compare.py",
     "        if not body.shown:\n            if has_fields:", "        if False:\n            if has_fields:", TESTS),
    ("Chinese durations (为31天) not read", "lifetimes.py",
     r'r"(?<![A-Za-z0-9_.,])(\d{1,12}', r'r"(?<![\w.,])(\d{1,12}', TESTS),
    ("anyOf answers: only the first branch", "specdoc.py",
     "    return found[:MAX_BRANCHES] or [own]", "    return found[:1] or [own]", TESTS),
    ("nested fields flattened to the top level", "read_text.py",
     '                name = f"{self.stack[-1][1]}.{name}"', "                pass", TESTS),
    ("each duration searches its clause from the sentence's start (quadratic)", "lifetimes.py",
     "            clause_start = clauses[clause][0]",
     "            clause_start = next(s for s, e in clauses if s <= m.start() < e)", HOSTILE),
    ("the spec's schemas walked once per path, not once per schema (no memo, no budget)", "specdoc.py",
     "        if key in self.memo:\n            return self.memo[key]\n        if key in self.open or self.work >= MAX_WORK:",
     "        if key in self.open:", DAG),
]  # fmt: skip


def tests_fail(tests: list[str]) -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "-p", "no:cacheprovider", *tests],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    return result.returncode != 0


def run(only: list[str]) -> int:
    survived = 0
    for name, file, old, new, tests in BUGS:
        if only and not any(o in name for o in only):
            continue
        path = PKG / file
        original = path.read_text(encoding="utf-8")
        if original.count(old) != 1:
            print(f"NOT APPLIED {name}: its text is not (once) in {file} any more; update BUGS")
            survived += 1
            continue
        path.write_text(original.replace(old, new), encoding="utf-8")
        try:
            killed = tests_fail(tests)
        finally:
            path.write_text(original, encoding="utf-8")
        survived += not killed
        print(f"{'KILLED  ' if killed else 'SURVIVED'} {name}")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
