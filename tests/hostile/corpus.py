"""The hostile-spec corpus: a small valid spec (with a cookbook page) and the cases that put
hostile text into it, one case one spec.

A case either must be refused by `authgen generate` (`refused`: the lint rule and a phrase of
its one-line message) or must generate, and then every artefact must hold its text as data
(tests/hostile/test_outputs.py, test_browser.py, test_go_outputs.py). Every payload that would
run a command makes a file named `pwned...` in the current directory of whatever ran it; the
tests run everything in an empty directory and require it to stay empty. Every HTML payload
sets `window.PWNED`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# --- payloads ------------------------------------------------------------------------------

# A property name Go's JSON tags can carry (no quotes, backticks or commas) that runs commands.
SHELL_PROPERTY = "n$(touch pwned13);touch pwned14|x"
# bash: every quoting context, each running `touch pwned*` if it is ever evaluated.
SHELL = 'a\'$(touch pwned1)\'"$(touch pwned2)"`touch pwned3`;touch pwned4;\\"|touch pwned5 #'
# The same without spaces or double quotes: fits a URL path (RFC 3986 pchars) and names.
SHELL_PATH = "$(touch$IFS'pwned6')x'$(touch$IFS'pwned7')'"
# An HTTP token (header name) that runs a command if unquoted: backticks and $ are tchars.
SHELL_TOKEN = "x-`touch$IFS'pwned8'`$IFS|touch$IFS'pwned9'"
JQ = '"} + {"pwned": env} + {"a": "\\(env)'
GO = '"+func init() { println("PWNED-GO") }+"`+"\\n*/ func init() { panic("PWNED-GO") } /*'
PYTHON = '"""; __import__("os").system("touch pwned10"); """\\N{BOGUS}\\x \\u12 \'\'\' {x} \\'
YAML = '"\nsite_url: x\nINHERIT: /etc/passwd\nx: !!python/object/apply:os.system ["touch pwned11"]\n# '
YAML_TAG = '!!python/object/apply:os.system ["touch pwned12"]'
HTML = (
    '<script>window.PWNED=1</script><img src=x onerror="window.PWNED=2">'
    '<svg onload="window.PWNED=3"></svg><details open ontoggle="window.PWNED=4">'
    '"><img src=x onerror="window.PWNED=5"></code></pre>'
    # a page's <title> is its first heading (a flow's title): mkdocs-material unescapes it there
    "</title><script>window.PWNED=22</script>"
)
MARKDOWN_LINKS = (
    "[a](javascript:window.PWNED=6) [b](jav&#x61;script:window.PWNED=7) "
    "[c](JaVaScRiPt:window.PWNED=8) ![d](data:text/html,<script>window.PWNED=9</script>) "
    "<javascript:window.PWNED=10> [e][r]\n\n[r]: javascript:window.PWNED=11\n"
)
MARKDOWN_ATTRIBUTES = (
    'text {: onclick="window.PWNED=12" }\n\n`code`{onmouseover=window.PWNED=13 #PWNED}\n\n'
    "```{.x onclick=window.PWNED=14}\nfenced\n```\n\n"
    'a `code with <img src=x onerror="window.PWNED=15"> inside` b\n\n'
    'an unpaired ` tick\n\n<img src=x onerror="window.PWNED=16"> then ` and\n\n'
    'a `span across\n<img src=x onerror="window.PWNED=17">\nlines` end\n\n'
    # Python-Markdown pairs `` with a later single ` (its fallback), so the tag after it is
    # outside the code span there, and inside it for a reader who pairs runs of equal length
    'x ``a` <img src=x onerror="window.PWNED=21"> b` y'
)
FENCE = "```\n</code></pre><script>window.PWNED=18</script>\n````\n~~~\n" + SHELL
CONTROL = {
    "nul": "\x00",
    "escape": "\x1b[31m",
    "bom": "\ufeff",
    "rtl-override": "\u202e",
    "line-separator": "\u2028",
    "next-line": "\x85",
}
# Every payload of the text kinds at once: a field that reaches several outputs meets all.
EVERYTHING = "\n\n".join([SHELL, JQ, GO, PYTHON, HTML, MARKDOWN_LINKS, MARKDOWN_ATTRIBUTES, YAML_TAG])


# --- the base spec -------------------------------------------------------------------------


def _error(name: str) -> dict[str, Any]:
    return {
        "description": f"{name} error.",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Error"},
                "examples": {
                    name: {"summary": f"The {name} answer.", "value": {"error": name, "error_code": 3}}
                },
            }
        },
    }


def base_spec() -> dict[str, Any]:
    """A valid spec with one operation of each shape: a path, query and header parameter, a
    JSON body with a secret, an enum and a free-form object, a bearer call and an anonymous one."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hostile", "version": "1.0.0", "description": "A spec for hostile text."},
        "servers": [
            {
                "url": "https://{envId}.example.test/auth/v1",
                "x-role": "gateway",
                "description": "The gateway.",
                "variables": {"envId": {"default": "e"}},
            }
        ],
        "tags": [{"name": "things", "x-displayName": "Things", "description": "Things."}],
        "x-error-codes": [
            {
                "error": "invalid_argument",
                "error_code": 3,
                "status": 400,
                "x-source": "inferred",
                "description": "A bad argument.",
            },
            {
                "error": "unauthenticated",
                "error_code": 16,
                "status": 401,
                "x-source": "inferred",
                "description": "Sign in again.",
            },
        ],
        "paths": {
            "/things/{thing_id}": {
                "post": {
                    "operationId": "updateThing",
                    "tags": ["things"],
                    "summary": "Update a thing",
                    "description": "Updates a thing.",
                    "security": [{"bearerAuth": []}],
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "description": "The thing.",
                            "schema": {"type": "string"},
                            "example": "t1",
                        },
                        {
                            "name": "mode",
                            "in": "query",
                            "required": True,
                            "description": "How.",
                            "schema": {"type": "string"},
                            "example": "fast",
                        },
                        {
                            "name": "x-thing-tag",
                            "in": "header",
                            "required": False,
                            "description": "A tag.",
                            "schema": {"type": "string"},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingUpdate"},
                                "examples": {
                                    "a": {
                                        "summary": "An update.",
                                        "value": {"name": "n", "kind": "big", "options": {"k": "v"}},
                                    }
                                },
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The thing.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"},
                                    "examples": {
                                        "a": {"summary": "A thing.", "value": {"id": "t1", "name": "n"}}
                                    },
                                }
                            },
                        },
                        "400": _error("invalid_argument"),
                        "401": _error("unauthenticated"),
                    },
                }
            },
            "/ping": {
                "post": {
                    "operationId": "ping",
                    "tags": ["things"],
                    "summary": "Ping",
                    "description": "Answers pong.",
                    "security": [{}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/PingRequest"},
                                "examples": {"a": {"value": {"message": "hi"}}},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "Pong.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Pong"},
                                    "examples": {"a": {"value": {"pong": True}}},
                                }
                            },
                        },
                        "400": _error("invalid_argument"),
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "description": "A token."}
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "description": "An error.",
                    "required": ["error"],
                    "properties": {
                        "error": {"type": "string", "description": "The code."},
                        "error_code": {"type": "integer", "description": "Its number."},
                        "error_description": {"type": "string", "description": "Why."},
                    },
                },
                "ThingUpdate": {
                    "type": "object",
                    "description": "What to change.",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "description": "The name."},
                        "secret_note": {"type": "string", "x-secret": True, "description": "A secret."},
                        "kind": {"type": "string", "enum": ["big", "small"], "description": "The kind."},
                        "options": {"type": "object", "description": "Free-form options."},
                    },
                },
                "Thing": {
                    "type": "object",
                    "description": "A thing.",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string", "description": "Its ID."},
                        "name": {"type": "string", "description": "Its name."},
                    },
                },
                "PingRequest": {
                    "type": "object",
                    "description": "A ping.",
                    "required": ["message"],
                    "properties": {"message": {"type": "string", "description": "Anything."}},
                },
                "Pong": {
                    "type": "object",
                    "description": "A pong.",
                    "required": ["pong"],
                    "properties": {"pong": {"type": "boolean", "description": "Always true."}},
                },
            },
        },
    }


