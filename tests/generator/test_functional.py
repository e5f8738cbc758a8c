"""Small inline specs, generated, imported and called: the generator works for any spec that
follows the conventions, not just ours."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import writer

from .conftest import mypy_strict

ERROR = {"$ref": "#/components/schemas/Error"}


def _error_response(name: str, status: int) -> dict[str, Any]:
    return {
        "description": name,
        "content": {
            "application/json": {
                "schema": ERROR,
                "examples": {name: {"value": {"error": name, "error_code": status}}},
            }
        },
    }


def mini_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Mini", "version": "0.0.1"},
        "servers": [
            {
                "url": "https://{envId}.example.test/auth/v1",
                "x-role": "gateway",
                "variables": {"envId": {"default": "e"}},
            }
        ],
        "tags": [{"name": "misc"}],
        "x-error-codes": [
            {
                "error": "teapot_refused",
                "error_code": 418,
                "status": 400,
                "x-source": "inferred",
                "description": "The teapot refused.",
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
            "/ping": {
                "post": {
                    "operationId": "pingTheServer",
                    "tags": ["misc"],
                    "summary": "Ping",
                    "description": "Answers pong.",
                    "security": [{}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/PingRequest"},
                                "examples": {"a": {"value": {"mood": "happy"}}},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "pong",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Pong"},
                                    "examples": {"a": {"value": {"pong": True, "mood": "happy"}}},
                                }
                            },
                        },
                        "400": _error_response("teapot_refused", 400),
                    },
                }
            },
            "/things/{thing_id}": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["misc"],
                    "summary": "A thing",
                    "description": "Reads a thing.",
                    "security": [{"bearerAuth": []}],
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "example": "t 1",
                        },
                        {
                            "name": "verbose",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "boolean"},
                            "example": True,
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "the thing",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"},
                                    "examples": {"a": {"value": {"id": "t 1"}}},
                                }
                            },
                        },
                        "401": _error_response("unauthenticated", 401),
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {"type": "string"},
                        "error_code": {"type": "integer"},
                        "error_description": {"type": "string"},
                    },
                },
                "PingRequest": {
                    "type": "object",
                    "required": ["mood"],
                    "properties": {
                        "mood": {"type": "string", "enum": ["happy", "sad"]},
                        "secret_word": {"type": "string", "x-secret": True},
                    },
                },
                "Pong": {
                    "type": "object",
                    "required": ["pong"],
                    "properties": {"pong": {"type": "boolean"}, "mood": {"type": "string"}},
                },
                "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            },
        },
    }


@pytest.fixture(scope="module")
def mini_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mini")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(mini_spec(), sort_keys=False))
    writer.generate(spec, root / "out")
    return root / "out" / "python"


def _run_python(package: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_generated_methods_are_named_after_operation_ids_and_called(mini_package: Path) -> None:
    result = _run_python(
        mini_package,
        f"""
        import json, httpx, cloudbase_auth
        assert cloudbase_auth.__file__.startswith({str(mini_package)!r})
        seen = []
        def handler(request):
            seen.append(request)
            if request.url.path.endswith("/ping"):
                return httpx.Response(200, json={{"pong": True, "mood": json.loads(request.content)["mood"]}})
            return httpx.Response(200, json={{"id": "t 1"}})
        c = cloudbase_auth.CloudBaseAuth("e1", transport=httpx.MockTransport(handler))
        pong = c.ping_the_server(mood="sad")
        print(type(pong).__name__, pong.pong, pong.mood)
        c.set_session({{"access_token": "at", "refresh_token": "rt", "expires_in": 7200, "token_type": "Bearer"}})
        thing = c.get_thing(thing_id="t 1", verbose=True)
        print(type(thing).__name__, thing.id)
        print(seen[0].url)
        print(seen[1].url, seen[1].headers["authorization"])
        """,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Pong True sad"
    assert lines[1] == "Thing t 1"
    assert lines[2] == "https://e1.example.test/auth/v1/ping?client_id=e1"
    assert lines[3] == "https://e1.example.test/auth/v1/things/t%201?verbose=true Bearer at"


def test_catalogue_codes_become_exception_classes(mini_package: Path) -> None:
    result = _run_python(
        mini_package,
        """
        import httpx, cloudbase_auth
        body = {"error": "teapot_refused", "error_code": 418, "error_description": "no"}
        c = cloudbase_auth.CloudBaseAuth("e1", transport=httpx.MockTransport(lambda r: httpx.Response(400, json=body)))
        try:
            c.ping_the_server(mood="happy", secret_word="hunter2-secret")
        except cloudbase_auth.TeapotRefused as exc:
            print(type(exc).__mro__[1].__name__, exc.status_code, exc.error, exc.error_code)
            assert "hunter2-secret" not in str(exc) + repr(exc)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "BadRequestError 400 teapot_refused 418"


def test_enum_fields_are_typed_literals_checked_by_mypy(mini_package: Path, tmp_path: Path) -> None:
    user_code = tmp_path / "use.py"
    user_code.write_text(
        "from cloudbase_auth import CloudBaseAuth\n"
        "c = CloudBaseAuth('e1')\n"
        "ok = c.ping_the_server(mood='happy')\n"
        "reveal_type(ok.pong)\n"
        "c.ping_the_server(mood='angry')\n"
    )
    result = mypy_strict(user_code, mini_package)
    assert 'Revealed type is "bool"' in result.stdout, result.stdout
    assert (
        'Argument "mood" to "ping_the_server" of "CloudBaseAuth" has incompatible type "Literal[\'angry\']"'
        in result.stdout
    )
    assert result.stdout.count("error:") == 1, result.stdout


def test_normalise_makes_security_and_servers_explicit_for_openapi_python_client() -> None:
    from generator.targets.python.build import normalise

    doc = mini_spec()
    doc["security"] = [{"bearerAuth": []}]
    del doc["paths"]["/things/{thing_id}"]["get"]["security"]
    out = normalise(doc)
    assert out["paths"]["/things/{thing_id}"]["get"]["security"] == [{"bearerAuth": []}]  # inherited
    assert out["paths"]["/ping"]["post"]["security"] == [{}]  # its own kept
    assert out["servers"] == [{"url": "https://e.example.test/auth/v1", "description": ""}]
    assert "security" not in doc["paths"]["/things/{thing_id}"]["get"]  # the input is not modified
