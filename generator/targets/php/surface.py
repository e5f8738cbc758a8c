"""What `authgen diff` asks the php target: the names a user of `CloudBase\\Auth` writes for what
a change touches, and the PHP type of a schema, computed with the build's own functions
(`names.variable`/`names.class_name` on the IR's words, `build._Types` for a type, `PhpField`'s
rules for how an argument or a property is declared, `build._enums` for enum class names).

Where the build puts things: one method of `CloudBaseAuth` per operation, whose arguments are
the request body's fields and the parameters, flattened (`signIn(captchaToken: ...)`); an
answer's fields are readonly properties of its model (`TokenResponse::$expiresIn`); an inline
object is an `array` (no name of its own); a closed set of strings is an enum class (its
values also accepted and returned as plain strings); each catalogue code is an exception class
under `CloudBase\\Auth\\Exception`. Types are shown as the generated code declares them, with
the namespaces left out (`?TokenResponse` for `?\\CloudBase\\Auth\\Model\\TokenResponse`).

PHP checks declared types at run time: any change of a declared type (`?int` -> `?float` for a
property, `string` -> `?string`) can break code written against the old one, so none is
compatible.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict
from typing import Any

from ...diff.model import Subject
from ...ir import type_ref
from ...naming import words
from .. import TargetError
from ..surface import derived, ir_of
from .build import ENUMS, MODELS, PhpField, _emitted_schemas, _enums, _Types
from .names import class_name, variable

CLIENT = "CloudBaseAuth"


def _variable(wire: str) -> str:
    """A method or argument name, as the build makes it; "?" for a name the build refuses
    (empty, or no PHP identifier: a diff still reports the change)."""
    try:
        return variable(words(wire))
    except TargetError:
        return "?"


def _class(schema: str, suffix: str = "") -> str:
    try:
        return class_name({"names": {"words": words(schema)}}, suffix)
    except TargetError:
        return "?" + suffix


def _method(operation: str) -> str:
    return f"{CLIENT}::{_variable(operation)}"


class _EveryModel(Mapping[str, str]):
    """When a spec has no IR (it does not build): every component schema is its model class."""

    def __getitem__(self, key: str) -> str:
        return MODELS + _class(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(key)


class _Typing:
    """The build's model classes and enum classes of one spec (the enum of a field is named
    after the field, or after its owner too when the field name has several value sets: a
    whole-spec question, so it is answered from the spec's IR as the build answers it)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        ir = ir_of(doc)
        try:
            if ir is None:
                raise TargetError("no IR")
            emitted = _emitted_schemas(ir)
            models: Mapping[str, str] = {s["name"]: MODELS + class_name(s) for s in ir["schemas"] if s["name"] in emitted}
            keys, _ = _enums(ir, set())
            enums = {key: ENUMS + name for key, name in keys.items()}
        except TargetError:  # a spec the build would refuse: name by the field alone
            models, enums = _EveryModel(), {}
        self.types = _Types(models, enums)  # type: ignore[arg-type]
        self.fallback = not enums and isinstance(models, _EveryModel)

    def emits(self, schema: str) -> bool:
        return schema in self.types.models

    def of(self, t: dict[str, Any], owner: str, wire: str) -> Any:
        if self.fallback and t["type"] == "string" and len(t.get("enum") or []) >= 2:
            self.types.enums[(owner, wire)] = ENUMS + _class(wire)
        return self.types.of(t, owner, wire)


class PhpSurface:
    target = "php"

    def __init__(self) -> None:
        # The last few specs' typings (a diff reads two), kept with the spec so an id is not reused.
        self._typings: list[tuple[dict[str, Any], _Typing]] = []

    def _typing(self, doc: dict[str, Any]) -> _Typing:
        for known, typing in self._typings:
            if known is doc:
                return typing
        typing = _Typing(doc)
        self._typings = [*self._typings[-3:], (doc, typing)]
        return typing

    def names_within(self, subject: Subject, docs: tuple[dict[str, Any], ...]) -> tuple[str, ...]:
        """`names`, knowing which schemas the build makes a class of: a field of a schema the
        client never returns (an error answer's) has no PHP name."""
        if subject.kind == "field" and subject.model and not (subject.location == "body" and subject.operation):
            irs = [ir for ir in (ir_of(doc) for doc in docs) if ir is not None]
            if irs and not any(subject.model in derived(ir, _emitted_schemas) for ir in irs):
                return ()
        return self.names(subject)

    def names(self, subject: Subject) -> tuple[str, ...]:
        call = _method(subject.operation)
        kind = subject.kind
        if kind == "operation":
            if subject.old_name:
                return (f"{_method(subject.old_name)}() -> {call}()",)
            return (f"{call}()",)
        if kind == "parameter":
            if subject.managed:
                return (f"{call}() (sent by the client itself: {subject.name})",)
            return (f"{call}(..., {_variable(subject.name)}: ...)",)
        if kind == "field":
            if subject.location == "body" and subject.operation:
                return (f"{call}(..., {_variable(subject.name)}: ...)",)
            if not subject.model or "." in subject.model:
                return ()  # an inline object is an array in PHP: no name of its own
            return (f"{_class(subject.model)}::${_variable(subject.name)}",)
        if kind == "error-code":
            if subject.old_name:
                return (f"Exception\\{_class(subject.old_name, 'Exception')} -> "
                        f"Exception\\{_class(subject.name, 'Exception')}",)  # fmt: skip
            return (f"Exception\\{_class(subject.name, 'Exception')}",)
        if kind == "answer":
            if subject.name.startswith("2"):
                return (f"{call}()",)
            return (f"{call}() throws Exception\\ApiException",)
        return ()

    def type_of(self, doc: dict[str, Any], node: Any, *, required: bool, subject: Subject, direction: str) -> str:
        if subject.kind == "answer" and not subject.name.startswith("2"):
            return ""  # every error answer is an ApiException (GatewayException for the gateway's shape)
        if subject.kind == "field" and "." in subject.model:
            return ""  # inside an inline object: an array entry, no PHP type of its own
        typed = asdict(type_ref(doc, node))
        argument = subject.kind == "parameter" or (subject.kind == "field" and subject.location == "body"
                                                   and bool(subject.operation))  # fmt: skip
        # The enum's owner as the build keys it: the operation for a parameter, else the schema.
        owner = subject.operation if subject.kind == "parameter" else subject.model
        typing = self._typing(doc)
        if subject.kind == "field" and not argument and not typing.emits(subject.model):
            return ""  # a schema the client never returns (an error answer's): no class
        php = typing.of(typed, owner, subject.name)
        if subject.kind == "answer":
            return _short(php.native)  # what the method returns: the answer's model
        field = PhpField(subject.name, subject.name, php, required, False, "")
        if argument:
            if typed.get("const") is not None:
                field.default = "fixed"  # any literal: a fixed value makes the argument optional
            return _short(field.input_type)
        return _short(field.declared)  # a model's property (answers carry no defaults)

    def compatible(self, old: str, new: str, direction: str) -> bool:
        return old == new


def _short(declared: str) -> str:
    """A declared type without the package's namespaces (users `use` the classes)."""
    return declared.replace(MODELS, "").replace(ENUMS, "")


SURFACE = PhpSurface()
