"""Fast to import (issue 11, item 7): `import cloudbase_auth` loads no model module and not attrs;
a model is imported when it is first used, and type checkers still see every name. (Timing is
measured in bench/bench_client.py, not here.)"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from .conftest import GENERATED, mypy_strict

TOKENS = {
    "token_type": "Bearer",
    "access_token": "at-1",
    "refresh_token": "rt-1",
    "expires_in": 7200,
    "sub": "u-1",
}


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_import_loads_no_model_module() -> None:
    result = run_python(
        """
        import sys
        import cloudbase_auth
        loaded = sorted(m for m in sys.modules if m.startswith("cloudbase_auth.models") or m == "attrs")
        print(",".join(loaded))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_first_call_imports_only_the_models_it_answers_with() -> None:
    result = run_python(
        f"""
        import sys, httpx, cloudbase_auth
        tokens = {json.dumps(TOKENS)}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=tokens))
        auth = cloudbase_auth.CloudBaseAuth("env-1", base_url="http://127.0.0.1:9/auth/v1", transport=transport)
        answer = auth.sign_in(username="alice", password="pw")
        print(type(answer).__name__, answer.sub)
        print(",".join(sorted(m for m in sys.modules if m.startswith("cloudbase_auth.models."))))
        """
    )
    assert result.returncode == 0, result.stderr
    first, modules = result.stdout.splitlines()
    assert first == "TokenResponse u-1"
    assert "cloudbase_auth.models.token_response" in modules.split(",")
    assert "cloudbase_auth.models.user_profile" not in modules.split(",")


def test_every_public_model_name_still_resolves() -> None:
    import cloudbase_auth.models as models

    for name in models.__all__:
        model = getattr(models, name)
        assert model.__name__ == name
        assert name in dir(models)
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        _ = models.NoSuchModel  # type: ignore[attr-defined]
    from cloudbase_auth.models import TokenResponse  # the `from ... import` spelling works too

    assert TokenResponse is models.TokenResponse


def test_mypy_strict_sees_the_lazy_names_in_a_users_script(tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(
        textwrap.dedent(
            """
            from cloudbase_auth import CloudBaseAuth
            from cloudbase_auth.models import TokenResponse, UserProfile
            import cloudbase_auth.models


            def sign_in(auth: CloudBaseAuth) -> TokenResponse:
                answer = auth.sign_in(username="alice", password="pw")
                reveal_type(answer)
                return answer


            def me(auth: CloudBaseAuth) -> UserProfile:
                return auth.get_user_me()


            profile: cloudbase_auth.models.UserProfile | None = None
            """
        ),
        encoding="utf-8",
    )
    result = mypy_strict(script, GENERATED / "python")
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Revealed type is "cloudbase_auth.models.token_response.TokenResponse"' in result.stdout


def test_the_async_client_imports_its_model_on_first_await() -> None:
    import asyncio

    import cloudbase_auth

    async def main() -> str:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=TOKENS))
        async with cloudbase_auth.AsyncCloudBaseAuth(
            "env-1", base_url="http://127.0.0.1:9/auth/v1", transport=transport
        ) as auth:
            answer = await auth.sign_in(username="alice", password="pw")
            return f"{type(answer).__name__} {answer.sub}"

    assert asyncio.run(main()) == "TokenResponse u-1"
