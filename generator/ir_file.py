"""`generated/ir.json`: the IR as a file any target, in any language, can read.

`ir_document` turns the frozen IR into plain JSON data (every field of every dataclass, in
declaration order, plus the derived rules a reader should not have to recompute: each
operation's auth mode, bearer/basic/client_id behaviour). `validate` checks a document against
`ir_schema.json`, whose `ir_version` must equal `IR_VERSION`: a change to the shape of the IR
bumps both, so a reader can refuse a file it does not understand.
"""

from __future__ import annotations

import dataclasses
import json
from functools import cache
from pathlib import Path
from typing import Any

from .ir import IR_VERSION, Api, Operation, Response
from .spec import Security

SCHEMA_PATH = Path(__file__).resolve().parent / "ir_schema.json"


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float):  # most of the IR: checked first
        return value
    if isinstance(value, Security):
        return {
            "mode": value.mode,
            "alternatives": [list(alt) for alt in value.alternatives],
            "bearer": value.bearer,
            "basic": value.basic,
            "signed": value.signed,
            "sends_client_id": value.sends_client_id,
        }
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's fields as the file holds them, in declaration order; None for any other
    type. Asked once per type: the IR of one spec is tens of thousands of values."""
    if kind not in _FIELD_NAMES:
        is_dataclass = dataclasses.is_dataclass(kind)
        names = (
            tuple(f.name for f in dataclasses.fields(kind) if f.name != "extras") if is_dataclass else None
        )
        _FIELD_NAMES[kind] = names
    return _FIELD_NAMES[kind]


def _operation(op: Operation) -> dict[str, Any]:
    # A schema is written once, under `schemas`; an operation names it (and is not made plain).
    data: dict[str, Any] = {}
    for name in _field_names(Operation) or ():
        if name == "body":
            data[name] = op.body.name if op.body else None
        elif name == "responses":
            data[name] = [_response(response) for response in op.responses]
        else:
            data[name] = _plain(getattr(op, name))
    return data


def _response(response: Response) -> dict[str, Any]:
    return {
        name: (response.schema.name if response.schema else None)
        if name == "schema"
        else _plain(getattr(response, name))
        for name in _field_names(Response) or ()
    }


def ir_document(api: Api, header: str = "") -> dict[str, Any]:
    """The IR as data; `header` (the "generated, do not edit" notice) goes in `$comment`."""
    return {
        "$comment": header,
        "ir_version": IR_VERSION,
        "api": {"title": api.title, "version": api.version, "description": api.description},
        "servers": _plain(api.servers),
        "china_regions": list(api.china_regions),
        "intl_regions": list(api.intl_regions),
        "security_schemes": _plain(api.security_schemes),
        "operations": [_operation(op) for op in api.operations],
        "schemas": _plain(api.schemas),
        "error_codes": _plain(api.error_codes),
        "secret_fields": list(api.secret_fields),
        "session": _plain(api.session),
        "tags": _plain(api.tags),
        "notes": _plain(api.notes),
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@cache
def ir_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def validate(document: Any) -> list[str]:
    """Where `document` breaks `ir_schema.json`, one line each ("" pointer is the root)."""
    import jsonschema  # type: ignore[import-untyped,unused-ignore]

    validator = jsonschema.Draft202012Validator(ir_schema())
    return [
        f"/{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    ]
