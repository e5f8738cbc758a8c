"""Reading the spec: the one module lint, the IR and the emulator stand on.

It lives below both `generator/` and `emulator/` (in the package `authspec`, which imports
nothing but the standard library), so the emulator ships as its own distribution,
`cloudbase-auth-emulator`, without the generator: `generator.spec` re-exports it unchanged.

Everything here takes the parsed OpenAPI document (a dict) and answers questions about it:
the operations in document order, local `$ref`s, the JSON media of a body or response, the
examples of a media type, the error catalogue, and each operation's security resolved into
data (`Security`). Security is resolved by a scheme's *kind* (bearer, basic, tc3), never by its
name in `components.securitySchemes`, so renaming `bearerAuth` changes nothing downstream.
Nothing here knows about any output language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


def escape(token: str) -> str:
    """A JSON pointer token (RFC 6901): `~` and `/` escaped."""
    if "~" not in token and "/" not in token:  # nearly every token: a walk of the spec escapes tens of thousands
        return token
    return token.replace("~", "~0").replace("/", "~1")


def pointer_join(base: str, *tokens: str | int) -> str:
    if len(tokens) == 1:  # the common call (a walk adds one token at a time): no generator
        return f"{base}/{escape(str(tokens[0]))}"
    return base + "".join("/" + escape(str(t)) for t in tokens)


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def resolve_pointer(doc: Any, ref: str) -> Any:
    """Resolve a local `#/a/b` reference; KeyError when it dangles."""
    node = doc
    for raw in ref[2:].split("/") if ref != "#" else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(ref)
    return node


def media_examples(media: dict[str, Any], pointer: str) -> Iterator[tuple[str, str, Any]]:
    """(name, pointer, value) for every example of a media type or parameter."""
    if "example" in media:
        yield "example", pointer_join(pointer, "example"), media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for name, example in examples.items():
            if isinstance(example, dict) and "value" in example:
                yield str(name), pointer_join(pointer, "examples", name, "value"), example["value"]


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(pointer, path, method, operation) in document order."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield pointer_join("", "paths", path, method), str(path), method, op


def deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (at most 20); KeyError when one dangles."""
    return deref_at(doc, node, "")[0]


def deref_at(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Like deref, plus the pointer of where the resolved node lives (for located messages)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        ref = node["$ref"]
        node = resolve_pointer(doc, ref)
        pointer = ref[1:]  # "#/a/b" -> "/a/b", already escaped
        seen += 1
    return node, pointer


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def operation_parameters(
    doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> list[dict[str, Any]]:
    """Path-level parameters overridden by operation-level ones (same name and location)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in as_list(path_item.get("parameters")) + as_list(op.get("parameters")):
        param = deref(doc, raw)
        if isinstance(param, dict):
            merged[(str(param.get("name")), str(param.get("in")))] = param
    return list(merged.values())


def error_catalogue(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        str(entry["error"]): entry
        for entry in as_list(doc.get("x-error-codes"))
        if isinstance(entry, dict) and "error" in entry
    }


def json_media(node: Any) -> dict[str, Any] | None:
    """The application/json media type object of a request body or response, if any."""
    content = node.get("content") if isinstance(node, dict) else None
    if isinstance(content, dict):
        media = content.get("application/json")
        if isinstance(media, dict):
            return media
    return None


# --- security -------------------------------------------------------------------------------

# How a scheme of `components.securitySchemes` is called here: the kind decides what a client
# sends, whatever the scheme's name. The word is the HTTP authentication scheme: `scheme` of a
# `type: http` scheme, or `x-auth-scheme` of one written in another shape (TC3-HMAC-SHA256 is
# an `apiKey` in the Authorization header, so that generic generators know it).
SCHEME_KINDS = {"bearer": "bearer", "basic": "basic", "tc3-hmac-sha256": "tc3"}
AUTH_SCHEME_EXTENSION = "x-auth-scheme"
# What a client sends by default, one word per combination of alternatives (`Security.mode`).
AUTH_MODES = ("none", "bearer", "bearer_optional", "bearer_or_basic", "basic", "tc3")


@dataclass(frozen=True)
class Security:
    """An operation's security requirement, resolved into what a client does.

    mode: what is sent by default. `none`; `bearer` (the session's token, required);
    `bearer_optional` (`[{}, {bearer}]`: anyone may call, a signed-in caller sends its token);
    `bearer_or_basic` (`[{bearer}, {basic}]`: the token when signed in, else the client's Basic
    credentials); `basic` (client credentials); `tc3` (a TC3-HMAC-SHA256 signature).
    sends_client_id: whether the call carries `client_id` in the query whenever it sends no
    Bearer token (as the official SDK does on every such call).
    alternatives: the kinds of each alternative, in spec order; `()` is "no auth".
    """

    mode: str
    alternatives: tuple[tuple[str, ...], ...]

    @property
    def bearer(self) -> str:
        """`required`, `optional` (sent when signed in) or `never`."""
        if self.mode == "bearer":
            return "required"
        return "optional" if self.mode in ("bearer_optional", "bearer_or_basic") else "never"

    @property
    def basic(self) -> bool:
        """Client credentials are sent (always for `basic`, as the fallback of `bearer_or_basic`)."""
        return self.mode in ("basic", "bearer_or_basic")

    @property
    def signed(self) -> bool:
        return self.mode == "tc3"

    @property
    def sends_client_id(self) -> bool:
        return self.mode in ("none", "basic", "bearer_optional", "bearer_or_basic")

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for alternative in self.alternatives for kind in alternative)


def scheme_kinds(doc: dict[str, Any]) -> dict[str, str]:
    """Scheme name -> kind (bearer, basic, tc3, or the scheme's own word when unknown)."""
    schemes = as_dict(as_dict(doc.get("components")).get("securitySchemes"))
    out = {}
    for name, scheme in schemes.items():
        scheme = as_dict(scheme)
        word = str(scheme.get(AUTH_SCHEME_EXTENSION) or scheme.get("scheme", "")).lower()
        out[str(name)] = SCHEME_KINDS.get(word, word)
    return out


def effective_security(doc: dict[str, Any], op: dict[str, Any]) -> list[Any]:
    """The operation's `security`, or the document's when the operation has none."""
    security = op.get("security", doc.get("security"))
    return security if isinstance(security, list) else []


def resolve_security(
    doc: dict[str, Any], op: dict[str, Any], kinds: dict[str, str] | None = None
) -> Security:
    kinds = scheme_kinds(doc) if kinds is None else kinds
    alternatives = tuple(
        tuple(sorted(kinds.get(str(name), "unknown") for name in as_dict(requirement)))
        for requirement in effective_security(doc, op)
    )
    first = alternatives[0] if alternatives else ()
    if not first:
        mode = "bearer_optional" if any("bearer" in alt for alt in alternatives) else "none"
    elif "bearer" in first:
        mode = "bearer_or_basic" if any("basic" in alt for alt in alternatives[1:]) else "bearer"
    elif "tc3" in first:
        mode = "tc3"
    else:
        mode = "basic"
    return Security(mode, alternatives)
