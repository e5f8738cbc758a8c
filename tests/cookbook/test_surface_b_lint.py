"""Group B additions to lint: the `pkce: S256` cookbook step and the consent-info security rule."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import collect_problems
from generator.problems import Level

from .support import COOKBOOK, blocks
from .test_lint import SIGN_IN, _scenario, _workspace

PKCE_OK = {
    "pkce": "S256",
    "why": "pair",
    "capture": {"codeVerifier": ".code_verifier", "codeChallenge": ".code_challenge"},
}


def _cookbook_problems(tmp_path: Path, *steps: dict[str, object]) -> list[str]:
    spec, _out = _workspace(tmp_path, _scenario(*steps))
    return [
        p.message for p in collect_problems(spec) if p.rule.startswith("cookbook") and p.level == Level.ERROR
    ]


@pytest.mark.parametrize(
    ("step", "message"),
    [
        ({**PKCE_OK, "pkce": "plain"}, "(pkce): the method must be S256"),
        ({**PKCE_OK, "capture": {"codeVerifier": ".code_verifier"}}, "(pkce): capture"),
        ({**PKCE_OK, "capture": {"v": ".code_verifier", "c": ".verifier"}}, "(pkce): capture"),
    ],
)
def test_a_bad_pkce_step_is_a_located_error(tmp_path: Path, step: dict[str, object], message: str) -> None:
    problems = _cookbook_problems(tmp_path, SIGN_IN, step)
    assert len(problems) == 1 and "scenario 'broken-flow' step 2" in problems[0] and message in problems[0], (
        problems
    )


def test_a_pkce_step_defines_both_variables(tmp_path: Path) -> None:
    uses_them = {
        "operation": "authorize",
        "why": "code",
        "send": {
            "code_challenge": "$codeChallenge",
            "code_challenge_method": "S256",
            "state": "$codeVerifier",
        },
    }
    assert _cookbook_problems(tmp_path, PKCE_OK, SIGN_IN, uses_them) == []


def test_the_sso_page_computes_the_pair_with_openssl_and_hashlib() -> None:
    page = COOKBOOK / "sso-authorize-pkce.md"
    shell = "\n".join(blocks(page, "bash"))
    python = "\n".join(blocks(page, "python"))
    assert "openssl rand -base64 48" in shell and "openssl dgst -sha256 -binary" in shell
    assert "hashlib.sha256(code_verifier.encode())" in python


@pytest.mark.parametrize(
    "security", [[{}], [{}, {"bearerAuth": []}], [{"bearerAuth": []}], [{"clientBasic": []}]]
)
def test_consent_info_must_be_bearer_or_basic(tmp_path: Path, security: list[dict[str, object]]) -> None:
    spec, _out = _workspace(tmp_path, _scenario(SIGN_IN))
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    doc["paths"]["/user/authorize/info"]["get"]["security"] = security
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    messages = [p.message for p in collect_problems(spec) if p.rule == "security"]
    assert messages == ["/user/authorize/info needs basic or bearer, never no auth"], messages
