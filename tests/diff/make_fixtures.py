"""Writes tests/diff/fixtures/<rule>/old.yaml,new.yaml: one small base spec, and per rule the
smallest edit that shows it. `python tests/diff/make_fixtures.py tests/diff/fixtures` after adding
a rule; test_diff.py checks that the committed fixtures are exactly what this writes."""

import copy
import sys
from pathlib import Path

import yaml

BASE = yaml.safe_load("""
openapi: 3.1.0
info: {title: Fixture, version: "1.0.0"}
servers:
  - {url: "https://{envId}.api.example.com/auth/v1", x-role: gateway, variables: {envId: {default: env}}}
x-error-codes:
  - {error: invalid_argument, error_code: 3, status: 400, description: A parameter is wrong.}
  - {error: invalid_grant, error_code: 4001, status: 400, description: The ticket is wrong.}
paths:
  /signin:
    post:
      operationId: signIn
      tags: [auth]
      summary: Sign in with a password
      description: Signs in.
      security:
        - {}
      parameters:
        - {name: client_id, in: query, required: false, description: The client., schema: {type: string}}
        - {name: x-captcha-token, in: header, required: false, description: A captcha token., schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/SignInRequest"}
            example: {username: alice, password: secret}
      responses:
        "200":
          description: Signed in.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/TokenResponse"}
        "400":
          description: Bad request.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
  /user/me:
    get:
      operationId: getUserMe
      tags: [user]
      summary: The signed-in user
      security:
        - bearerAuth: []
      responses:
        "200":
          description: The user.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/User"}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
    basicAuth: {type: http, scheme: basic}
  schemas:
    SignInRequest:
      type: object
      required: [username]
      properties:
        username: {type: string, minLength: 1, maxLength: 64, description: The user name.}
        password: {type: string, x-secret: true, description: The password.}
        mode: {type: string, enum: [password, code], default: password, description: How to sign in.}
        attempts: {type: integer, description: Attempts so far.}
    TokenResponse:
      type: object
      required: [access_token, expires_in]
      properties:
        access_token: {type: string, x-secret: true, description: The access token.}
        expires_in: {type: integer, description: Seconds.}
        scope: {type: string, enum: [user, anonymous], description: The scope.}
        sub: {type: string, description: The user ID.}
    User:
      type: object
      required: [sub]
      properties:
        sub: {type: string, description: The user ID.}
        name: {type: string, description: The name.}
    Error:
      type: object
      required: [error]
      properties:
        error: {type: string}
""")


def P(d):
    return d["paths"]


def S(d, n):
    return d["components"]["schemas"][n]


def signin(d):
    return d["paths"]["/signin"]["post"]


def op_added(o, n):
    del o["paths"]["/user/me"]


def op_removed(o, n):
    del n["paths"]["/user/me"]


def op_id(o, n):
    P(n)["/user/me"]["get"]["operationId"] = "getCurrentUser"


def op_path(o, n):
    P(n)["/user/current"] = P(n).pop("/user/me")


def op_method(o, n):
    P(n)["/user/me"]["post"] = P(n)["/user/me"].pop("get")


def op_dep(o, n):
    P(n)["/user/me"]["get"]["deprecated"] = True


def op_undep(o, n):
    P(o)["/user/me"]["get"]["deprecated"] = True


def op_tag(o, n):
    P(n)["/user/me"]["get"]["tags"] = ["account"]


def op_desc(o, n):
    P(n)["/user/me"]["get"]["summary"] = "The user who holds the access token"


def sec_added(o, n):
    signin(n)["security"] = [{"basicAuth": []}]


def sec_alt_removed(o, n):
    P(o)["/user/me"]["get"]["security"] = [{"bearerAuth": []}, {"basicAuth": []}]


def sec_alt_added(o, n):
    P(n)["/user/me"]["get"]["security"] = [{"bearerAuth": []}, {"basicAuth": []}]


def par_add_req(o, n):
    signin(n)["parameters"].append(
        {
            "name": "x-region",
            "in": "header",
            "required": True,
            "description": "Region.",
            "schema": {"type": "string"},
        }
    )


