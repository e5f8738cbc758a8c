"""The generated models never print a secret: repr() of a model shows [REDACTED] for the spec's
x-secret fields (and the built-in secret names), in nested models and additional properties too."""

from __future__ import annotations

import attrs
import cloudbase_auth as cba
from cloudbase_auth import models
from cloudbase_auth._operations import SECRET_FIELDS


def test_token_and_device_code_reprs_hide_their_secrets() -> None:
    tokens = models.TokenResponse(
        token_type="Bearer", access_token="at-SECRET-1", expires_in=7200, refresh_token="rt-SECRET-2"
    )
    tokens.id_token = "id-SECRET-3"
    tokens.additional_properties["password"] = "pw-SECRET-4"
    started = models.DeviceCodeResponse(
        device_code="dc-SECRET-5", expires_in=600, interval=3, user_code="ABCD-EFGH"
    )
    issued = models.AuthorizeResponse(code="ac-SECRET-6", state="st-1")
    text = " ".join(f"{m!r} {m!s} {[m]}" for m in (tokens, started, issued))
    assert "SECRET" not in text, text
    assert "[REDACTED]" in text and "ABCD-EFGH" in text and "st-1" in text and "7200" in text


def test_every_model_with_a_secret_field_is_covered() -> None:
    covered = 0
    for name in models.__all__:
        model = getattr(models, name)
        if not attrs.has(model):  # enums
            continue
        secret = [f.name for f in attrs.fields(model) if f.name in SECRET_FIELDS]
        if secret:
            covered += 1
            assert model.__repr__ is not object.__repr__ and "redacted" in model.__repr__.__name__, name
    assert covered >= 10
    assert cba.CloudBaseAuth  # the package import installed the reprs
