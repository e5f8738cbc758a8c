"""`spec/cookbook.yaml`: scenarios as ordered steps over operationIds. Load, lint, model.

A scenario is one page of the cookbook. Each step calls an operation of the spec (or mints a
custom-login ticket), sends values (literals or `$variables`) and captures response values
(jq paths) into variables for later steps. Lint checks what the docs cannot show wrong: the
operation exists, every variable is set before it is used, every value sent is a parameter or
body field of the operation, required ones are all there, and captures name response fields.
Problems name the scenario and the step.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ir import Api, Field, Operation, Parameter
from .lint_representable import control_problems
from .loader import Loaded, load_yaml, pointer_join
from .problems import Level, Problem, SpecError

COOKBOOK_FILE = "cookbook.yaml"
# Set at the top of every page (README.md explains them); scenarios may not redefine them.
COMMON_VARIABLES: tuple[tuple[str, str, str], ...] = (
    ("env", "your-env-id", "The CloudBase environment ID."),
    (
        "base",
        "https://${env}.api.tcloudbasegateway.com/auth/v1",
        "The API root (the international gateway is `.api.intl.tcloudbasegateway.com`).",
    ),
    ("clientId", "${env}", "The application's client ID; it defaults to the environment ID."),
    (
        "deviceId",
        "your-device-id",
        "A stable ID of this device, generated once and kept (for example `od -An -N16 -tx1 /dev/urandom | tr -d ' \\n'`).",
    ),
)
COMMON_NAMES = frozenset(name for name, _value, _doc in COMMON_VARIABLES)
# Names the page's shell uses itself.
RESERVED_NAMES = frozenset(
    {"body", "response", "new_request_id", "urlencode"}
    # ... and the TC3 signing of the administrator token (generator/targets/cookbook.py)
    | {"host", "path", "timestamp", "day", "canonical", "signature", "authorization"}
)
VARIABLE = re.compile(r"^[a-z][A-Za-z0-9]*$")
SCENARIO_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CAPTURE_PATH = re.compile(r"^\.(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?$")
PRECONDITIONS = {
    "account": "An account with this page's username and password (and phone number or email) exists."
}
TICKET_INPUTS = ("credentials", "uid")
# A TC3-signed operation (auth tc3) is signed on the page with the API key pair in these.
TC3_VARIABLES = ("secretId", "secretKey")

SCENARIO_KEYS = frozenset({"id", "title", "summary", "given", "variables", "steps"})
# Operations a cookbook step calls with the user's Bearer token (bearer_or_basic: the page's
# user is signed in, so the Bearer alternative is the one shown).
BEARER_KINDS = frozenset({"bearer", "bearer_or_basic"})
STEP_KEYS = frozenset({"operation", "create_ticket", "pkce", "why", "ask", "token", "send", "capture", "verify"})
# `verify: true` on an introspection step: a backend checks a CALLER's token (the curl is the
# introspection; the clients show their cached verifier, `Snippets.verify`).
VERIFY_OPERATION = "introspectToken"
# A `pkce: S256` step makes a code verifier and its challenge (RFC 7636) on the client side.
PKCE_CAPTURES = (".code_verifier", ".code_challenge")


@dataclass(frozen=True)
class Value:
    """A value a step sends: a `$variable`, a literal, or an object of those (``members``, for
    a body field of type object, such as ``provider_params: {provider_code_type: phone}``)."""

    variable: str | None
    literal: Any = None
    members: tuple[tuple[str, Value], ...] = ()

    @property
    def variables(self) -> tuple[str, ...]:
        """Every variable the value reads."""
        if self.variable is not None:
            return (self.variable,)
        return tuple(name for _key, member in self.members for name in member.variables)


@dataclass(frozen=True)
class Input:
    name: str  # on the wire
    location: str  # body, query, path, header (or "ticket" for create_ticket)
    type: str  # JSON type of the field or parameter
    value: Value


@dataclass(frozen=True)
class Capture:
    variable: str
    path: str  # jq path, "." for the whole (string) result
    type: str  # JSON type of the captured field
    required: bool  # always present in a success answer


@dataclass(frozen=True)
class Ask:
    variable: str
    prompt: str


@dataclass(frozen=True)
class Step:
    number: int  # 1-based
    kind: str  # operation | create_ticket | pkce
    operation_id: str  # "" for create_ticket and pkce
    why: str
    asks: tuple[Ask, ...]
    token: str | None  # the variable holding the Bearer token (bearer operations)
    inputs: tuple[Input, ...]
    captures: tuple[Capture, ...]
    verify: bool = False  # a backend verifying a caller's token (introspection steps only)


@dataclass(frozen=True)
class PageVariable:
    name: str
    value: str
    description: str


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    summary: str
    given: tuple[str, ...]
    variables: tuple[PageVariable, ...]
    steps: tuple[Step, ...]

    @property
    def operation_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.operation_id for s in self.steps if s.operation_id))


def cookbook_path(spec_path: Path) -> Path:
    return spec_path.parent / COOKBOOK_FILE


def load_cookbook(path: Path, api: Api) -> tuple[tuple[Scenario, ...], list[Problem]]:
    """Load and lint; the scenarios are only meaningful when no problem is an error."""
    try:
        loaded = load_yaml(path, kind="cookbook")
    except SpecError as exc:
        return (), [exc.problem]
    return _Linter(loaded, api).run()


class _Linter:
    def __init__(self, loaded: Loaded, api: Api) -> None:
        self.loaded = loaded
        self.api = api
        self.problems: list[Problem] = []

    def error(self, pointer: str, rule: str, message: str, level: Level = Level.ERROR) -> None:
        self.problems.append(self.loaded.problem(pointer, rule, message, level))

    def run(self) -> tuple[tuple[Scenario, ...], list[Problem]]:
        data = self.loaded.data
        if not isinstance(data, dict) or not isinstance(data.get("scenarios"), list):
            self.error("", "cookbook-structure", "the cookbook must be a mapping with a `scenarios` list")
            return (), self.problems
        for key in sorted(set(data) - {"scenarios"}):
            self.error(pointer_join("", key), "cookbook-structure", f"unknown top-level key {key!r}")
        # The cookbook's text reaches the same outputs as the spec's (issue 20).
        self.problems.extend(control_problems(self.loaded, data, "the cookbook"))
        scenarios = []
        seen: set[str] = set()
        for index, raw in enumerate(data["scenarios"]):
            pointer = pointer_join("", "scenarios", index)
            scenario = self.scenario(raw, pointer, index)
            if scenario is None:
                continue
            if scenario.id in seen:
                self.error(
                    pointer_join(pointer, "id"),
                    "cookbook-structure",
                    f"scenario {scenario.id!r}: duplicate id",
                )
            seen.add(scenario.id)
            scenarios.append(scenario)
        return tuple(scenarios), self.problems

    def scenario(self, raw: Any, pointer: str, index: int) -> Scenario | None:
        if not isinstance(raw, dict):
            self.error(pointer, "cookbook-structure", f"scenario #{index + 1} must be a mapping")
            return None
        sid = raw.get("id")
        if not isinstance(sid, str) or not SCENARIO_ID.match(sid):
            self.error(
                pointer_join(pointer, "id"),
                "cookbook-structure",
                f"scenario #{index + 1}: `id` must be kebab-case",
            )
            return None
        where = f"scenario {sid!r}"
        for key in sorted(set(raw) - SCENARIO_KEYS):
            self.error(pointer_join(pointer, key), "cookbook-structure", f"{where}: unknown key {key!r}")
        for key in ("title", "summary"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                self.error(
                    pointer_join(pointer, key),
                    "cookbook-structure",
                    f"{where}: `{key}` must be a non-empty string",
                )
        given = raw.get("given") or []
        if not isinstance(given, list) or any(g not in PRECONDITIONS for g in given):
            self.error(
                pointer_join(pointer, "given"),
                "cookbook-structure",
                f"{where}: `given` must list preconditions among {sorted(PRECONDITIONS)}",
            )
            given = []
        variables = self.page_variables(raw.get("variables") or {}, pointer_join(pointer, "variables"), where)
        known = set(COMMON_NAMES) | {v.name for v in variables}
        steps_raw = raw.get("steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            self.error(
                pointer_join(pointer, "steps"),
                "cookbook-structure",
                f"{where}: `steps` must be a non-empty list",
            )
            return None
        steps = []
        for number, step_raw in enumerate(steps_raw, start=1):
            step = self.step(
                step_raw, pointer_join(pointer, "steps", number - 1), f"{where} step {number}", number, known
            )
            if step is not None:
                steps.append(step)
        used = {v for s in steps for i in s.inputs for v in i.value.variables} | {s.token for s in steps}
        if any(s.kind == "operation" and self.api.operation(s.operation_id).auth == "tc3" for s in steps):
            used |= set(TC3_VARIABLES)
        for variable in variables:
            if variable.name not in used:
                self.error(
                    pointer_join(pointer, "variables", variable.name),
                    "cookbook-variable",
                    f"{where}: page variable {variable.name!r} is never used",
                    Level.WARNING,
                )
        return Scenario(
            id=sid,
            title=str(raw.get("title", "")).strip(),
            summary=str(raw.get("summary", "")).strip(),
            given=tuple(str(g) for g in given),
            variables=variables,
            steps=tuple(steps),
        )

    def page_variables(self, raw: Any, pointer: str, where: str) -> tuple[PageVariable, ...]:
        if not isinstance(raw, dict):
            self.error(pointer, "cookbook-structure", f"{where}: `variables` must be a mapping")
            return ()
        out = []
        for name, spec in raw.items():
            vp = pointer_join(pointer, str(name))
            if not self.valid_name(str(name), vp, where):
                continue
            if not isinstance(spec, dict) or not isinstance(spec.get("value"), str | int | float):
                self.error(
                    vp,
                    "cookbook-structure",
                    f"{where}: variable {name!r} needs a `value` (and a `description`)",
                )
                continue
            out.append(
                PageVariable(
                    str(name), str(spec["value"]), " ".join(str(spec.get("description", "")).split())
                )
            )
        return tuple(out)

    def valid_name(self, name: str, pointer: str, where: str) -> bool:
        if not VARIABLE.match(name) or name in RESERVED_NAMES:
            self.error(
                pointer,
                "cookbook-variable",
                f"{where}: {name!r} is not a usable variable name (camelCase letters and digits)",
            )
            return False
        if name in COMMON_NAMES:
            self.error(
                pointer,
                "cookbook-variable",
                f"{where}: {name!r} is set at the top of every page; use another name",
            )
            return False
        return True

    # --- steps ---------------------------------------------------------------------------

    def step(self, raw: Any, pointer: str, where: str, number: int, known: set[str]) -> Step | None:
        if not isinstance(raw, dict):
            self.error(pointer, "cookbook-structure", f"{where}: a step must be a mapping")
            return None
        for key in sorted(set(raw) - STEP_KEYS):
            self.error(pointer_join(pointer, key), "cookbook-structure", f"{where}: unknown key {key!r}")
        why = raw.get("why")
        if not isinstance(why, str) or not why.strip():
            self.error(
                pointer_join(pointer, "why"),
                "cookbook-structure",
                f"{where}: `why` (what the step is for) is required",
            )
            why = ""
        asks = self.asks(raw.get("ask") or {}, pointer_join(pointer, "ask"), where, known)
        if "create_ticket" in raw and "operation" not in raw:
            return self.ticket_step(raw, pointer, where, number, known, why, asks)
        if "pkce" in raw and "operation" not in raw:
            return self.pkce_step(raw, pointer, where, number, known, why, asks)
        op_id = raw.get("operation")
        if not isinstance(op_id, str):
            self.error(
                pointer,
                "cookbook-operation",
                f"{where}: needs `operation` (an operationId) or `create_ticket`",
            )
            return None
        try:
            op = self.api.operation(op_id)
        except KeyError:
            close = difflib.get_close_matches(op_id, [o.operation_id for o in self.api.operations], n=1)
            self.error(
                pointer_join(pointer, "operation"),
                "cookbook-operation",
                f"{where}: unknown operation {op_id!r}" + (f" (did you mean {close[0]!r}?)" if close else ""),
            )
            return None
        where = f"{where} ({op_id})"
        token = None
        if op.auth in BEARER_KINDS:
            token = self.use(
                raw.get("token", "$accessToken"),
                pointer_join(pointer, "token"),
                where,
                known,
                "the Bearer token",
            )
        elif "token" in raw:
            self.error(
                pointer_join(pointer, "token"),
                "cookbook-field",
                f"{where}: `token` is only for Bearer operations",
            )
        if op.auth == "tc3" and not known.issuperset(TC3_VARIABLES):
            self.error(
                pointer,
                "cookbook-variable",
                f"{where}: a TC3-signed operation needs the page variables {' and '.join(TC3_VARIABLES)}",
            )
        verify = raw.get("verify", False)
        if verify not in (True, False) or (verify and op_id != VERIFY_OPERATION):
            self.error(
                pointer_join(pointer, "verify"),
                "cookbook-field",
                f"{where}: `verify: true` is only for the {VERIFY_OPERATION} step that checks a caller's token",
            )
            verify = False
        inputs = self.inputs(op, raw.get("send") or {}, pointer_join(pointer, "send"), where, known)
        captures = self.captures(op, raw.get("capture") or {}, pointer_join(pointer, "capture"), where, known)
        return Step(
            number, "operation", op_id, " ".join(why.split()), asks, token, inputs, captures, bool(verify)
        )

    def ticket_step(
        self,
        raw: dict[str, Any],
        pointer: str,
        where: str,
        number: int,
        known: set[str],
        why: str,
        asks: tuple[Ask, ...],
    ) -> Step | None:
        args = raw["create_ticket"]
        tp = pointer_join(pointer, "create_ticket")
        if not isinstance(args, dict) or set(args) != set(TICKET_INPUTS):
            self.error(tp, "cookbook-field", f"{where} (create_ticket): send exactly `credentials` and `uid`")
            return None
        inputs = []
        for name in TICKET_INPUTS:
            value = self.value(args[name], pointer_join(tp, name), where, known)
            inputs.append(Input(name, "ticket", "string", value))
        capture = raw.get("capture") or {}
        cp = pointer_join(pointer, "capture")
        if not isinstance(capture, dict) or len(capture) != 1 or list(capture.values()) != ["."]:
            self.error(cp, "cookbook-field", f"{where} (create_ticket): capture the ticket as `{{name: .}}`")
            return None
        name = str(next(iter(capture)))
        if not self.valid_name(name, pointer_join(cp, name), where):
            return None
        known.add(name)
        return Step(
            number,
            "create_ticket",
            "",
            " ".join(why.split()),
            asks,
            None,
            tuple(inputs),
            (Capture(name, ".", "string", True),),
        )

    def pkce_step(
        self,
        raw: dict[str, Any],
        pointer: str,
        where: str,
        number: int,
        known: set[str],
        why: str,
        asks: tuple[Ask, ...],
    ) -> Step | None:
        if raw["pkce"] != "S256":
            self.error(
                pointer_join(pointer, "pkce"), "cookbook-field", f"{where} (pkce): the method must be S256"
            )
            return None
        capture = raw.get("capture") or {}
        cp = pointer_join(pointer, "capture")
        if not isinstance(capture, dict) or sorted(map(str, capture.values())) != sorted(PKCE_CAPTURES):
            self.error(
                cp,
                "cookbook-field",
                f"{where} (pkce): capture {{name: .code_verifier, name: .code_challenge}}",
            )
            return None
        captures = []
        for name, path in sorted(capture.items(), key=lambda item: PKCE_CAPTURES.index(str(item[1]))):
            if not self.valid_name(str(name), pointer_join(cp, str(name)), where):
                return None
            known.add(str(name))
            captures.append(Capture(str(name), str(path), "string", True))
        return Step(number, "pkce", "", " ".join(why.split()), asks, None, (), tuple(captures))

    def asks(self, raw: Any, pointer: str, where: str, known: set[str]) -> tuple[Ask, ...]:
        if not isinstance(raw, dict):
            self.error(pointer, "cookbook-structure", f"{where}: `ask` must map variable names to prompts")
            return ()
        out = []
        for name, prompt in raw.items():
            if self.valid_name(str(name), pointer_join(pointer, str(name)), where):
                out.append(Ask(str(name), " ".join(str(prompt).split())))
                known.add(str(name))
        return tuple(out)

    def use(self, raw: Any, pointer: str, where: str, known: set[str], what: str) -> str | None:
        if not isinstance(raw, str) or not raw.startswith("$"):
            self.error(pointer, "cookbook-variable", f"{where}: {what} must be a `$variable`")
            return None
        name = raw[1:]
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f" (did you mean ${close[0]}?)" if close else ""
            self.error(
                pointer, "cookbook-variable", f"{where}: variable ${name} is used before it is set{hint}"
            )
        return name

    def value(self, raw: Any, pointer: str, where: str, known: set[str]) -> Value:
        if isinstance(raw, str) and raw.startswith("$"):
            return Value(self.use(raw, pointer, where, known, "a value"))
        if not isinstance(raw, str | bool | int | float):
            self.error(pointer, "cookbook-field", f"{where}: values must be `$variables` or scalars")
        return Value(None, raw)

    def inputs(self, op: Operation, raw: Any, pointer: str, where: str, known: set[str]) -> tuple[Input, ...]:
        if not isinstance(raw, dict):
            self.error(pointer, "cookbook-structure", f"{where}: `send` must be a mapping")
            return ()
        params = {p.name: p for p in op.parameters if not p.managed}
        fields: dict[str, Field] = {f.name: f for f in op.body.fields} if op.body else {}
        out = []
        for name, value_raw in raw.items():
            name = str(name)
            vp = pointer_join(pointer, name)
            if isinstance(value_raw, dict) and name in fields:
                if fields[name].type.type != "object":
                    self.error(
                        vp, "cookbook-field", f"{where}: {name} is a {fields[name].type.type}, not an object"
                    )
                    continue
                members = tuple(
                    (str(key), self.value(member, pointer_join(vp, str(key)), where, known))
                    for key, member in value_raw.items()
                )
                f = fields[name]
                out.append(Input(name, "body", f.type.type, Value(None, None, members)))
                continue
            value = self.value(value_raw, vp, where, known)
            if name in params:
                p = params[name]
                self.check_literal(value, _scalar_type(p), vp, f"{where}: {name}")
                out.append(Input(name, p.location, _scalar_type(p), value))
            elif name in fields:
                f = fields[name]
                self.check_literal(value, f.type.type, vp, f"{where}: {name}")
                if f.type.enum and value.variable is None and str(value.literal) not in f.type.enum:
                    self.error(vp, "cookbook-field", f"{where}: {name} must be one of {list(f.type.enum)}")
                out.append(Input(name, "body", f.type.type, value))
            else:
                allowed = sorted(params) + sorted(fields)
                self.error(
                    vp,
                    "cookbook-field",
                    f"{where}: the operation has no field or parameter {name!r} (it has {allowed})",
                )
        sent = set(raw)
        for p in params.values():
            if p.required and p.name not in sent:
                self.error(
                    pointer, "cookbook-required", f"{where}: the required parameter {p.name!r} is not sent"
                )
        if op.body is not None and op.body_required:
            for f in op.body.fields:
                if f.required and f.name not in sent:
                    self.error(
                        pointer,
                        "cookbook-required",
                        f"{where}: the required body field {f.name!r} is not sent",
                    )
        return tuple(out)

    def check_literal(self, value: Value, json_type: str, pointer: str, what: str) -> None:
        """A literal must have the field's JSON type (variables are strings from the shell)."""
        if value.variable is not None:
            return
        expected = _LITERAL_TYPES.get(json_type)
        literal = value.literal
        if expected is None:
            self.error(pointer, "cookbook-field", f"{what} is a {json_type}: send it from a variable")
        elif not isinstance(literal, expected) or (json_type != "boolean" and isinstance(literal, bool)):
            self.error(pointer, "cookbook-field", f"{what} must be a {json_type}, not {literal!r}")

    def captures(
        self, op: Operation, raw: Any, pointer: str, where: str, known: set[str]
    ) -> tuple[Capture, ...]:
        if not isinstance(raw, dict):
            self.error(
                pointer, "cookbook-structure", f"{where}: `capture` must map variable names to jq paths"
            )
            return ()
        schema = op.success.schema
        fields = {f.name: f for f in schema.fields} if schema else {}
        out = []
        for name, path in raw.items():
            name = str(name)
            cp = pointer_join(pointer, name)
            if not self.valid_name(name, cp, where):
                continue
            if not isinstance(path, str) or not CAPTURE_PATH.match(path) or path == ".":
                self.error(
                    cp,
                    "cookbook-capture",
                    f"{where}: capture {name}: {path!r} is not a jq path like `.access_token`",
                )
                continue
            first = path[1:].split(".")[0]
            if first not in fields:
                self.error(
                    cp,
                    "cookbook-capture",
                    f"{where}: capture {name}: the response has no field {first!r} (it has {sorted(fields)})",
                )
                continue
            field = fields[first]
            deep = "." in path[1:]
            out.append(
                Capture(name, path, "object" if deep else field.type.type, field.required and not deep)
            )
            known.add(name)
        return tuple(out)


_LITERAL_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


def _scalar_type(param: Parameter) -> str:
    """A parameter's JSON type as a page variable carries it (arrays and objects as strings)."""
    kind = param.type.type
    return kind if kind in _LITERAL_TYPES else "string"