def par_add_opt(o, n):
    signin(n)["parameters"].append(
        {
            "name": "locale",
            "in": "query",
            "required": False,
            "description": "Locale.",
            "schema": {"type": "string"},
        }
    )


def par_removed(o, n):
    signin(n)["parameters"].pop(1)


def par_moved(o, n):
    signin(n)["parameters"][1] = {
        "name": "x-captcha-token",
        "in": "query",
        "required": False,
        "description": "A captcha token.",
        "schema": {"type": "string"},
    }


def par_req(o, n):
    signin(n)["parameters"][1]["required"] = True


def par_opt(o, n):
    signin(o)["parameters"][1]["required"] = True


def par_managed(o, n):
    signin(n)["parameters"].append(
        {
            "name": "x-device-id",
            "in": "header",
            "required": True,
            "description": "Device.",
            "schema": {"type": "string"},
        }
    )


def body_add_req(o, n):
    del signin(o)["requestBody"]


def body_add_opt(o, n):
    del signin(o)["requestBody"]
    signin(n)["requestBody"]["required"] = False


def body_removed(o, n):
    del signin(n)["requestBody"]


def body_req(o, n):
    signin(o)["requestBody"]["required"] = False


def body_opt(o, n):
    signin(n)["requestBody"]["required"] = False


def f_add_req(o, n):
    S(n, "SignInRequest")["properties"]["captcha_token"] = {"type": "string", "description": "Captcha."}
    S(n, "SignInRequest")["required"].append("captcha_token")


def f_add_opt(o, n):
    S(n, "SignInRequest")["properties"]["captcha_token"] = {"type": "string", "description": "Captcha."}


def f_removed(o, n):
    del S(n, "SignInRequest")["properties"]["attempts"]


def f_req(o, n):
    S(n, "SignInRequest")["required"].append("password")


def f_opt(o, n):
    S(o, "SignInRequest")["required"].append("password")


def t_changed(o, n):
    S(n, "SignInRequest")["properties"]["attempts"]["type"] = "string"


def t_widened(o, n):
    S(n, "SignInRequest")["properties"]["attempts"]["type"] = "number"


def enum_req_removed(o, n):
    S(n, "SignInRequest")["properties"]["mode"]["enum"] = ["password"]


def enum_req_added(o, n):
    S(n, "SignInRequest")["properties"]["mode"]["enum"] = ["password", "code", "sso"]


def tightened(o, n):
    S(n, "SignInRequest")["properties"]["username"]["maxLength"] = 32


def relaxed(o, n):
    S(n, "SignInRequest")["properties"]["username"]["maxLength"] = 128


def default(o, n):
    S(n, "SignInRequest")["properties"]["mode"]["default"] = "code"


def r_added(o, n):
    S(n, "TokenResponse")["properties"]["refresh_token"] = {
        "type": "string",
        "x-secret": True,
        "description": "Refresh.",
    }


def r_removed(o, n):
    del S(n, "TokenResponse")["properties"]["sub"]


def r_opt(o, n):
    S(n, "TokenResponse")["required"] = ["access_token"]


def r_req(o, n):
    S(n, "TokenResponse")["required"].append("sub")


def r_type(o, n):
    S(n, "TokenResponse")["properties"]["expires_in"]["type"] = "number"


def r_narrow(o, n):
    S(o, "TokenResponse")["properties"]["expires_in"]["type"] = "number"


def r_enum_added(o, n):
    S(n, "TokenResponse")["properties"]["scope"]["enum"] = ["user", "anonymous", "admin"]


def r_enum_removed(o, n):
    S(n, "TokenResponse")["properties"]["scope"]["enum"] = ["user"]


def success(o, n):
    P(n)["/user/me"]["get"]["responses"]["201"] = P(n)["/user/me"]["get"]["responses"].pop("200")


