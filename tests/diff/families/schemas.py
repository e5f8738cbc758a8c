"""Fixtures of generator/diff/schemas.py: fields, types, enums, constraints, defaults, secrets."""

from __future__ import annotations

from . import Doc, fixture, prop, schema

B, N, D = "breaking", "non-breaking", "docs"
GO_POINTER = "go: the field turns from a plain value into a pointer (or back)"


def f_add_req(o: Doc, n: Doc) -> None:
    schema(n, "SignInRequest")["properties"]["captcha_token"] = {"type": "string", "description": "Captcha."}
    schema(n, "SignInRequest")["required"].append("captcha_token")


def f_add_opt(o: Doc, n: Doc) -> None:
    schema(n, "SignInRequest")["properties"]["captcha_token"] = {"type": "string", "description": "Captcha."}


def f_removed(o: Doc, n: Doc) -> None:
    del schema(n, "SignInRequest")["properties"]["attempts"]


def f_req(o: Doc, n: Doc) -> None:
    schema(n, "SignInRequest")["required"].append("password")


def f_opt(o: Doc, n: Doc) -> None:
    schema(o, "SignInRequest")["required"].append("password")


def t_changed(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "attempts")["type"] = "string"
    del prop(n, "SignInRequest", "attempts")["format"]
    del prop(o, "SignInRequest", "attempts")["format"]


def t_widened(o: Doc, n: Doc) -> None:
    del prop(o, "SignInRequest", "attempts")["format"]
    del prop(n, "SignInRequest", "attempts")["format"]
    prop(n, "SignInRequest", "attempts")["type"] = "number"


def enum_req_removed(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "mode")["enum"] = ["password"]


def enum_req_added(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "mode")["enum"] = ["password", "code", "sso"]


def tightened(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "username")["maxLength"] = 32


def min_raised(o: Doc, n: Doc) -> None:
    """A raised lower bound accepts less: on a request, senders break."""
    prop(n, "SignInRequest", "username")["minLength"] = 3


def relaxed(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "username")["maxLength"] = 128


def default(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "mode")["default"] = "code"


def r_added(o: Doc, n: Doc) -> None:
    schema(n, "TokenResponse")["properties"]["refresh_token"] = {
        "type": "string", "x-secret": True, "description": "Refresh.",
    }  # fmt: skip


def r_removed(o: Doc, n: Doc) -> None:
    del schema(n, "TokenResponse")["properties"]["sub"]


def r_opt(o: Doc, n: Doc) -> None:
    schema(n, "TokenResponse")["required"] = ["access_token"]


def r_req(o: Doc, n: Doc) -> None:
    schema(n, "TokenResponse")["required"].append("sub")


def r_type(o: Doc, n: Doc) -> None:
    prop(n, "TokenResponse", "expires_in")["type"] = "number"


def r_narrow(o: Doc, n: Doc) -> None:
    prop(o, "TokenResponse", "expires_in")["type"] = "number"


def r_enum_added(o: Doc, n: Doc) -> None:
    prop(n, "TokenResponse", "scope")["enum"] = ["user", "anonymous", "admin"]


def r_enum_removed(o: Doc, n: Doc) -> None:
    prop(n, "TokenResponse", "scope")["enum"] = ["user"]


def r_enum_dropped(o: Doc, n: Doc) -> None:
    del prop(n, "TokenResponse", "scope")["enum"]


def r_max_raised(o: Doc, n: Doc) -> None:
    prop(n, "TokenResponse", "expires_in")["maximum"] = 604800


def r_min_raised(o: Doc, n: Doc) -> None:
    """A raised lower bound on a response promises less variety: readers are fine."""
    prop(n, "TokenResponse", "expires_in")["minimum"] = 60


def secret(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "username")["x-secret"] = True


def desc(o: Doc, n: Doc) -> None:
    prop(n, "TokenResponse", "expires_in")["description"] = "Seconds until the access token expires (7200)."


FIXTURES = {
    "request-field-added-required": fixture(f_add_req, B, "request-field-added-required"),
    "request-field-added-optional": fixture(f_add_opt, N, "request-field-added-optional"),
    "request-field-removed": fixture(f_removed, B, "request-field-removed"),
    "request-field-became-required": fixture(f_req, B, "request-field-became-required"),
    "request-field-became-optional": fixture(f_opt, B, "request-field-became-optional", why=GO_POINTER),
    "request-type-changed": fixture(t_changed, B, "request-type-changed"),
    "request-type-widened": fixture(t_widened, B, "request-type-widened",
                                    why="go: *int -> *float64 (python: int -> float, compatible)"),
    "request-enum-value-removed": fixture(enum_req_removed, B, "request-enum-value-removed"),
    "request-enum-value-added": fixture(enum_req_added, N, "request-enum-value-added"),
    "request-constraint-tightened": fixture(tightened, B, "request-constraint-tightened"),
    "request-constraint-tightened-min-length": fixture(min_raised, B, "request-constraint-tightened"),
    "request-constraint-relaxed": fixture(relaxed, N, "request-constraint-relaxed"),
    "request-default-changed": fixture(default, N, "request-default-changed"),
    "response-field-added": fixture(r_added, N, "response-field-added"),
    "response-field-removed": fixture(r_removed, B, "response-field-removed"),
    "response-field-became-optional": fixture(r_opt, B, "response-field-became-optional"),
    "response-field-became-required": fixture(r_req, B, "response-field-became-required", why=GO_POINTER),
    "response-type-changed": fixture(r_type, B, "response-type-changed"),
    "response-type-narrowed": fixture(r_narrow, B, "response-type-narrowed",
                                      why="python: float -> int is fine, go: float64 -> int is not"),
    "response-enum-value-added": fixture(r_enum_added, B, "response-enum-value-added"),
    "response-enum-value-removed": fixture(r_enum_removed, N, "response-enum-value-removed"),
    "response-enum-removed": fixture(r_enum_dropped, B, "response-enum-removed"),
    "response-constraint-relaxed": fixture(r_max_raised, B, "response-constraint-relaxed"),
    "response-constraint-tightened": fixture(r_min_raised, N, "response-constraint-tightened"),
    "secret-flag-changed": fixture(secret, N, "secret-flag-changed"),
    "description-changed": fixture(desc, D, "description-changed"),
}
