"""Printing a generated model never shows an `x-secret` property (attrs prints every field
unless told otherwise); the other fields still show, and equality still sees the secrets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cloudbase_auth.models as models
import pytest
import yaml

SPEC = Path(__file__).resolve().parents[2] / "spec" / "auth-v1.yaml"
DOC: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = DOC["components"]["schemas"]
WITH_SECRETS = sorted(
    name
    for name, schema in SCHEMAS.items()
    if any(prop.get("x-secret") for prop in (schema.get("properties") or {}).values())
)


def _value(name: str, prop: dict[str, Any]) -> Any:
    if prop.get("x-secret"):
        return f"SECRET-{name}-7f3a9b"
    if "$ref" in prop:
        return {}
    if prop.get("enum"):
        return prop["enum"][0]
    return {"string": "visible", "integer": 7, "boolean": True, "array": [], "object": {}}[
        prop.get("type", "string")
    ]


def test_there_are_models_with_secrets() -> None:
    assert {"TokenResponse", "CaptchaTokenResponse", "ProviderTokenResponse", "SignInRequest"} <= set(
        WITH_SECRETS
    )


@pytest.mark.parametrize("name", WITH_SECRETS)
def test_repr_hides_secret_fields(name: str) -> None:
    properties: dict[str, Any] = SCHEMAS[name]["properties"]
    data = {prop: _value(prop, spec) for prop, spec in properties.items()}
    model = getattr(models, name).from_dict(data)
    text = repr(model)
    assert "SECRET-" not in text, text
    assert f"{name}(" in text
    if any(v == "visible" for v in data.values()):
        assert "visible" in text, "non-secret fields still show"
    assert model.to_dict() == data, "the secrets are still there, only not printed"
    other = getattr(models, name).from_dict(
        {**data, **{k: v + "x" for k, v in data.items() if "SECRET-" in str(v)}}
    )
    assert other != model, "equality still compares the secret fields"
