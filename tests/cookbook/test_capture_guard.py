"""The jq captures of the printed cookbook pages (generated/cookbook/*.md), run as printed on
answers written by hand (issue 28 item 11: the `// empty` guard belongs on optional values).

Which answer fields are optional and which are always there is written here by hand from the
reference (/work/shared/reference/cloudbase-auth-api.md: the token response of section 3.1,
whose `refresh_token` is absent for client_credentials and in the anonymous example and whose
`id_token` only the older schema has; the profile's contact fields; the `code?`,
`verification_uri?` and paging fields of section 5), not from the IR the pages come from.

- An optional field the answer leaves out must give an empty variable, never the string
  "null" (which the next step would send as a token or a phone number).
- A field that is there comes through as it is, `false` and `0` included (a `// empty` guard
  on a boolean would turn `false` into "").
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from .support import COOKBOOK

CAPTURE = re.compile(r"""^(?P<var>[A-Za-z]\w*)="\$\(jq -r (?P<expr>.+) <<<"\$response"\)"$""")
FIELD = re.compile(r"^'?\.(?P<field>[a-z_]+)")

OPTIONAL = {"refresh_token", "id_token", "phone_number", "next_page_token", "code", "verification_uri"}
ALWAYS_THERE = {
    "access_token": "at-1",
    "verification_token": "vt-1",
    "verification_id": "vid-1",
    "sudo_token": "sudo-1",
    "provider_token": "pt-1",
    "captcha_token": "ct-1",
    "device_code": "dc-1",
    "total": 0,
    "exist": False,
}


def captures() -> list[tuple[str, str, str]]:
    """(page, field, the printed jq line) for every capture of a top-level field."""
    found = []
    for page in sorted(COOKBOOK.glob("*.md")):
        for line in page.read_text(encoding="utf-8").splitlines():
            match = CAPTURE.match(line)
            field = match and FIELD.match(match["expr"])
            if match and field:
                found.append((page.name, field["field"], line))
    return found


def run_capture(line: str, response: object) -> str:
    """The printed line in bash with `response` set; the captured variable's value."""
    variable = line.split("=", 1)[0]
    script = f'{line}\nprintf "%s" "${variable}"'
    done = subprocess.run(
        ["bash", "-c", script],
        env={"PATH": "/usr/bin:/bin", "response": json.dumps(response)},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout


CAPTURES = captures()


def test_the_pages_capture_optional_and_always_present_fields() -> None:
    fields = {field for _, field, _ in CAPTURES}
    assert fields & OPTIONAL >= {"refresh_token", "id_token", "phone_number"}
    assert fields & set(ALWAYS_THERE) >= {"access_token", "verification_token", "total", "exist"}


@pytest.mark.parametrize(
    ("page", "field", "line"), [c for c in CAPTURES if c[1] in OPTIONAL], ids=lambda v: str(v)[:40]
)
def test_an_absent_optional_field_gives_an_empty_variable(page: str, field: str, line: str) -> None:
    assert run_capture(line, {"other": "x"}) == "", f"{page}: {line}"
    assert run_capture(line, {field: None}) == "", f"{page}: {line}"
    assert run_capture(line, {field: "v-1"}) == "v-1", f"{page}: {line}"


@pytest.mark.parametrize(
    ("page", "field", "line"), [c for c in CAPTURES if c[1] in ALWAYS_THERE], ids=lambda v: str(v)[:40]
)
def test_a_present_field_comes_through_as_it_is(page: str, field: str, line: str) -> None:
    value = ALWAYS_THERE[field]
    assert run_capture(line, {field: value}) == json.dumps(value).strip('"'), f"{page}: {line}"
