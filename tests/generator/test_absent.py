"""One spelling of "absent" in the generated client (issue 11, item 2), for any spec: a small
inline spec with a nullable field and a date-time is generated and called over
``httpx.MockTransport``, and ``mypy --strict`` checks a user's script against the real client.

- ``None`` leaves an optional argument out; where the schema allows null, ``None`` sends null
  and ``NOT_GIVEN`` (the default) leaves it out.
- A field the service left out reads ``None``; ``repr`` shows only the fields that are set;
  date-times come back as ``datetime``; ``to_dict()`` gives back the JSON that came in.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import writer

from .conftest import GENERATED, mypy_strict
from .test_functional import _run_python, mini_spec


def absent_spec() -> dict[str, Any]:
    doc = mini_spec()
    schemas = doc["components"]["schemas"]
    schemas["PingRequest"]["properties"]["note"] = {
        "type": ["string", "null"],
        "description": "A note; null clears the one kept from an earlier ping.",
    }
    schemas["PingRequest"]["properties"]["nickname"] = {"type": "string", "description": "A name."}
    schemas["Pong"]["properties"]["seen_at"] = {
        "type": "string",
        "format": "date-time",
        "description": "When, RFC 3339.",
    }
    schemas["Pong"]["properties"]["token"] = {"type": "string", "x-secret": True, "description": "A secret."}
    return doc


@pytest.fixture(scope="module")
def absent_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("absent")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(absent_spec(), sort_keys=False))
    writer.generate(spec, root / "out")
    return root / "out" / "python"


def test_none_is_left_out_and_null_is_sent_only_where_the_schema_allows_it(absent_package: Path) -> None:
    result = _run_python(
        absent_package,
        """
        import json, httpx, cloudbase_auth
        from cloudbase_auth import NOT_GIVEN
        bodies = []
        def handler(request):
            bodies.append(json.loads(request.content))
            return httpx.Response(200, json={"pong": True})
        c = cloudbase_auth.CloudBaseAuth("e1", transport=httpx.MockTransport(handler))
        c.ping_the_server(mood="happy")
        c.ping_the_server(mood="happy", nickname=None, secret_word=None)
        c.ping_the_server(mood="happy", nickname=NOT_GIVEN)
        c.ping_the_server(mood="happy", note=None)
        c.ping_the_server(mood="happy", note=NOT_GIVEN)
        c.ping_the_server(mood="happy", note="hi", nickname="Al")
        for body in bodies:
            print(json.dumps(body, sort_keys=True))
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        '{"mood": "happy"}',
        '{"mood": "happy"}',
        '{"mood": "happy"}',
        '{"mood": "happy", "note": null}',
        '{"mood": "happy"}',
        '{"mood": "happy", "nickname": "Al", "note": "hi"}',
    ]


