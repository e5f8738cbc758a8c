"""Issue 16 item 3: query values that need URL-encoding (a space, `+`, `&`, `/`, non-ASCII) go
through a cookbook page run as printed, and arrive intact. If the page stopped encoding them,
`&` would cut the email short, `+` would arrive as a space and the space would break the URL;
the lookups would then find nobody."""

from __future__ import annotations

from dataclasses import replace

from .support import COOKBOOK, blocks, load_api, load_scenarios, recorder, run_bash, substitute
from .test_against_emulator import _key_pair, _provision_account

SCENARIO = next(s for s in load_scenarios(load_api()) if s.id == "admin-user-lookup")
EMAIL = "o'neil+tag&co/ops.é@exämple.com"
USERNAME = "al ice+b@x:y"


def test_query_values_that_need_encoding_arrive_intact(emulator_server: str) -> None:
    wanted = {"email": EMAIL, "username": USERNAME}
    variables = tuple(replace(v, value=wanted.get(v.name, v.value)) for v in SCENARIO.variables)
    _provision_account(emulator_server, replace(SCENARIO, variables=variables))  # the account to find
    pair = _key_pair(emulator_server)
    script = "\n".join(blocks(COOKBOOK / "admin-user-lookup.md", "bash"))
    values = {
        "env": "emulator-env",
        "deviceId": "cookbook-encoding",
        "secretId": pair["secret_id"],
        "secretKey": pair["secret_key"],
        "email": EMAIL,
        "username": USERNAME,
    }
    with recorder(upstream=emulator_server) as rec:
        values["base"] = f"{rec.url}/auth/v1"
        run = run_bash(substitute(script, values))
        assert run.returncode == 0, run.stderr
    by_email, by_name = (e for e in rec.exchanges if e.path == "/user/query")
    assert by_email.query["email"] == [EMAIL] and by_name.query["username"] == [USERNAME]
    assert by_email.response["total"] == 1 and by_email.response["data"][0]["email"] == EMAIL.lower()
    assert by_name.response["data"] == by_email.response["data"]
    assert not [p for e in rec.exchanges for p in e.problems]
