"""What a user reads when a ticket or a TC3 key pair is refused: a message that names the field
at fault and what is wrong with it (mutation run of issue 28 item 10: these messages could be
lost or garbled without a test noticing). Checked as the key phrases, not whole sentences."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .conftest import PACKAGE

ENV = "env-messages-1"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
PEM = KEY.private_bytes(
    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
).decode()
PUBLIC_PEM = (
    KEY.public_key()
    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    .decode()
)


def creds(**overrides: Any) -> dict[str, Any]:
    return {"private_key_id": "key-id-1", "private_key": PEM, "env_id": ENV, **overrides}


# case -> (how create_ticket is called, the phrases its message must hold)
TICKET_CASES: dict[str, tuple[Callable[[Any, Path], Any], list[str]]] = {
    "uid not a string": (lambda t, _: t(creds(), 1234), ["uid must be a string"]),
    "uid breaks the rule": (lambda t, _: t(creds(), "ab"), ['Invalid uid: "ab"', "4-32 characters"]),
    "env_id empty": (lambda t, _: t(creds(), "user_0001", env_id=""), ["env_id must be a non-empty string"]),
    "no env_id": (
        lambda t, _: t(creds(env_id=""), "user_0001"),
        ["credentials contain no env_id", "CloudBase console"],
    ),
    "no private_key_id": (lambda t, _: t(creds(private_key_id=None), "user_0001"), ["no private_key_id"]),
    "empty private_key_id": (lambda t, _: t(creds(private_key_id=""), "user_0001"), ["no private_key_id"]),
    "no private_key": (lambda t, _: t(creds(private_key=" "), "user_0001"), ["no private_key"]),
    "not PEM": (
        lambda t, _: t(creds(private_key="not a key"), "user_0001"),
        ["private_key is not a PEM RSA private key"],
    ),
    "a public key": (
        lambda t, _: t(creds(private_key=PUBLIC_PEM), "user_0001"),
        ["private_key is a public key"],
    ),
    "refresh not a number": (
        lambda t, _: t(creds(), "user_0001", refresh="1h"),
        ["refresh must be a number of milliseconds"],
    ),
    "expire not finite": (
        lambda t, _: t(creds(), "user_0001", expire=float("inf")),
        ["expire must be a finite number of milliseconds"],
    ),
    "refresh NaN": (
        lambda t, _: t(creds(), "user_0001", refresh=float("nan")),
        ["refresh must be a finite number of milliseconds"],
    ),
    "expire -inf": (
        lambda t, _: t(creds(), "user_0001", expire=float("-inf")),
        ["expire must be a finite number of milliseconds"],
    ),
    "file missing": (
        lambda t, d: t(d / "absent.json", "user_0001"),
        ["cannot read credentials file", "absent.json"],
    ),
    "file not an object": (lambda t, d: t(d / "list.json", "user_0001"), ["list.json is not a JSON object"]),
    "credentials of another type": (
        lambda t, _: t(12, "user_0001"),
        ["credentials must be a path to tcb_custom_login.json or a mapping"],
    ),
}


@pytest.mark.parametrize("case", sorted(TICKET_CASES))
def test_a_refused_ticket_says_which_field_and_why(rt: SimpleNamespace, tmp_path: Path, case: str) -> None:
    (tmp_path / "list.json").write_text(json.dumps([1, 2]), encoding="utf-8")
    call, phrases = TICKET_CASES[case]
    with pytest.raises(rt.ticket.TicketError) as refused:
        call(rt.ticket.create_ticket, tmp_path)
    for phrase in phrases:
        assert phrase in str(refused.value), (case, str(refused.value))
    assert "PRIVATE KEY-----" not in str(refused.value)


def test_an_unreadable_file_names_the_os_reason(rt: SimpleNamespace, tmp_path: Path) -> None:
    with pytest.raises(rt.ticket.TicketError, match=re.escape("No such file or directory")):
        rt.ticket.create_ticket(tmp_path / "absent.json", "user_0001")


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (("", "key"), "secret_id must be a non-empty string"),
        (("AKID1", ""), "secret_key must be a non-empty string"),
        (("AKID1", "key", 42), "session_token must be a string"),
    ],
)
def test_a_refused_key_pair_says_which_field(rt: SimpleNamespace, args: tuple[Any, ...], phrase: str) -> None:
    tc3 = importlib.import_module(f"{PACKAGE}._tc3")
    with pytest.raises(ValueError, match=re.escape(phrase)):
        tc3.TC3Credentials(*args)


def test_signing_without_a_signed_header_names_it(rt: SimpleNamespace) -> None:
    tc3 = importlib.import_module(f"{PACKAGE}._tc3")
    with pytest.raises(ValueError, match=re.escape("the request has no content-type, host header")):
        tc3.tc3_authorization(
            tc3.TC3Credentials("AKID1", "key"),
            method="POST",
            path="/auth/v1/token/clientCredential",
            query="",
            headers={},
            body=b"{}",
            timestamp=1_764_640_800,
        )