def base_cookbook() -> dict[str, Any]:
    """One page that calls both operations with literals and a page variable."""
    return {
        "scenarios": [
            {
                "id": "hostile-flow",
                "title": "A hostile flow",
                "summary": "Pings, then updates a thing.",
                "variables": {
                    "thingName": {"value": "n", "description": "The new name."},
                    "accessToken": {"value": "at", "description": "A token."},
                },
                "steps": [
                    {"operation": "ping", "why": "Say hello.", "send": {"message": "hi"}},
                    {
                        "operation": "updateThing",
                        "why": "Change it.",
                        "send": {"thing_id": "t1", "mode": "fast", "name": "$thingName"},
                    },
                ],
            }
        ]
    }


# --- the cases -----------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any], dict[str, Any]], None]


@dataclass(frozen=True)
class Case:
    id: str
    what: str
    mutate: Mutation
    refused: tuple[str, str] | None = None  # (rule, a phrase of the message)
    # Payload text each output must show exactly as written (where it reaches that output).
    payloads: tuple[str, ...] = ()
    # What the cookbook's curl must receive: ("url"|"header"|"body", text found in it).
    wire: tuple[tuple[str, str], ...] = field(default=())


def _op(spec: dict[str, Any], path: str = "/things/{thing_id}", method: str = "post") -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][path][method]
    return op


