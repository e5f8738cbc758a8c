"""What `authgen diff` asks the java target: the names a user of `io.github.cloudbaseauth` writes
for what a change touches, and the Java type of a schema, computed with the build's own
functions (`names.member`/`names.pascal` on the IR's words, `build.java_type` on the IR's type,
the `JavaField.getter_type` rule for what a getter returns).

Where the build puts things: one method of `CloudBaseAuth` per operation (`signIn(request)`); a
request body's fields and the operation's parameters are the fields of one request model (the
body's class, or `<Operation>Request` when the body has none), set through its builder
(`SignInRequest.builder().captchaToken(String)`); an answer's fields are getters of its model
(`TokenResponse.expiresIn()`, `Optional<Long>` when the field may be absent); an inline object
is a `Map<String, Object>` (no name of its own); each catalogue code is an exception class
under `io.github.cloudbaseauth.errors`.

Java's types are invariant: any change of a generated type (`Optional<Long>` -> `Optional<Double>`,
`long` -> `Optional<Long>`) stops code written against the old one from compiling.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, replace
from typing import Any

from ...diff.model import REQUEST, Subject
from ...ir import type_ref
from ...naming import words
from .. import TargetError
from ..surface import derived, ir_of
from .build import PRIMITIVE, _reachable, fixed_of, java_type
from .names import member, member_of, pascal

CLIENT = "CloudBaseAuth"


def _member(wire: str) -> str:
    """A method, getter or setter name, as the build makes it; "?" for a name the build refuses
    (empty, or no Java identifier: a diff still reports the change)."""
    try:
        return member(words(wire))
    except TargetError:
        return "?"


def _class(schema: str) -> str:
    try:
        return pascal(words(schema))
    except TargetError:
        return "?"


def _method(operation: str) -> str:
    return f"{CLIENT}.{_member(operation)}"


class _ModelNames(Mapping[str, str]):
    """Every component schema's model class, as the build names it (which ones it emits is the
    build's business)."""

    def __getitem__(self, key: str) -> str:
        return _class(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(key)


def _request_class(subject: Subject) -> str:
    """The model a call's parameters and body fields live in: the body's class, or
    `<Operation>Request` when there is no body schema."""
    return _class(subject.model) if subject.model else _class(subject.operation) + "Request"


def _emitted(docs: tuple[dict[str, Any], ...]) -> set[str] | None:
    """The schemas the build makes a model class of, in either spec; None when neither builds."""
    irs = [ir for ir in (ir_of(doc) for doc in docs) if ir is not None]
    return {name for ir in irs for name in derived(ir, _reachable)} if irs else None


def _shadowed(subject: Subject, docs: tuple[dict[str, Any], ...]) -> bool:
    """Does the body's class have a field of the parameter's Java name (in the new spec, else
    the old)?"""
    for doc in reversed(docs):
        ir = ir_of(doc)
        schema = next((s for s in (ir or {}).get("schemas", ()) if s["name"] == subject.model), None)
        if schema is not None:
            return any(member_of(f) == _member(subject.name) for f in schema["fields"])
    return False


class JavaSurface:
    target = "java"

    def names_within(self, subject: Subject, docs: tuple[dict[str, Any], ...]) -> tuple[str, ...]:
        """`names`, knowing which schemas the build makes a class of: a field of a schema the
        client never reads or writes (an error answer's) has no Java name, and a call whose body
        has no class of its own takes `<Operation>Request`."""
        emitted = _emitted(docs)
        if emitted is not None and subject.model and "." not in subject.model and subject.model not in emitted:
            if subject.kind == "field":
                return ()
            if subject.kind == "parameter":
                subject = replace(subject, model="")
        if subject.kind == "parameter" and subject.model and not subject.managed and _shadowed(subject, docs):
            # The build's rule: a parameter named like a field of the body's class is suffixed
            # with where it goes (updatePassword's sudo_token query parameter: sudoTokenQuery).
            name = _member(subject.name) + subject.location.capitalize()
            return (f"{_request_class(subject)}.{name}()",)
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
            return (f"{_request_class(subject)}.{_member(subject.name)}()",)
        if kind == "field":
            if not subject.model or "." in subject.model:
                return ()  # an inline object is a Map<String, Object> in Java: no name of its own
            return (f"{_class(subject.model)}.{_member(subject.name)}()",)
        if kind == "error-code":
            if subject.old_name:
                return (f"errors.{_exception(subject.old_name)} -> errors.{_exception(subject.name)}",)
            return (f"errors.{_exception(subject.name)}",)
        if kind == "answer":
            if subject.name.startswith("2"):
                return (f"{call}()",)
            return (f"{call}() throws ApiException",)
        return ()

    def type_of(self, doc: dict[str, Any], node: Any, *, required: bool, subject: Subject, direction: str) -> str:
        if subject.kind == "answer" and not subject.name.startswith("2"):
            return ""  # every error answer is an ApiException (GatewayException for the gateway's shape)
        if subject.kind == "field" and "." in subject.model:
            return ""  # inside an inline object: a map entry, no Java type of its own
        emitted = _emitted((doc,))
        if subject.kind == "field" and emitted is not None and subject.model not in emitted:
            return ""  # a schema the client never reads or writes (an error answer's): no class
        typed = asdict(type_ref(doc, node))
        java = java_type(typed, _ModelNames())  # type: ignore[arg-type]
        if subject.kind == "answer":
            return java.java  # what the method returns: the answer's model
        if direction == REQUEST:
            return java.java  # what the request builder's setter takes (null: left out)
        # What the response model's getter returns (JavaField.getter_type): a list or map as it
        # is, a required (or fixed) value unboxed, anything else Optional.
        if java.kind in ("list", "map"):
            return java.java
        if required or fixed_of(typed) is not None:
            return PRIMITIVE.get(java.java, java.java)
        return f"Optional<{java.java}>"

    def compatible(self, old: str, new: str, direction: str) -> bool:
        return old == new


def _exception(code: str) -> str:
    return _class(code) + "Exception"


SURFACE = JavaSurface()