def err_added(o, n):
    P(n)["/user/me"]["get"]["responses"]["401"] = {
        "description": "Not signed in.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def err_removed(o, n):
    del signin(n)["responses"]["400"]


def ec_added(o, n):
    n["x-error-codes"].append(
        {"error": "captcha_required", "error_code": 4028, "status": 400, "description": "Solve a captcha."}
    )


def ec_removed(o, n):
    n["x-error-codes"].pop(0)


def ec_renamed(o, n):
    n["x-error-codes"][1]["error"] = "invalid_ticket"


def ec_status(o, n):
    n["x-error-codes"][1]["status"] = 401


def srv_added(o, n):
    n["servers"].append(
        {
            "url": "https://{envId}.api.intl.example.com/auth/v1",
            "x-role": "intl-gateway",
            "variables": {"envId": {"default": "env"}},
        }
    )


def srv_removed(o, n):
    o["servers"].append({"url": "https://legacy.example.com/auth/v1", "x-role": "legacy"})


def srv_url(o, n):
    n["servers"][0]["url"] = "https://{envId}.gw.example.com/auth/v1"


def secret(o, n):
    S(n, "SignInRequest")["properties"]["username"]["x-secret"] = True


def composition(o, n):
    S(n, "SignInRequest")["properties"]["attempts"] = {
        "oneOf": [{"type": "integer"}, {"type": "string"}],
        "description": "Attempts so far.",
    }


def desc(o, n):
    S(n, "TokenResponse")["properties"]["expires_in"]["description"] = (
        "Seconds until the access token expires (7200)."
    )


def example(o, n):
    signin(n)["requestBody"]["content"]["application/json"]["example"] = {
        "username": "bob",
        "password": "secret",
    }


FIXTURES = {
    "operation-added": op_added,
    "operation-removed": op_removed,
    "operation-id-changed": op_id,
    "operation-path-changed": op_path,
    "operation-method-changed": op_method,
    "operation-deprecated": op_dep,
    "operation-undeprecated": op_undep,
    "operation-tag-changed": op_tag,
    "operation-description-changed": op_desc,
    "security-requirement-added": sec_added,
    "security-alternative-removed": sec_alt_removed,
    "security-alternative-added": sec_alt_added,
    "request-parameter-added-required": par_add_req,
    "request-parameter-added-optional": par_add_opt,
    "request-parameter-removed": par_removed,
    "request-parameter-moved": par_moved,
    "request-parameter-became-required": par_req,
    "request-parameter-became-optional": par_opt,
    "request-parameter-client-managed": par_managed,
    "request-body-added-required": body_add_req,
    "request-body-added-optional": body_add_opt,
    "request-body-removed": body_removed,
    "request-body-became-required": body_req,
    "request-body-became-optional": body_opt,
    "request-field-added-required": f_add_req,
    "request-field-added-optional": f_add_opt,
    "request-field-removed": f_removed,
    "request-field-became-required": f_req,
    "request-field-became-optional": f_opt,
    "request-type-changed": t_changed,
    "request-type-widened": t_widened,
    "request-enum-value-removed": enum_req_removed,
    "request-enum-value-added": enum_req_added,
    "request-constraint-tightened": tightened,
    "request-constraint-relaxed": relaxed,
    "request-default-changed": default,
    "response-field-added": r_added,
    "response-field-removed": r_removed,
    "response-field-became-optional": r_opt,
    "response-field-became-required": r_req,
    "response-type-changed": r_type,
    "response-type-narrowed": r_narrow,
    "response-enum-value-added": r_enum_added,
    "response-enum-value-removed": r_enum_removed,
    "success-status-changed": success,
    "error-response-added": err_added,
    "error-response-removed": err_removed,
    "error-code-added": ec_added,
    "error-code-removed": ec_removed,
    "error-code-renamed": ec_renamed,
    "error-code-status-changed": ec_status,
    "server-added": srv_added,
    "server-removed": srv_removed,
    "server-url-changed": srv_url,
    "secret-flag-changed": secret,
    "description-changed": desc,
    "schema-composition-changed": composition,
    "example-changed": example,
}


def write(out: Path) -> int:
    for name, fn in FIXTURES.items():
        o, n = copy.deepcopy(BASE), copy.deepcopy(BASE)
        fn(o, n)
        d = out / name
        d.mkdir(parents=True, exist_ok=True)
        for fname, doc in (("old.yaml", o), ("new.yaml", n)):
            text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)
            (d / fname).write_text(
                f"# authgen diff fixture: {name} ({fname[:3]} side)\n" + text, encoding="utf-8"
            )
    return len(FIXTURES)


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