def _param(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in _op(spec)["parameters"] if p["name"] == name)


def _rename_path(spec: dict[str, Any], new: str) -> None:
    spec["paths"] = {(new if k == "/things/{thing_id}" else k): v for k, v in spec["paths"].items()}


def _rename_property(spec: dict[str, Any], cookbook: dict[str, Any], old: str, new: str) -> None:
    schema = spec["components"]["schemas"]["ThingUpdate"]
    schema["properties"] = {(new if k == old else k): v for k, v in schema["properties"].items()}
    schema["required"] = [new if r == old else r for r in schema["required"]]
    example = _op(spec)["requestBody"]["content"]["application/json"]["examples"]["a"]["value"]
    if old in example:
        example[new] = example.pop(old)
    send = cookbook["scenarios"][0]["steps"][1]["send"]
    if old in send:
        send[new] = send.pop(old)


def _every_text(payload: str) -> Mutation:
    """`payload` in every free text of the spec and the cookbook that reaches an output."""

    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        spec["info"]["title"] = "Hostile " + payload.replace("\n", " ")
        spec["info"]["description"] = payload
        spec["servers"][0]["description"] = payload
        spec["tags"][0]["x-displayName"] = payload.replace("\n", " ")
        spec["tags"][0]["description"] = payload
        for code in spec["x-error-codes"]:
            code["description"] = payload
        spec["components"]["securitySchemes"]["bearerAuth"]["description"] = payload
        for path in spec["paths"].values():
            for op in path.values():
                op["summary"] = payload.replace("\n", " ")
                op["description"] = payload
                for param in op.get("parameters", []):
                    param["description"] = payload
                for response in op["responses"].values():
                    response["description"] = payload
                    for example in response["content"]["application/json"]["examples"].values():
                        example["summary"] = payload.replace("\n", " ")
        for schema in spec["components"]["schemas"].values():
            schema["description"] = payload
            for prop in schema["properties"].values():
                prop["description"] = payload
        page = cookbook["scenarios"][0]
        page["title"] = "Flow " + payload.replace("\n", " ")
        page["summary"] = payload
        page["variables"]["thingName"]["description"] = payload
        for step in page["steps"]:
            step["why"] = payload

    return mutate


def _example_values(payload: str) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        op = _op(spec)
        op["requestBody"]["content"]["application/json"]["examples"]["a"]["value"] = {
            "name": payload,
            "kind": "big",
            "options": {payload: payload, "k": payload},
        }
        _param(spec, "thing_id")["example"] = payload
        _param(spec, "mode")["example"] = payload
        op["responses"]["200"]["content"]["application/json"]["examples"]["a"]["value"] = {
            "id": payload,
            "name": payload,
        }
        ping = _op(spec, "/ping")
        ping["requestBody"]["content"]["application/json"]["examples"]["a"]["value"] = {"message": payload}
        send = cookbook["scenarios"][0]["steps"]
        send[0]["send"]["message"] = payload
        send[1]["send"].update({"thing_id": payload, "mode": payload, "x-thing-tag": payload})
        cookbook["scenarios"][0]["variables"]["thingName"]["value"] = payload

    return mutate


def _set(path: tuple[str | int, ...], value: Any) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        node: Any = spec
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        for m in mutations:
            m(spec, cookbook)

    return mutate


def _path(new: str) -> Mutation:
    return lambda spec, cookbook: _rename_path(spec, new)


def _property(old: str, new: str) -> Mutation:
    return lambda spec, cookbook: _rename_property(spec, cookbook, old, new)


def _header_name(new: str) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        _param(spec, "x-thing-tag")["name"] = new
        cookbook["scenarios"][0]["steps"][1]["send"][new] = "tag"

    return mutate