def test_absent_fields_read_none_print_nothing_and_timestamps_are_datetimes(absent_package: Path) -> None:
    result = _run_python(
        absent_package,
        """
        import datetime, httpx, json, cloudbase_auth
        answers = iter([
            {"pong": True},
            {"pong": False, "seen_at": "2026-01-01T08:00:00Z", "token": "tok-5e5e5e5e", "extra": 1},
        ])
        c = cloudbase_auth.CloudBaseAuth("e1", transport=httpx.MockTransport(lambda r: httpx.Response(200, json=next(answers))))
        bare = c.ping_the_server(mood="happy")
        print(bare.mood, bare.seen_at, bare.token)
        print(repr(bare))
        full = c.ping_the_server(mood="happy")
        assert isinstance(full.seen_at, datetime.datetime)
        print(full.seen_at.isoformat())
        print(repr(full))
        print(json.dumps(full.to_dict(), sort_keys=True))
        assert type(full).from_dict(full.to_dict()) == full
        """,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "None None None"
    assert lines[1] == "Pong(pong=True)"
    assert lines[2] == "2026-01-01T08:00:00+00:00"
    assert lines[3] == (
        "Pong(pong=False, seen_at=datetime.datetime(2026, 1, 1, 8, 0, tzinfo=datetime.timezone.utc), "
        "token=[REDACTED], additional_properties={'extra': 1})"
    )
    assert json.loads(lines[4]) == {
        "pong": False,
        "seen_at": "2026-01-01T08:00:00Z",
        "token": "tok-5e5e5e5e",
        "extra": 1,
    }
    assert "Unset" not in result.stdout


def _mypy(script: Path, package: Path) -> str:
    result = mypy_strict(script, package)
    return result.stdout + result.stderr


def test_a_users_script_type_checks_against_the_new_spelling(tmp_path: Path) -> None:
    """Against the real generated client: ``None`` is accepted for every optional argument,
    attributes are ``X | None`` (so mypy makes the user check), timestamps are ``datetime``."""
    script = tmp_path / "use.py"
    script.write_text(
        "import datetime\n"
        "from cloudbase_auth import CloudBaseAuth\n"
        "c = CloudBaseAuth('e1')\n"
        "c.send_verification(phone_number='+86 13800000000', email=None, target='ANY')\n"
        "me = c.get_user_me()\n"
        "reveal_type(me.email)\n"
        "reveal_type(me.created_at)\n"
        "reveal_type(me.groups)\n"
        "if me.created_at is not None:\n"
        "    age: datetime.timedelta = datetime.datetime.now(datetime.UTC) - me.created_at\n"
        "if me.email is not None:\n"
        "    print(me.email.upper())\n"
        "print(me.phone_number.upper())\n"  # not narrowed: the one expected error
    )
    out = _mypy(script, GENERATED / "python")
    assert 'Revealed type is "str | None"' in out, out
    assert 'Revealed type is "datetime.datetime | None"' in out, out
    assert 'Revealed type is "list[cloudbase_auth.models.user_group.UserGroup] | None"' in out, out
    assert 'Item "None" of "str | None" has no attribute "upper"' in out, out
    assert out.count("error:") == 1, out


def test_a_nullable_argument_is_typed_to_take_none_and_not_given(
    absent_package: Path, tmp_path: Path
) -> None:
    script = tmp_path / "use.py"
    script.write_text(
        "from cloudbase_auth import NOT_GIVEN, CloudBaseAuth\n"
        "c = CloudBaseAuth('e1')\n"
        "c.ping_the_server(mood='happy', note=None)\n"
        "c.ping_the_server(mood='happy', note=NOT_GIVEN)\n"
        "c.ping_the_server(mood='happy', nickname=None)\n"
        "reveal_type(c.ping_the_server(mood='happy').seen_at)\n"
    )
    out = _mypy(script, absent_package)
    assert 'Revealed type is "datetime.datetime | None"' in out, out
    assert "error:" not in out, out
    result = _run_python(
        absent_package, "import cloudbase_auth; print(cloudbase_auth.CloudBaseAuth.ping_the_server.__doc__)"
    )
    doc = " ".join(result.stdout.split())
    assert "note: A note; null clears the one kept from an earlier ping. `None` sends null;" in doc, doc
    assert "`NOT_GIVEN` (the default) leaves it out." in doc


def test_the_rewrite_fails_the_build_on_a_spelling_it_does_not_know(tmp_path: Path) -> None:
    """openapi-python-client's output is edited, so a form of ``Unset`` the rewrite does not
    know (a newer version's) stops the build instead of shipping half-rewritten models."""
    from generator.targets.python.build import OpenApiPythonClientError, none_for_absent

    models = tmp_path / "models"
    models.mkdir()
    (models / "thing.py").write_text(
        "from ..types import UNSET, Unset\n\n\n@_attrs_define\nclass Thing:\n"
        "    name: str | Unset = UNSET\n\n    def to_dict(self) -> dict[str, Any]:\n"
        "        return {} if type(self.name) is Unset else {'name': self.name}\n"
    )
    with pytest.raises(
        OpenApiPythonClientError,
        match=r"thing\.py: Unset left after the None rewrite in `return \{\} if type\(self\.name\) is Unset",
    ):
        none_for_absent(tmp_path)


def test_the_changelog_says_what_changed_for_python_users_under_its_version() -> None:
    """`authgen diff` compares specs and cannot see a generator change; the Python target adds
    its own notes under the version they belong to, released or not."""
    from generator.targets.python.build import with_client_changes

    log = "# Changelog\n\n## 3.0.0 (unreleased)\n\n### Added\n\n- x\n\n## 2.0.0\n\n- y\n"
    out = with_client_changes(log, {"3.0.0": ("None is absent.",), "2.0.0": ("Dates.",), "9.9.9": ("z",)})
    assert out.split("\n")[2:9] == [
        "## 3.0.0 (unreleased)",
        "",
        "### The Python client itself (changed by the generator; **What to change** marks a break)",
        "",
        "- None is absent.",
        "",
        "### Added",
    ]
    assert "## 2.0.0\n\n### The Python client itself" in out and "- Dates." in out and "z" not in out
    # a version never released (no heading) is shipped by the next release: its notes go there
    skipped = with_client_changes(log, {"2.5.0": ("Skipped.",)})
    assert skipped.split("## 3.0.0 (unreleased)")[1].split("## 2.0.0")[0].count("- Skipped.") == 1
    # 2.0.0 was never released: the first 2.x release carries its notes
    shipped = (GENERATED / "python" / "CHANGELOG.md").read_text(encoding="utf-8")
    section = shipped.split("\n## 2.")[1].split("\n## ")[0]
    assert "no longer `cloudbase_auth.types.UNSET`" in section and "`datetime`" in section
