"""The vectors are complete and well-formed: every operation of the IR has a request case, every
documented response example (success and error) has a response case, every file follows
generator/vectors_schema.json, and the index's counts are the files' counts. So a new operation
or a new error example without a vector fails here, before any client is run."""

from __future__ import annotations

from typing import Any

from generator.vectors import VECTORS_VERSION, validate

from .runner import VECTORS, api, files, index


def test_every_operation_has_a_file_and_a_request_case() -> None:
    operations = {op.operation_id for op in api().operations}
    assert set(files()) == operations
    assert {p.name for p in VECTORS.glob("*.json")} == {"index.json"} | {f"{o}.json" for o in operations}
    for op_id, doc in files().items():
        assert doc["requests"], f"{op_id} has no request case"


def test_every_documented_response_example_has_a_response_case() -> None:
    for op in api().operations:
        documented = {(r.status, e.name) for r in op.responses for e in r.examples}
        covered = {
            (c["documented_status"], c["name"].rsplit("/", 1)[1])
            for c in files()[op.operation_id]["responses"]
        }
        assert covered == documented, op.operation_id


def test_every_error_example_names_its_catalogue_entry() -> None:
    catalogue = {e.error: e for e in api().error_codes}
    for op in api().operations:
        cases = {
            (c["documented_status"], c["name"].rsplit("/", 1)[1]): c
            for c in files()[op.operation_id]["responses"]
            if "error" in c["expect"]
        }
        for response, example in op.error_examples:
            error = cases[(response.status, example.name)]["expect"]["error"]
            entry = catalogue.get(example.value.get("error"))
            assert error["catalogued"] == (entry is not None)
            if entry is not None:
                assert (error["name_stem"], error["catalogue_status"]) == (entry.names.pascal, entry.status)


def test_request_cases_cover_both_session_states_where_the_session_changes_the_request() -> None:
    for op in api().operations:
        states = {c["client"]["session"] is not None for c in files()[op.operation_id]["requests"]}
        want = {"required": {True}, "optional": {False, True}, "never": {False}}[op.security.bearer]
        assert states == want, op.operation_id


def test_files_follow_the_schema_and_version() -> None:
    assert validate(index(), "index") == []
    for op_id, doc in files().items():
        assert validate(doc, "operation") == [], op_id
        assert doc["vectors_version"] == VECTORS_VERSION


def test_index_counts_are_the_files_counts() -> None:
    docs: list[dict[str, Any]] = list(files().values())
    counts = index()["counts"]
    assert counts["operations"] == len(docs)
    assert counts["request_cases"] == sum(len(d["requests"]) for d in docs)
    responses = [c for d in docs for c in d["responses"]]
    assert counts["success_response_cases"] == sum("result" in c["expect"] for c in responses)
    assert counts["error_response_cases"] == sum("error" in c["expect"] for c in responses)
    every = [c for d in docs for kind in ("requests", "responses") for c in d[kind]]
    assert counts["signature_cases"] == sum(len(d.get("signatures", [])) for d in docs)
    assert counts["unsupported"] == sum("unsupported" in c for c in every)
    assert counts["partial"] == sum("partial" in c for c in every)


def test_names_are_unique() -> None:
    names = [c["name"] for d in files().values() for kind in ("requests", "responses") for c in d[kind]]
    assert len(names) == len(set(names))


def test_every_signed_operation_has_signature_cases() -> None:
    for op in api().operations:
        signatures = files()[op.operation_id].get("signatures", [])
        assert bool(signatures) == op.security.signed, op.operation_id
