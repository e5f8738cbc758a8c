"""Lint's description, schema-shape, example, reference and structure checks, and the helpers
around them (issue 28 item 10, brief M9): each test lints a small change of the real spec, or
calls a public helper, and compares the whole output (level, rule, message, pointer)."""

from __future__ import annotations

from generator.lint import without_credentials


def test_without_credentials_masks_the_user_and_the_query() -> None:
    assert without_credentials("https://user:secret@example.com/a.yaml?token=t#/x") == (
        "https://***@example.com/a.yaml?***#/x"
    )
    assert without_credentials("https://a:b@c@example.com/s") == "https://***@example.com/s"
    assert without_credentials("https://example.com/s.yaml#/a") == "https://example.com/s.yaml#/a"
    assert without_credentials("http://[::1") == "<unparsable URI>"
