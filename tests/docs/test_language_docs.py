"""What each language's generated documentation tells a caller about an argument: more than its
name (its format, allowed values, or where the value comes from), the allowed values of an enum
in Go too (a Go field is a plain string, so its doc comment lists them), and no Go comment
pointing at a Python name. Read from the IR of the spec and the committed generated/go."""

from __future__ import annotations

import re

from generator.ir import Api, Field, Parameter, TypeRef
from generator.naming import words
from generator.targets.go.names import exported
from generator.targets.python import names as py
from generator.writer import Inputs

from .first_call import ROOT

GO = ROOT / "generated" / "go"
# Words that say nothing about a value on their own.
FILLER = frozenset(["the", "a", "an", "of", "this", "its", "to", "in", "for", "s", "is", "and", "or", "as", "it", "be", "user"])


def says_more_than_its_name(name: str, description: str) -> bool:
    """At least two words of the description are neither the name's own words nor filler:
    `password: 'The password.'` and `gender: 'Gender.'` say nothing, `From POST /verification.`
    says where the value comes from."""
    own = {w.lower() for w in re.findall(r"[A-Za-z][a-z0-9]*|[0-9]+", name.replace("_", " "))}
    extra = [w for w in re.findall(r"[a-z0-9]+", description.lower()) if w not in FILLER and w not in own]
    return len(extra) >= 2


def arguments(api: Api) -> list[tuple[str, Field | Parameter]]:
    """What a caller passes: every operation's own parameters and its body's fields."""
    found: list[tuple[str, Field | Parameter]] = []
    bodies = {s.name: s for s in api.schemas}
    for op in api.operations:
        found += [(f"{op.operation_id}: parameter {p.name}", p) for p in op.parameters if not p.managed]
        if op.body:
            found += [(f"{op.operation_id}: {op.body.name}.{f.name}", f) for f in bodies[op.body.name].fields]
    return found


def test_the_rule_tells_a_name_repeated_from_a_description() -> None:
    assert not says_more_than_its_name("password", "The password.")
    assert not says_more_than_its_name("gender", "Gender.")
    assert not says_more_than_its_name("avatar_url", "Avatar URL.")
    assert not says_more_than_its_name("email", "The email address.")
    assert says_more_than_its_name("verification_id", "From `POST /verification`.")
    assert says_more_than_its_name("gender", "The user's gender as the profile stores it: `MALE` or `FEMALE`.")


def test_every_argument_says_more_than_its_name(inputs: Inputs) -> None:
    vague = [
        f"{where}: {arg.description!r}"
        for where, arg in arguments(inputs.api)
        if not says_more_than_its_name(arg.name, arg.description or "")
    ]
    assert vague == []


def go_field_comments() -> dict[tuple[str, str], str]:
    """(Go struct, wire name) -> the field's doc comment, from generated/go/types_gen.go."""
    source = (GO / "types_gen.go").read_text(encoding="utf-8")
    found: dict[tuple[str, str], str] = {}
    for struct, body in re.findall(r"^type (\w+) struct \{\n(.*?)^\}", source, re.S | re.M):
        for comment, wire in re.findall(r"((?:\t//.*\n)+)\t\w+ .*?`json:\"([^,\"]+)", body):
            found[(struct, wire)] = " ".join(line.strip().removeprefix("//").strip() for line in comment.splitlines())
    return found


def _values(type_: TypeRef) -> tuple[str, ...]:
    if type_.enum:
        return tuple(type_.enum)
    return tuple(type_.items.enum) if type_.items and type_.items.enum else ()


def test_every_go_field_of_enum_type_lists_its_values(inputs: Inputs) -> None:
    comments = go_field_comments()
    checked = 0
    for schema in inputs.api.schemas:
        struct = exported(words(schema.name))
        for field in schema.fields:
            values = _values(field.type)
            if not values or (struct, field.name) not in comments:
                continue
            comment = comments[(struct, field.name)]
            for value in values:
                assert f'"{value}"' in comment, (struct, field.name, value, comment)
            checked += 1
    assert checked >= 10, f"only {checked} enum fields found in the Go types"
    gender = comments[("SignUpRequest", "gender")]
    assert '"MALE"' in gender and '"FEMALE"' in gender


def test_go_comments_never_point_at_python_names(inputs: Inputs) -> None:
    python_only = {"cloudbase_auth", "create_ticket"}
    python_only |= {py.name_of(op) for op in inputs.api.operations if "_" in py.name_of(op)}
    offenders = []
    for path in sorted(GO.glob("*.go")):
        if path.name.endswith("_test.go"):
            continue  # the tests may say where their golden data came from
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            comment = line.partition("//")[2]
            hits = [name for name in python_only if re.search(rf"(?<![\w.]){re.escape(name)}\b", comment)]
            if hits:
                offenders.append(f"{path.name}:{number}: {hits}")
    assert offenders == []
