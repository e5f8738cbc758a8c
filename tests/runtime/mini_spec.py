"""A small spec with what the real one lacks, generated whole (``authgen``'s writer) for the
runtime tests that need it: a body field pinned by ``const``, an optional one-value ``enum``, a
query parameter pinned to one value, and a secret query parameter whose ``x-secret`` sits on
the parameter (not on its schema) under a name the runtime has no built-in rule for."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

from generator import writer

ERROR = {"$ref": "#/components/schemas/Error"}


def _error(name: str, status: int) -> dict[str, Any]:
    return {
        "description": name,
        "content": {
            "application/json": {
                "schema": ERROR,
                "examples": {name: {"value": {"error": name, "error_code": status}}},
            }
        },
    }


def spec() -> dict[str, Any]:
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
                "error": "spell_refused",
                "error_code": 77,
                "status": 400,
                "x-source": "inferred",
                "description": "The spell was refused.",
            }
        ],
        "paths": {
            "/spell": {
                "post": {
                    "operationId": "castSpell",
                    "tags": ["misc"],
                    "summary": "Cast a spell",
                    "description": "Casts it.",
                    "security": [{}],
                    "parameters": [
                        {
                            "name": "magic_word",
                            "in": "query",
                            "required": False,
                            "x-secret": True,
                            "description": "The word (secret).",
                            "schema": {"type": "string"},
                            "example": "xyzzy",
                        },
                        {
                            "name": "level",
                            "in": "query",
                            "required": True,
                            "description": "Always `max`.",
                            "schema": {"type": "string", "const": "max"},
                            "example": "max",
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/SpellRequest"},
                                "examples": {"a": {"value": {"mode": "fast", "flavour": "vanilla"}}},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "done",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/SpellResult"},
                                    "examples": {"a": {"value": {"ok": True}}},
                                }
                            },
                        },
                        "400": _error("spell_refused", 400),
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "SpellRequest": {
                    "type": "object",
                    "required": ["mode"],
                    "properties": {
                        "mode": {"type": "string", "const": "fast", "description": "Always `fast`."},
                        "flavour": {"type": "string", "enum": ["vanilla"], "description": "Only `vanilla`."},
                        "note": {"type": "string", "description": "Free text."},
                    },
                },
                "SpellResult": {
                    "type": "object",
                    "required": ["ok"],
                    "properties": {"ok": {"type": "boolean", "description": "Done."}},
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {"type": "string", "description": "Code."},
                        "error_code": {"type": "integer", "description": "Number."},
                        "error_description": {"type": "string", "description": "Text."},
                    },
                },
            }
        },
    }


def generate(root: Path) -> Path:
    """Generate the mini spec's Python package under ``root``; return the folder to import from."""
    path = root / "spec.yaml"
    path.write_text(yaml.safe_dump(spec(), sort_keys=False), encoding="utf-8")
    writer.generate(path, root / "out")
    return root / "out" / "python"


def run_python(package: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter that imports ``cloudbase_auth`` from ``package``."""
    env = {**os.environ, "PYTHONPATH": str(package)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
