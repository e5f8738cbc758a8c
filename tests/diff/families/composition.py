"""Fixtures of generator/diff/composition.py: branches by direction, error answers included."""

from __future__ import annotations

from . import Doc, fixture, prop, schema, signin

B, N = "breaking", "non-breaking"
ERROR = {"$ref": "#/components/schemas/Error"}
GATEWAY = {"$ref": "#/components/schemas/GatewayError"}


def _any_error(d: Doc, *branches: Doc) -> None:
    d["components"]["schemas"]["AnyError"] = {"description": "An error of either shape.", "anyOf": list(branches)}


def _error_answer(d: Doc, name: str) -> None:
    signin(d)["responses"]["400"]["content"]["application/json"]["schema"] = {"$ref": f"#/components/schemas/{name}"}


def req_added(o: Doc, n: Doc) -> None:
    """A request that accepts another shape accepts more: compatible on the wire."""
    prop(n, "SignInRequest", "attempts").update(oneOf=[{"type": "integer", "format": "int32"}, {"type": "string"}])
    del prop(n, "SignInRequest", "attempts")["type"]
    del prop(n, "SignInRequest", "attempts")["format"]


def req_removed(o: Doc, n: Doc) -> None:
    for d in (o, n):
        del prop(d, "SignInRequest", "attempts")["type"]
        del prop(d, "SignInRequest", "attempts")["format"]
    prop(o, "SignInRequest", "attempts")["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    prop(n, "SignInRequest", "attempts")["anyOf"] = [{"type": "integer"}]


def resp_added(o: Doc, n: Doc) -> None:
    """The error answers' new shape of 2.0.0: Error -> anyOf [Error, GatewayError]."""
    _any_error(n, ERROR, GATEWAY)
    _error_answer(n, "AnyError")


def resp_removed(o: Doc, n: Doc) -> None:
    _any_error(o, ERROR, GATEWAY)
    _error_answer(o, "AnyError")
    _any_error(n, ERROR)
    _error_answer(n, "AnyError")


def _all_of(d: Doc, *parts: Doc) -> None:
    d["components"]["schemas"]["Named"] = {"type": "object", "properties": {"label": {"type": "string"}}}
    d["components"]["schemas"]["Audited"] = {"type": "object", "properties": {"audit_id": {"type": "string"}}}
    d["components"]["schemas"]["Profile"] = {"allOf": list(parts)}


NAMED = {"$ref": "#/components/schemas/Named"}
AUDITED = {"$ref": "#/components/schemas/Audited"}


def _profile_in_request(d: Doc) -> None:
    schema(d, "SignInRequest")["properties"]["profile"] = {"$ref": "#/components/schemas/Profile"}


def _profile_in_response(d: Doc) -> None:
    schema(d, "User")["properties"]["profile"] = {"$ref": "#/components/schemas/Profile"}


def req_all_of_added(o: Doc, n: Doc) -> None:
    _all_of(o, NAMED)
    _all_of(n, NAMED, AUDITED)
    _profile_in_request(o)
    _profile_in_request(n)


def req_all_of_removed(o: Doc, n: Doc) -> None:
    req_all_of_added(n, o)


def resp_all_of_added(o: Doc, n: Doc) -> None:
    _all_of(o, NAMED)
    _all_of(n, NAMED, AUDITED)
    _profile_in_response(o)
    _profile_in_response(n)


def resp_all_of_removed(o: Doc, n: Doc) -> None:
    resp_all_of_added(n, o)


def one_of_to_any_of(o: Doc, n: Doc) -> None:
    _any_error(o, ERROR, GATEWAY)
    o["components"]["schemas"]["AnyError"]["oneOf"] = o["components"]["schemas"]["AnyError"].pop("anyOf")
    _any_error(n, ERROR, GATEWAY)
    _error_answer(o, "AnyError")
    _error_answer(n, "AnyError")


FIXTURES = {
    "request-alternative-added": fixture(
        req_added, B, "request-alternative-added",
        why="python: int | None -> dict[str, Any] | None (the facade types a composition as a dict); "
        "go: *int -> map[string]any",
    ),
    "request-alternative-removed": fixture(req_removed, B, "request-alternative-removed"),
    "response-alternative-added": fixture(resp_added, B, "response-alternative-added"),
    "response-alternative-removed": fixture(resp_removed, N, "response-alternative-removed"),
    "request-all-of-added": fixture(req_all_of_added, B, "request-all-of-added"),
    "request-all-of-removed": fixture(req_all_of_removed, N, "request-all-of-removed"),
    "response-all-of-added": fixture(resp_all_of_added, N, "response-all-of-added"),
    "response-all-of-removed": fixture(resp_all_of_removed, B, "response-all-of-removed"),
    "schema-composition-changed": fixture(one_of_to_any_of, B, "schema-composition-changed"),
}
