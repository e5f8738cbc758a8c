"""The TC3 scheme's shape (issue 21 item 6): written as an API key in the Authorization header
with `x-auth-scheme: TC3-HMAC-SHA256`, so that generic generators know its type (no "Unknown
scheme"), and still resolved by kind (`generator/spec.py`), so every generated client does what
it did; a scheme no client can send is a located lint error."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.spec import iter_operations, resolve_security, scheme_kinds

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
OLD_SHAPE = {"type": "http", "scheme": "TC3-HMAC-SHA256"}
REGISTERED_HTTP_SCHEMES = {"basic", "bearer", "digest", "dpop", "gnap", "hoba", "mutual", "negotiate",
                           "oauth", "privatetoken", "scram-sha-1", "scram-sha-256", "vapid"}  # fmt: skip


def _spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return document


def _modes(document: dict[str, Any]) -> dict[str, Any]:
    return {
        op["operationId"]: resolve_security(document, op) for _p, _path, _m, op in iter_operations(document)
    }


def test_every_scheme_has_a_shape_generic_generators_know() -> None:
    for name, scheme in _spec()["components"]["securitySchemes"].items():
        if scheme["type"] == "http":
            assert scheme["scheme"].lower() in REGISTERED_HTTP_SCHEMES, name
        else:
            assert scheme["type"] == "apiKey" and scheme["in"] == "header", name
            assert scheme["name"] == "Authorization" and scheme["x-auth-scheme"] == "TC3-HMAC-SHA256", name


def test_the_tc3_scheme_resolves_as_it_did_in_its_old_shape() -> None:
    document = _spec()
    assert scheme_kinds(document)["tc3Signature"] == "tc3"
    old = copy.deepcopy(document)
    old["components"]["securitySchemes"]["tc3Signature"] = dict(OLD_SHAPE)
    assert scheme_kinds(old)["tc3Signature"] == "tc3"
    # every operation's security (what each generated client sends) is the same in both shapes
    assert _modes(document) == _modes(old)
    assert _modes(document)["getClientCredential"].mode == "tc3"


def _lint(tmp_path: Path, schemes: dict[str, Any]) -> tuple[int, str]:
    document = _spec()
    document["components"]["securitySchemes"].update(schemes)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--spec", str(path)])
    return result.exit_code, result.output


def test_a_scheme_no_client_can_send_is_a_located_lint_error(tmp_path: Path) -> None:
    bad = {
        "noExtension": {"type": "apiKey", "in": "header", "name": "Authorization"},
        "otherSignature": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "x-auth-scheme": "HMAC-SHA1",
        },
        "digestAuth": {"type": "http", "scheme": "digest"},
    }
    code, output = _lint(tmp_path, bad)
    assert code == 1 and "Traceback" not in output, output
    problems = [line for line in output.splitlines() if "[security]" in line]
    assert len(problems) == 3, output
    for name in bad:
        (line,) = [line for line in problems if f"(at /components/securitySchemes/{name})" in line]
        assert f"security scheme {name!r}: no client knows how to send it" in line


def test_the_old_shape_still_lints(tmp_path: Path) -> None:
    code, output = _lint(tmp_path, {"tc3Signature": dict(OLD_SHAPE)})
    assert code == 0, output
