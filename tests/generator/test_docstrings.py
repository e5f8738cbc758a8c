"""Docstrings that teach (issue 11, item 3): what `help()` (and an editor's hover) shows for
every method of the generated client, checked against the spec, for every operation."""

from __future__ import annotations

import pydoc
import re
from typing import Any

import cloudbase_auth
import pytest
import yaml

from generator.ir import Operation, build_api
from generator.targets.python import names as py

from .conftest import SPEC

API = build_api(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
METHODS = {(op.method, op.path): py.name_of(op) for op in API.operations}
ERROR_CLASSES = {code.error: code.names.pascal for code in API.error_codes}
OPERATION_REF = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)`")


def flat(text: str) -> str:
    """Whitespace folded: a description may wrap anywhere in the docstring."""
    return " ".join(text.split())


def as_python(text: str) -> str:
    """The spec's `POST /verification/verify` as the Python reader meets it: `verify_verification()`."""
    return OPERATION_REF.sub(lambda m: f"`{METHODS[(m.group(1), m.group(2))]}()`", text)


def help_text(method: Any) -> str:
    return flat(pydoc.render_doc(method, renderer=pydoc.plaintext))


@pytest.mark.parametrize("client", [cloudbase_auth.CloudBaseAuth, cloudbase_auth.AsyncCloudBaseAuth])
@pytest.mark.parametrize("op", API.operations, ids=lambda op: op.operation_id)
def test_help_explains_the_method_its_arguments_result_and_errors(op: Operation, client: type) -> None:
    text = help_text(getattr(client, py.name_of(op)))
    # what it is for
    assert flat(op.summary).rstrip(".") in text
    first_paragraph = op.description.split("\n\n")[0]
    assert flat(as_python(first_paragraph)) in text
    # every argument with its meaning, never just its name
    for argument in py.arguments(op):
        assert argument.description, f"{op.operation_id}: {argument.name} has no description in the spec"
        assert f"{argument.python_name}: {flat(as_python(argument.description))}" in text
        assert f"{argument.python_name}: {argument.python_name} " not in text + " "
    # what it returns
    assert f"Returns: `{op.success.schema.names.pascal}`" in text
    # which exception classes it can raise: each error the spec's examples show
    raises = text.split("Raises:", 1)[1]
    for _response, example in op.error_examples:
        class_name = ERROR_CLASSES[example.value["error"]]
        assert f"{class_name}: " in raises
        assert hasattr(cloudbase_auth, class_name), f"{class_name} is not importable from cloudbase_auth"
    assert "APIConnectionError: " in raises


def test_a_value_says_which_earlier_call_produces_it() -> None:
    sign_in = help_text(cloudbase_auth.CloudBaseAuth.sign_in)
    assert "verification_token: From `verify_verification()`" in sign_in
    assert "/verification/verify" not in sign_in.split("Args:", 1)[1]
    # derived without prose: a secret argument named like a field of another call's answer
    refresh = help_text(cloudbase_auth.CloudBaseAuth.grant_token)
    assert re.search(r"refresh_token: .*Comes from `sign_in\(\)`", refresh)
    bind = help_text(cloudbase_auth.CloudBaseAuth.sign_up)
    assert re.search(r"provider_token: .*Comes from `grant_provider_token\(\)`", bind)


def test_help_shows_the_class_of_the_answer_and_a_session_note() -> None:
    text = help_text(cloudbase_auth.CloudBaseAuth.sign_in)
    assert "Returns: `TokenResponse`" in text
    assert "The client keeps the session" in text
    assert "InvalidUsernameOrPassword: The username does not exist or the password is wrong." in text
