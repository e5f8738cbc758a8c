"""The fixture pairs of `authgen diff`, one module per rule family (as generator/diff/ has one
module per family): each fixture is the smallest edit of one small base spec that shows a rule,
with the verdict it must get. `make_fixtures.py` writes them to tests/diff/fixtures/<name>/."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

Doc = dict[str, Any]


@dataclass(frozen=True)
class Fixture:
    edit: Callable[[Doc, Doc], None]  # edits (old, new), two copies of BASE
    rules: tuple[str, ...]  # exactly the rules authgen reports, in any order
    verdict: str  # the most severe level: breaking, non-breaking or docs
    why: str = ""  # for a verdict that is not the rule's own level: what raised it


def fixture(edit: Callable[[Doc, Doc], None], verdict: str, *rules: str, why: str = "") -> Fixture:
    return Fixture(edit, rules, verdict, why)


BASE: Doc = yaml.safe_load("""
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
        attempts: {type: integer, format: int32, description: Attempts so far.}
        birthday: {type: string, format: date, description: The user's birthday.}
    TokenResponse:
      type: object
      required: [access_token, expires_in]
      properties:
        access_token: {type: string, x-secret: true, description: The access token.}
        expires_in: {type: integer, format: int32, minimum: 1, maximum: 86400, description: Seconds.}
        scope: {type: string, enum: [user, anonymous], description: The scope.}
        sub: {type: string, description: The user ID.}
    User:
      type: object
      required: [sub]
      properties:
        sub: {type: string, description: The user ID.}
        name: {type: string, maxLength: 64, description: The name.}
        created_at: {type: string, description: When the user signed up (RFC 3339).}
        born: {type: string, format: date, description: The birthday.}
    Error:
      type: object
      required: [error]
      properties:
        error: {type: string}
        error_description: {type: string}
    GatewayError:
      type: object
      required: [code, message]
      properties:
        code: {type: string}
        message: {type: string}
""")


def paths(d: Doc) -> Doc:
    return d["paths"]  # type: ignore[no-any-return]


def schema(d: Doc, name: str) -> Doc:
    return d["components"]["schemas"][name]  # type: ignore[no-any-return]


def prop(d: Doc, name: str, field: str) -> Doc:
    return schema(d, name)["properties"][field]  # type: ignore[no-any-return]


def signin(d: Doc) -> Doc:
    return d["paths"]["/signin"]["post"]  # type: ignore[no-any-return]


def user_me(d: Doc) -> Doc:
    return d["paths"]["/user/me"]["get"]  # type: ignore[no-any-return]
