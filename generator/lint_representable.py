"""Lint rules for what no target can represent safely (run by `lint._project_rules`).

Spec text reaches bash, jq, Go, Python, YAML and HTML through each context's escaping function
(`generator/escape.py`), so text is data whatever it holds. Some text cannot be made safe or
correct by escaping, and is refused here, each with its located one-line message:

- `control-character`: NUL and the other C0/C1 controls but tab and newline, bidi controls
  (they reorder what a reviewer reads: "Trojan Source"), the BOM, line/paragraph separators
  and lone surrogates, anywhere in the document (keys and values). Python source cannot hold
  NUL, Go and Python read U+2028 differently from JavaScript, and none of them is visible.
- `path-grammar`: a path must be a URL path (RFC 3986 `pchar`s and `/`), its `{templates}`
  RFC 6570 names; a server URL an absolute http(s) URL of the same characters.
- `version`: `info.version` is a package version (it is also sent in a header).
- `parameter-name`: a header (or cookie) parameter is an HTTP token (RFC 9110), a path
  parameter an RFC 6570 name, a query parameter characters of a URL query.
- `target-name`: a name (property, parameter, operationId, schema, error code) must give every
  target an identifier (at least one ASCII letter or digit), fit Go's JSON struct tags (a
  property), not take a name the Go runtime already declares, and not meet another name after
  any target's casing. Names are compared ignoring case too: `userid` and `user_i_d` become Go's
  `Userid` and `UserID`, which a case-insensitive file system, PHP's class and method names and
  encoding/json's matching of JSON keys cannot tell apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from . import lint_templates
from .loader import Loaded, pointer_join
from .naming import pascal_case, words
from .problems import Problem
from .spec import as_dict, as_list, deref_at, iter_operations

MAX_CONTROL_PROBLEMS = 50

# --- control characters --------------------------------------------------------------------

# Bidi embeddings, overrides and isolates, the marks, and Arabic's letter mark.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but tab and newline, DEL, C1
    + _BIDI
    + "\ufeff\u2028\u2029"  # BOM, line and paragraph separators
    + "\ud800-\udfff]"  # lone surrogates (YAML's "\ud800" escape makes one)
)


def unsafe_character(text: str) -> str | None:
    """The first character of `text` no output may hold, or None."""
    match = _UNSAFE.search(text)
    return match.group(0) if match else None


def describe_character(char: str) -> str:
    code = f"U+{ord(char):04X}"
    try:
        return f"{code} {unicodedata.name(char)}"
    except ValueError:
        return code


def control_problems(loaded: Loaded, data: Any, what: str = "the spec") -> Iterator[Problem]:
    """Every key or string of `data` holding an unsafe character, located (at most
    MAX_CONTROL_PROBLEMS, then a count)."""
    found = 0
    for pointer, text, is_key in _unsafe_strings(data, []):
        found += 1
        if found <= MAX_CONTROL_PROBLEMS:
            char = unsafe_character(text) or ""
            kind = "a key" if is_key else "a string"
            yield loaded.problem(
                pointer,
                "control-character",
                f"{kind} of {what} holds {describe_character(char)}, a control character that no "
                "generated file may hold (it is invisible, or breaks Python, Go or JavaScript "
                "source): remove it",
            )
    if found > MAX_CONTROL_PROBLEMS:
        yield loaded.problem(
            "",
            "control-character",
            f"... and {found - MAX_CONTROL_PROBLEMS} more strings with control characters",
        )


def _unsafe_strings(node: Any, path: list[str | int]) -> Iterator[tuple[str, str, bool]]:
    """(pointer, text, is a key) of every key and string holding an unsafe character. The
    pointer is only built for those: the walk runs over the whole spec on every lint."""
    if isinstance(node, dict):
        for key, value in node.items():
            path.append(str(key))
            if isinstance(key, str) and _UNSAFE.search(key):
                yield pointer_join("", *path), key, True
            yield from _unsafe_strings(value, path)
            path.pop()
    elif isinstance(node, list):
        for index, value in enumerate(node):
            path.append(index)
            yield from _unsafe_strings(value, path)
            path.pop()
    elif isinstance(node, str) and _UNSAFE.search(node):
        yield pointer_join("", *path), node, False


# --- paths and parameter names -------------------------------------------------------------

# RFC 3986: pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
_PCHAR = r"A-Za-z0-9\-._~!$&'()*+,;=:@"
_PATH_LITERAL = re.compile(rf"(?:[{_PCHAR}/]|%[0-9A-Fa-f]{{2}})*")
# RFC 6570: varname = varchar *( ["."] varchar ), varchar = ALPHA / DIGIT / "_" (pct-encoded left out)
TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$")
# RFC 9110: token = 1*tchar
HTTP_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
# RFC 3986 query characters (pchar / "/" / "?"), and the brackets of `filter[field]` names
# (percent-encoded on the wire by every client).
QUERY_NAME = re.compile(rf"^(?:[{_PCHAR}/?\[\]]|%[0-9A-Fa-f]{{2}})+$")


def path_problem(path: str) -> str | None:
    """Why `path` is not a URL path with URI-template names, or None."""
    if not path.startswith("/"):
        return f"path {path!r} must start with '/'"
    for part in re.split(r"(\{[^{}]*\})", path):
        if part.startswith("{") and part.endswith("}"):
            if not TEMPLATE_NAME.match(part[1:-1]):
                return (
                    f"path {path!r}: the template {part!r} is not a URI template name (RFC 6570: "
                    "letters, digits, '_' and inner '.')"
                )
            continue
        literal = _PATH_LITERAL.match(part)
        end = literal.end() if literal else 0
        if end < len(part):
            return (
                f"path {path!r} holds {part[end]!r}, which a URL path cannot (RFC 3986): percent-encode "
                "it or leave it out"
            )
    return None


_SERVER_URL = re.compile(rf"^https?://(?:[{_PCHAR}/]|%[0-9A-Fa-f]{{2}}|\{{[A-Za-z0-9_]+\}})+$")


def server_problem(url: str) -> str | None:
    """Why a server URL is not an absolute http(s) URL (with `{variable}`s), or None: the
    clients append operation paths to it, so no query, fragment, quote or space."""
    if _SERVER_URL.match(url):
        return None
    return f"server URL {url!r} is not an http(s) URL of path characters (RFC 3986) and {{variables}}"


def parameter_problem(name: str, location: str) -> str | None:
    if location == "path" and not TEMPLATE_NAME.match(name):
        return (
            f"path parameter {name!r} is not a URI template name (RFC 6570: letters, digits, '_' and "
            "inner '.')"
        )
    if location in ("header", "cookie") and not HTTP_TOKEN.match(name):
        return f"{location} parameter {name!r} is not an HTTP token (RFC 9110): no spaces, quotes, ':' or brackets"
    if location == "query" and not QUERY_NAME.match(name):
        return f"query parameter {name!r} holds characters a URL query cannot (RFC 3986)"
    return None


def _parameters(
    doc: dict[str, Any], pointer: str, path: str, op: dict[str, Any]
) -> Iterator[tuple[dict[str, Any], str]]:
    """(parameter, pointer) of the operation and its path item, references resolved."""
    path_item = as_dict(as_dict(doc.get("paths")).get(path))
    for level, base in ((path_item, pointer_join("/paths", path)), (op, pointer)):
        for i, raw in enumerate(as_list(level.get("parameters"))):
            try:
                param, where = deref_at(doc, raw, pointer_join(base, "parameters", i))
            except KeyError:
                continue
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                yield param, where


# A version as package managers read it (PEP 440, semver): the clients also send it in a header.
VERSION = re.compile(r"^[0-9][0-9A-Za-z.+\-]*$")


def grammar_problems(loaded: Loaded) -> Iterator[Problem]:
    doc: dict[str, Any] = loaded.data
    version = as_dict(doc.get("info")).get("version")
    if isinstance(version, str) and not VERSION.match(version):
        yield loaded.problem(
            "/info/version",
            "version",
            f"info.version {version!r} is not a version (digits, letters, '.', '+' and '-'): the "
            "packages are versioned with it and the clients send it in the x-sdk-version header",
        )
    for index, server in enumerate(as_list(doc.get("servers"))):
        url = as_dict(server).get("url")
        message = server_problem(url) if isinstance(url, str) else None
        if message:
            yield loaded.problem(pointer_join("/servers", index, "url"), "path-grammar", message)
    for path in as_dict(doc.get("paths")):
        message = path_problem(str(path))
        if message:
            yield loaded.problem(pointer_join("/paths", str(path)), "path-grammar", message)
    seen: set[str] = set()
    for pointer, path, _method, op in iter_operations(doc):
        for param, where in _parameters(doc, pointer, path, op):
            if where in seen:  # a shared parameter is reported once, where it is written
                continue
            seen.add(where)
            message = parameter_problem(param["name"], str(param.get("in")))
            if message:
                yield loaded.problem(pointer_join(where, "name"), "parameter-name", message)


# --- names in every target -----------------------------------------------------------------

# What Go's encoding/json accepts in a struct tag's name (isValidTag): letters, digits and these.
_GO_JSON_TAG_PUNCTUATION = "!#$%&()*+-./:;<=>?@[]^_{|}~ "
# The methods a generated Go struct may get (types.go.jinja, for the types holding secrets).
GO_STRUCT_METHODS = frozenset({"String", "GoString", "Format", "LogValue"})


def go_json_tag_problem(name: str) -> str | None:
    """The first character of a property name Go's JSON struct tags cannot carry, or None."""
    for char in name:
        if not (char.isalpha() or char.isdigit() or char in _GO_JSON_TAG_PUNCTUATION):
            return char
    if name.startswith("-") and name.strip("-") == "":
        return "-"
    return None


