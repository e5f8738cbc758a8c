"""`authgen docs-diff`: the seed CloudBase page agrees with the real spec; each fixture page (three
layouts) reports exactly its known differences against tests/docs_diff/spec.yaml; unknown layouts
and unreadable pages get one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

HERE = Path(__file__).parent
PAGES = HERE / "pages"
SPEC = HERE / "spec.yaml"
ROOT = Path(__file__).resolve().parents[2]
SEED = Path("/work/shared/reference/origin/000_4f6bc9cfa0555eff.txt")

TOKEN = "/components/schemas/TokenResponse/properties"
CUSTOM = "/paths/~1signin~1custom/post"
INTROSPECT = "/paths/~1token~1introspect/get"
INTROSPECT_FIELDS = INTROSPECT + "/responses/200/content/application~1json/schema/properties"
UNBIND = "/paths/~1user~1provider~1{provider_id}/delete"

# page -> (layout, operation, [(kind, page line, spec pointer)]) : everything each page differs in
EXPECTED: dict[str, tuple[str, str, list[tuple[str, int, str]]]] = {
    "text_agrees.txt": ("text", "POST /signin/custom (signInCustom)", []),
    "mdx_agrees.mdx": ("mdx", "POST /signin/custom (signInCustom)", []),
    "text_body_fields.txt": (
        "text",
        "POST /signin/custom (signInCustom)",
        [
            ("body-field-required", 77, "/components/schemas/CustomSignInRequest/properties/ticket"),
            ("body-field-missing-in-spec", 78, CUSTOM + "/requestBody/content/application~1json/schema"),
        ],
    ),
    "text_response_fields.txt": (
        "text",
        "POST /signin/custom (signInCustom)",
        [
            ("response-field-missing-in-page", 5, TOKEN + "/groups"),
            ("response-field-type", 95, TOKEN + "/expires_in"),
            (
                "response-field-missing-in-spec",
                101,
                "/components/responses/Token/content/application~1json/schema",
            ),
        ],
    ),
    "text_lifetimes.txt": (
        "text",
        "POST /signin/custom (signInCustom)",
        [
            ("lifetime", 56, CUSTOM + "/description"),
            (
                "lifetime",
                56,
                "/components/responses/Token/content/application~1json/examples/signed_in/value/expires_in",
            ),
            ("lifetime", 57, CUSTOM + "/description"),
            ("lifetime", 57, TOKEN + "/refresh_token/description"),
        ],
    ),
    "text_unknown_operation.txt": ("text", "", [("operation-missing", 5, "/paths")]),
    "text_introspect.txt": (
        "text",
        "GET /token/introspect (introspectToken)",
        [
            ("lifetime-not-in-spec", 9, INTROSPECT + "/description"),
            ("parameter-required", 15, INTROSPECT + "/parameters/0"),
            ("parameter-missing-in-spec", 21, INTROSPECT + "/parameters"),
        ],
    ),
    # nested fields (claims.name, claims.picture) are not compared: only the top-level claims is new
    "text_nested_response.txt": (
        "text",
        "GET /token/introspect (introspectToken)",
        [
            (
                "response-field-missing-in-spec",
                23,
                INTROSPECT + "/responses/200/content/application~1json/schema",
            )
        ],
    ),
    "mdx_unbind_provider.mdx": (
        "mdx",
        "DELETE /user/provider/{provider_id} (unbindProvider)",
        [
            ("parameter-type", 15, UNBIND + "/parameters/0"),
            (
                "response-field-missing-in-spec",
                17,
                UNBIND + "/responses/200/content/application~1json/schema",
            ),
        ],
    ),
    "md_introspect.md": (
        "markdown",
        "GET /token/introspect (introspectToken)",
        [
            ("response-field-missing-in-page", 3, INTROSPECT_FIELDS + "/exp"),
            ("response-field-type", 19, INTROSPECT_FIELDS + "/active"),
        ],
    ),
    "md_custom_login.md": (
        "markdown",
        "POST /signin/custom (signInCustom)",
        [
            ("parameter-missing-in-page", 3, "/components/parameters/ClientId"),
            ("security", 17, CUSTOM + "/security"),
        ],
    ),
}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["docs-diff", *args])


def test_every_fixture_page_has_expectations() -> None:
    pages = {p.name for p in PAGES.iterdir()} - {"unknown_layout.html"}
    assert pages == set(EXPECTED)
    assert sum(1 for _l, _o, diffs in EXPECTED.values() if diffs) >= 8
    assert {layout for layout, _o, _d in EXPECTED.values()} == {"text", "mdx", "markdown"}


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_page_reports_exactly_its_known_differences(page: str) -> None:
    layout, operation, expected = EXPECTED[page]
    result = run("--spec", str(SPEC), "--format", "json", str(PAGES / page))
    assert result.exit_code == (1 if expected else 0), result.output
    [report] = json.loads(result.stdout)
    assert (report["layout"], report["operation"]) == (layout, operation)
    got = [(d["kind"], d["page_line"], d["spec_pointer"]) for d in report["differences"]]
    assert sorted(got) == sorted(expected)


def test_text_lines_are_located_in_the_page_and_the_spec() -> None:
    result = run("--spec", str(SPEC), str(PAGES / "text_response_fields.txt"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    expected = (
        "text_response_fields.txt:95: [response-field-type] response field 'expires_in': the page says string, the"
        " spec integer ("
    )
    located = [line for line in lines if expected in line]
    assert len(located) == 1 and located[0].endswith(f"spec.yaml:114 #{TOKEN}/expires_in)"), lines
    assert lines[-1].endswith("3 difference(s)")
    assert "3 difference(s) between 1 page(s)" in result.stderr


def test_markdown_format() -> None:
    result = run("--spec", str(SPEC), "--format", "markdown", str(PAGES / "md_introspect.md"))
    assert (
        "| 19 | `response-field-type` | response field 'active': the page says string, the spec boolean |"
        in (result.stdout)
    )


def test_several_pages_at_once() -> None:
    result = run("--spec", str(SPEC), str(PAGES / "text_agrees.txt"), str(PAGES / "md_custom_login.md"))
    assert result.exit_code == 1
    assert "text_agrees.txt (text, POST /signin/custom (signInCustom)): agrees with the spec" in result.stdout
    assert "2 difference(s) between 2 page(s)" in result.stderr


def test_unknown_layout_is_refused_with_one_line() -> None:
    result = run("--spec", str(SPEC), str(PAGES / "unknown_layout.html"))
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "unknown_layout.html: unknown page layout" in line


def test_unreadable_pages_and_specs_exit_2(tmp_path: Path) -> None:
    binary = tmp_path / "page.txt"
    binary.write_bytes(b"POST\n/auth/v1/x\n\xff\xfe")
    result = run("--spec", str(SPEC), str(binary))
    assert result.exit_code == 2 and "not UTF-8" in result.stderr
    assert run("--spec", str(SPEC), str(tmp_path / "missing.txt")).exit_code == 2
    bad_mdx = tmp_path / "bad.mdx"
    bad_mdx.write_text('<MethodEndpoint method={"get"} path={"/auth/v1/token/introspect"}>\n'
                       "<ParamsDetails parameters={[{oops}]}>\n")  # fmt: skip
    result = run("--spec", str(SPEC), str(bad_mdx))
    assert result.exit_code == 2 and "line 2: the parameters={...} prop is not JSON" in result.stderr
    result = run("--spec", str(tmp_path / "nope.yaml"), str(PAGES / "text_agrees.txt"))
    assert result.exit_code == 2 and "spec file not found" in result.stderr


@pytest.mark.skipif(not SEED.is_file(), reason="the saved CloudBase page is not on this machine")
def test_the_seed_page_agrees_with_the_real_spec() -> None:
    result = run("--spec", str(ROOT / "spec" / "auth-v1.yaml"), str(SEED))
    assert result.exit_code == 0, result.output
    assert "(text, POST /signin/custom (signInCustom)): agrees with the spec" in result.stdout


def test_a_copy_of_the_seed_page_under_test_agrees_with_the_real_spec() -> None:
    """The same check without the shared folder: text_agrees.txt is the seed page, byte for byte."""
    result = run("--spec", str(ROOT / "spec" / "auth-v1.yaml"), str(PAGES / "text_agrees.txt"))
    assert result.exit_code == 0, result.output
