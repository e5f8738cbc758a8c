"""The values `authgen diff` deals in: levels, rules (the table `authgen diff --rules` prints),
the neutral subject of a change (what it touches, before any target names it), and changes.

A rule is declared once, in the module of its family (`operations.py`, `formats.py`, ...), by
`rule(...)`, which puts it in RULES; the family's checks then report findings by rule id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

BREAKING = "breaking"
NON_BREAKING = "non-breaking"
DOCS = "docs"
LEVELS = (BREAKING, NON_BREAKING, DOCS)  # most severe first

REQUEST = "request"
RESPONSE = "response"


def worst(*levels: str) -> str:
    """The most severe of `levels` (ignoring "")."""
    present = [level for level in levels if level]
    return min(present, key=LEVELS.index) if present else DOCS


@dataclass(frozen=True)
class Rule:
    id: str
    level: str  # for the wire: what a generic client of the old spec feels
    family: str  # the module that checks it
    direction: str  # request | response | "" (both, or no direction)
    template: str  # the message, `str.format`ted with the finding's fields
    meaning: str  # what the rule detects, for the table
    advice: str = ""  # what a user of the generated code must do (breaking rules)
    retypes: bool = False  # may change a generated type: ask every target what it becomes

    @property
    def name(self) -> str:
        return self.id


RULES: dict[str, Rule] = {}


def rule(
    id: str,
    level: str,
    family: str,
    template: str,
    meaning: str,
    advice: str = "",
    *,
    direction: str = "",
    retypes: bool = False,
) -> str:
    """Declare a rule (once, at import of its family module); returns its id."""
    if id in RULES:
        raise ValueError(f"rule {id!r} declared twice")
    if level not in LEVELS:
        raise ValueError(f"rule {id!r}: unknown level {level!r}")
    if level == BREAKING and not advice:
        raise ValueError(f"rule {id!r}: a breaking rule says what the user must change")
    RULES[id] = Rule(id, level, family, direction, template, meaning, advice, retypes)
    return id


@dataclass(frozen=True)
class Subject:
    """What a change touches, in the spec's own terms; each target names it in its language.

    kind: operation | parameter | field | error-code | answer | model | server
    """

    kind: str
    operation: str = ""  # operationId; "" for a field of a shared schema
    name: str = ""  # the wire name: parameter, property, error code; the status of an answer
    location: str = ""  # a parameter's `in`; "body" for a top-level request body field
    model: str = ""  # the component schema (or its inline path, `UserProfile.meta`) owning a field;
    #                  for a parameter or an operation: the component schema of the request body
    old_name: str = ""  # what a renamed operationId or error code was called
    managed: bool = False  # a parameter the clients send themselves (client_id, x-device-id, ...)

    def with_operation(self, operation: str, body_model: str) -> Subject:
        """A top-level request field or a parameter belongs to the operation it is reached from."""
        if self.kind == "field" and self.location == "body" and not self.operation:
            return Subject(self.kind, operation, self.name, self.location, self.model)
        if self.kind == "answer" and not self.operation:
            return Subject(self.kind, operation, self.name)
        if self.kind == "parameter" and not self.model:
            return Subject(self.kind, self.operation or operation, self.name, self.location, body_model,
                           managed=self.managed)  # fmt: skip
        return self


@dataclass(frozen=True)
class Retype:
    """A generated type that a change alters in one target."""

    target: str
    old: str
    new: str
    level: str  # breaking: code written against the old type can fail; non-breaking otherwise


@dataclass(frozen=True)
class Effect:
    """What one target's generated code feels of a change."""

    target: str
    names: tuple[str, ...]
    old_type: str = ""
    new_type: str = ""
    level: str = ""  # "" (names only) or the level of the type change

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"target": self.target, "names": list(self.names)}
        if self.level:
            out.update(old_type=self.old_type, new_type=self.new_type, level=self.level)
        return out


@dataclass(frozen=True)
class Finding:
    """A change found between two schema (or spec) nodes, before it is tied to the operations
    that reach it. A finding inside a shared component is found once (memoised) and reported
    once, with every operation that reaches it."""

    rule: str
    message: str
    old_pointer: str = ""
    new_pointer: str = ""
    subject: Subject | None = None
    retypes: tuple[Retype, ...] = ()


@dataclass(frozen=True)
class Change:
    rule: str
    message: str
    old_pointer: str = ""
    new_pointer: str = ""
    operations: tuple[str, ...] = ()  # "POST /signin" of every operation the change reaches
    effects: tuple[Effect, ...] = ()  # per target: the generated names (and types) it changes
    pages: tuple[str, ...] = ()  # cookbook pages

    @property
    def wire_level(self) -> str:
        return RULES[self.rule].level

    @property
    def level(self) -> str:
        """The wire's level, raised to breaking when it breaks code written against a target's
        old generated types."""
        return worst(self.wire_level, *(e.level for e in self.effects if e.level == BREAKING))

    def level_for(self, target: str) -> str:
        """The level as the users of one target feel it (its changelog's heading)."""
        return worst(self.wire_level, *(e.level for e in self.effects if e.target == target and e.level == BREAKING))

    @property
    def advice(self) -> str:
        advice = RULES[self.rule].advice
        if not advice and self.level == BREAKING:
            return "update the code that uses the old type"
        return advice

    def names(self, target: str) -> tuple[str, ...]:
        out: tuple[str, ...] = ()
        for effect in self.effects:
            if effect.target == target:
                out += tuple(n for n in effect.names if n not in out)
        return out

    def retype(self, target: str) -> Effect | None:
        return next((e for e in self.effects if e.target == target and e.level), None)

    @property
    def affects(self) -> tuple[str, ...]:
        """Every generated name, target by target (for one line of text)."""
        out: tuple[str, ...] = ()
        for effect in self.effects:
            out += tuple(n for n in effect.names if n not in out)
        return out