def _query_name(new: str) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        _param(spec, "mode")["name"] = new
        send = cookbook["scenarios"][0]["steps"][1]["send"]
        send[new] = send.pop("mode")

    return mutate


def _enum(values: list[str]) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        spec["components"]["schemas"]["ThingUpdate"]["properties"]["kind"]["enum"] = values
        example = _op(spec)["requestBody"]["content"]["application/json"]["examples"]["a"]["value"]
        example["kind"] = values[0]

    return mutate


def _extra_property(name: str) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        props = spec["components"]["schemas"]["ThingUpdate"]["properties"]
        props[name] = {"type": "string", "description": "Another."}

    return mutate


def _operation_id(new: str) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        _op(spec, "/ping")["operationId"] = new
        cookbook["scenarios"][0]["steps"][0]["operation"] = new

    return mutate


def _error_code(new: str) -> Mutation:
    def mutate(spec: dict[str, Any], cookbook: dict[str, Any]) -> None:
        spec["x-error-codes"].append(
            {"error": new, "error_code": 99, "status": 400, "x-source": "inferred", "description": "More."}
        )

    return mutate


CASES: tuple[Case, ...] = (
    # --- text that must stay data in every output ---
    Case("shell-text", "shell in every text", _every_text(SHELL), payloads=(SHELL,)),
    Case("jq-text", "jq in every text", _every_text(JQ), payloads=(JQ,)),
    Case("go-text", "Go in every text", _every_text(GO), payloads=(GO,)),
    Case("python-text", "Python in every text", _every_text(PYTHON), payloads=(PYTHON,)),
    Case("yaml-text", "YAML in every text", _every_text(YAML), payloads=()),
    Case(
        "yaml-tag-title",
        "a YAML tag as the title and tag name",
        _both(_set(("info", "title"), YAML_TAG), _set(("tags", 0, "x-displayName"), YAML_TAG)),
        payloads=(YAML_TAG,),
    ),
    Case("html-text", "HTML and JS in every text", _every_text(HTML)),
    Case("markdown-links", "javascript: and data: links in every text", _every_text(MARKDOWN_LINKS)),
    Case(
        "markdown-attributes",
        "attr_list, fences and code spans in every text",
        _every_text(MARKDOWN_ATTRIBUTES),
    ),
    Case("fence-text", "code fences in every text", _every_text(FENCE)),
    Case("everything-text", "every payload in every text", _every_text(EVERYTHING)),
    Case(
        "shell-examples",
        "shell in every example value and key",
        _example_values(SHELL),
        payloads=(SHELL,),
        wire=(("body", SHELL), ("header", SHELL)),
    ),
    Case(
        "everything-examples",
        "every payload in every example value and key",
        _example_values(EVERYTHING),
        payloads=(EVERYTHING,),
        wire=(("body", EVERYTHING),),
    ),
    Case("fence-examples", "code fences in example values", _example_values(FENCE), payloads=(FENCE,)),
    Case(
        "shell-path",
        "shell in the path",
        _path("/things/" + SHELL_PATH + "/{thing_id}"),
        payloads=(SHELL_PATH,),
        wire=(("url", SHELL_PATH),),
    ),
    Case(
        "html-path",
        "HTML-ish characters the URL grammar allows in the path",
        _path("/things/'onmouseover=window.PWNED=19;'/{thing_id}"),
    ),
    Case(
        "shell-header-name",
        "a header name that runs a command unquoted",
        _header_name(SHELL_TOKEN),
        payloads=(SHELL_TOKEN,),
        wire=(("header", SHELL_TOKEN + ": tag"),),
    ),
    Case(
        "shell-query-name",
        "a query name that runs a command unquoted",
        _query_name(SHELL_PATH),
        payloads=(SHELL_PATH,),
    ),
    Case(
        "shell-property",
        "a property name that runs a command",
        _property("name", SHELL_PROPERTY),
        payloads=(SHELL_PROPERTY,),
        wire=(("body", SHELL_PROPERTY),),
    ),
    Case(
        "jq-property",
        "a property name that is jq code",
        _property("name", "a}+{x:env}|{y:."),
        wire=(("body", "a}+{x:env}|{y:."),),
    ),
    Case(
        "html-property",
        "a property name that is HTML",
        _property("name", "<img src=x onerror=window.PWNED=20>"),
    ),
    Case(
        "keyword-property",
        "a property named like a jq keyword and jq's own variables",
        _both(_property("name", "if"), _extra_property("ENV"), _extra_property("__loc__")),
    ),
    Case("hostile-enum", "enum values full of quotes and code", _enum([SHELL, PYTHON, GO, HTML])),
    Case(
        "hostile-server",
        "commands in the server URL (all of them URL path characters)",
        _set(("servers", 0, "url"), "https://{envId}.example.test/auth/v1" + SHELL_PATH),
        payloads=(SHELL_PATH,),
    ),
    # --- refused: no output can hold it ---
    *(
        Case(
            f"control-{name}",
            f"{name} in a description",
            _set(("paths", "/ping", "post", "description"), f"a{char}b"),
            refused=("control-character", "control character"),
        )
        for name, char in CONTROL.items()
    ),
    Case(
        "control-in-name",
        "a control character in a property name",
        _property("name", "na\u202eme"),
        refused=("control-character", "U+202E"),
    ),
    Case("path-space", "a space in a path", _path("/things/a b/{thing_id}"), refused=("path-grammar", "' '")),
    Case(
        "path-quote",
        "a double quote in a path",
        _path('/things/a"b/{thing_id}'),
        refused=("path-grammar", "'\"'"),
    ),
    Case(
        "path-template",
        "a template name with a quote",
        _both(
            lambda spec, cookbook: _param(spec, "thing_id").update(name="thing'id"),
            _path("/things/{thing'id}"),
        ),
        refused=("path-grammar", "URI template name"),
    ),
    Case(
        "version-toml",
        "a version that would end a TOML string and a header",
        _set(("info", "version"), '1.0.0"\n[tool.pwned]\nx = "'),
        refused=("version", "is not a version"),
    ),
    Case(
        "server-url-quote",
        "a server URL with quotes, a space and a fragment",
        _set(("servers", 0, "url"), 'https://{envId}.example.test/v1"; touch pwned #'),
        refused=("path-grammar", "server URL"),
    ),
    Case(
        "header-space",
        "a header name with a space and a colon",
        _header_name("x-a: b"),
        refused=("parameter-name", "HTTP token"),
    ),
    Case(
        "query-hash",
        "a query name with a # and a space",
        _query_name("a#b c"),
        refused=("parameter-name", "URL query"),
    ),
    Case(
        "property-quote",
        "a property name with a double quote",
        _property("name", 'a"b'),
        refused=("target-name", "encoding/json"),
    ),
    Case(
        "property-backtick",
        "a property name with a backtick (Go struct tag)",
        _property("name", "a`b"),
        refused=("target-name", "encoding/json"),
    ),
    Case(
        "property-comma",
        "a property name with a comma (Go's tag options)",
        _property("name", "a,omitempty"),
        refused=("target-name", "encoding/json"),
    ),
    Case(
        "property-no-letters",
        "a property name with no letter or digit",
        _property("name", "$$$"),
        refused=("target-name", "no ASCII letter or digit"),
    ),
    Case(
        "go-case-collision",
        "xId and x_i_d (both Go's XID)",
        _both(_property("name", "xId"), _extra_property("x_i_d")),
        refused=("target-name", "like 'xId'"),
    ),
    Case(
        "case-only-collision",
        "userid and user_i_d (Userid, UserID)",
        _both(_property("name", "userid"), _extra_property("user_i_d")),
        refused=("target-name", "ignoring case"),
    ),
    Case(
        "go-method-collision",
        "an operation named like the Go client's own method",
        _operation_id("logValue"),
        refused=("target-name", "Go client"),
    ),
    Case(
        "go-field-method",
        "a property that becomes a Go method of its struct",
        _extra_property("string"),
        refused=("target-name", "String"),
    ),
    Case(
        "python-class-collision",
        "an error code named like a class the package exports",
        _error_code("not_found_error"),
        refused=("target-name", "NotFoundError"),
    ),
    Case(
        "schema-runtime-name",
        "a schema named like a Go runtime type",
        lambda spec, cookbook: spec["components"]["schemas"].update(
            Client=copy.deepcopy(spec["components"]["schemas"]["Thing"])
        ),
        refused=("target-name", "Client"),
    ),
)


def build(case: Case) -> tuple[dict[str, Any], dict[str, Any]]:
    spec, cookbook = base_spec(), base_cookbook()
    case.mutate(spec, cookbook)
    return spec, cookbook