@functools.cache
def go_runtime_identifiers() -> tuple[frozenset[str], frozenset[str]]:
    """(package-level identifiers, Client's method names) the Go runtime declares, read from
    templates/go/runtime/ (so a new runtime name is guarded without editing a list here)."""
    from .templating import TEMPLATES

    package: set[str] = set()
    methods: set[str] = set()
    for path in sorted((TEMPLATES / "go" / "runtime").glob("*.go")):
        if path.name.endswith("_test.go"):
            continue
        text = path.read_text(encoding="utf-8")
        package.update(re.findall(r"(?m)^(?:func|type|var|const) ([A-Za-z_]\w*)", text))
        methods.update(re.findall(r"(?m)^func \(\w+ \*?Client\) ([A-Za-z_]\w*)", text))
        for block in re.findall(r"(?ms)^(?:var|const|type) \((.*?)^\)", text):
            package.update(re.findall(r"(?m)^\t([A-Za-z_]\w*)", block))
    return frozenset(package), frozenset(methods)


class _Names:
    """Generated names of one namespace: each new one must differ, ignoring case, from all
    before it (and from the names it must never take)."""

    def __init__(self, loaded: Loaded, what: str, taken: frozenset[str] = frozenset()) -> None:
        self.loaded = loaded
        self.what = what
        self.taken = taken
        self.seen: dict[str, tuple[str, str]] = {}  # casefolded name -> (wire name, pointer)

    def add(self, name: str, wire: str, pointer: str, kind: str, language: str = "Go") -> Iterator[Problem]:
        if name in self.taken:
            yield self.loaded.problem(
                pointer,
                "target-name",
                f"{kind} {wire!r} becomes {name} in {language}, a name the {self.what} already has: rename it",
            )
            return
        other = self.seen.setdefault(name.casefold(), (wire, pointer))
        if other[0] != wire:
            yield self.loaded.problem(
                pointer,
                "target-name",
                f"{kind} {wire!r} becomes {name} in {language}, like {other[0]!r} (line "
                f"{self.loaded.line_of(other[1])}), ignoring case: rename one",
            )


@functools.cache
def python_package_names() -> frozenset[str]:
    """The names `cloudbase_auth/__init__.py` imports besides the catalogue's exception classes
    (read from its template): an error code's class must take none of them."""
    from .templating import TEMPLATES

    text = (TEMPLATES / "python" / "__init__.py.jinja").read_text(encoding="utf-8")
    text = re.sub(r"(?s)\{%.*?%\}|\{\{.*?\}\}", " ", text)
    names: set[str] = set()
    for group in re.findall(r"(?ms)^from \.\w+ import (\(.*?\)|[^\n]+)", text):
        names.update(re.findall(r"[A-Za-z_]\w*", group))
    return frozenset(names)


def _spellable(loaded: Loaded, name: str, pointer: str, kind: str) -> Iterator[Problem]:
    if not words(name):
        yield loaded.problem(
            pointer,
            "target-name",
            f"{kind} {name!r} has no ASCII letter or digit: no target can make an identifier of it",
        )


def name_problems(loaded: Loaded) -> Iterator[Problem]:
    from .ir import MANAGED_PARAMETERS
    from .lint import _object_schemas  # the schemas that become models, inline ones included
    from .targets.go.names import exported

    doc: dict[str, Any] = loaded.data
    given = lint_templates.names()
    package_names, client_methods = given.go_package, given.go_methods
    package = _Names(loaded, "Go package (runtime)", package_names)
    methods = _Names(loaded, "Go client", client_methods)
    schemas = as_dict(as_dict(doc.get("components")).get("schemas"))
    body_fields: dict[str, dict[str, str]] = {}  # schema -> Go field (casefolded) -> property
    for name, top in schemas.items():
        where = pointer_join("/components/schemas", str(name))
        spelled = list(_spellable(loaded, str(name), where, "schema"))
        yield from spelled
        if not spelled:
            yield from package.add(exported(words(str(name))), str(name), where, "schema")
        for pointer, schema in _object_schemas(top, where):
            fields = _Names(loaded, "generated struct", GO_STRUCT_METHODS)
            for prop in as_dict(schema.get("properties")):
                if unsafe_character(str(prop)):
                    continue  # the control-character rule reports it
                at = pointer_join(pointer, "properties", str(prop))
                spelled = list(_spellable(loaded, str(prop), at, "property"))
                yield from spelled
                bad = go_json_tag_problem(str(prop))
                if bad is not None:
                    yield loaded.problem(
                        at,
                        "target-name",
                        f"property {prop!r} holds {bad!r}, which Go's encoding/json cannot carry in a "
                        "field's tag (nor `,` or quotes): rename it",
                    )
                    continue
                if not spelled:
                    go_name = exported(words(str(prop)))
                    yield from fields.add(go_name, str(prop), at, "property")
                    if pointer == where:
                        body_fields.setdefault(str(name), {})[go_name.casefold()] = str(prop)
    exceptions = _Names(loaded, "Python package", given.python_package)
    for entry_index, entry in enumerate(as_list(doc.get("x-error-codes"))):
        error = as_dict(entry).get("error")
        if isinstance(error, str) and words(error):
            at = pointer_join("/x-error-codes", entry_index)
            yield from package.add("Err" + exported(words(error)), error, at, "error code")
            yield from exceptions.add(pascal_case(error), error, at, "error code", language="Python")
    for pointer, path, _method, op in iter_operations(doc):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not words(op_id):
            continue  # the operation-id rule reports it
        at = pointer_join(pointer, "operationId")
        go_name = exported(words(op_id))
        yield from methods.add(go_name, op_id, at, "operationId")
        yield from package.add("operation" + go_name, op_id, at, "operationId")
        body = _body_schema(doc, op)
        params = [
            (param, where)
            for param, where in _parameters(doc, pointer, path, op)
            if (param["name"].lower(), str(param.get("in"))) not in MANAGED_PARAMETERS
        ]
        if not body_fields.get(body) and (params or "requestBody" in op):
            # the Go target's struct for a call whose body type has no fields of its own
            yield from package.add(go_name + "Request", op_id, at, "operationId")
        fields = _Names(loaded, "generated struct", GO_STRUCT_METHODS)
        for param, where in params:
            wire = param["name"]
            name_at = where  # where the python target's argument-name rule reports it too
            spelled = list(_spellable(loaded, wire, name_at, "parameter"))
            yield from spelled
            if spelled:
                continue
            go_name = exported(words(wire))
            other = body_fields.get(body, {}).get(go_name.casefold())
            if other is not None and other != wire:
                yield loaded.problem(
                    name_at,
                    "target-name",
                    f"parameter {wire!r} becomes {go_name} in Go, like the body field {other!r}, "
                    "ignoring case: rename one",
                )
            yield from fields.add(go_name, wire, name_at, "parameter")


def _body_schema(doc: dict[str, Any], op: dict[str, Any]) -> str:
    """The component name of the operation's JSON request body, "" when none."""
    try:
        body, _ = deref_at(doc, op.get("requestBody"), "")
    except KeyError:
        return ""
    media = as_dict(as_dict(as_dict(body).get("content")).get("application/json"))
    ref = str(as_dict(media.get("schema")).get("$ref", ""))
    return ref.rsplit("/", 1)[1] if ref.startswith("#/components/schemas/") else ""


def representable_problems(loaded: Loaded) -> Iterator[Problem]:
    """Every rule of this module."""
    yield from control_problems(loaded, loaded.data)
    yield from grammar_problems(loaded)
    yield from name_problems(loaded)
