"""generated/java as a Java user gets it: `mvn verify` passes (compile with every lint as an
error, the runtime's unit tests in UTC and in Asia/Shanghai, the shared vectors counted against
their index, the end-to-end flows against the emulator, the jar with its sources and javadoc),
and the README's first flow compiles as printed and runs against the emulator."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx

from .conftest import GENERATED, VECTORS, JavaProject, javac, run_java, version


def suites(folder: Path) -> dict[str, ET.Element]:
    return {path.name: ET.parse(path).getroot() for path in sorted(folder.glob("TEST-*.xml"))}


def counts(suite: ET.Element) -> tuple[int, int, int, int]:
    return tuple(int(suite.get(k, "0")) for k in ("tests", "failures", "errors", "skipped"))  # type: ignore[return-value]


def test_every_suite_passed_in_both_time_zones(java_project: JavaProject) -> None:
    for kind in ("surefire-reports", "surefire-reports-shanghai"):
        found = suites(java_project.reports(kind))
        assert "TEST-io.github.cloudbaseauth.SessionTest.xml" in found, f"{kind}: {sorted(found)}"
        for name, suite in found.items():
            tests, failures, errors, skipped = counts(suite)
            assert failures == errors == skipped == 0, f"{kind}/{name}: {counts(suite)}"
            assert tests > 0, f"{kind}/{name} ran no test"


def test_the_shared_vectors_pass_through_the_generated_methods(java_project: JavaProject) -> None:
    """Counted against the vector index: every request, response and signature case ran and passed."""
    index = json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))
    cases = sum(entry["requests"] + entry["responses"] for entry in index["operations"])
    cases += index["counts"]["signature_cases"]
    suite = suites(java_project.reports())["TEST-io.github.cloudbaseauth.VectorsTest.xml"]
    assert counts(suite) == (cases, 0, 0, 0)


def test_the_end_to_end_flows_ran_against_the_emulator(java_project: JavaProject) -> None:
    suite = suites(java_project.reports())["TEST-e2e.FlowsTest.xml"]
    names = {case.get("name") for case in suite.iter("testcase")}
    assert {
        "refreshOnExpiryThenSignOut",
        "aHundredThreadsAfterExpiry",
        "customLoginTicket",
        "adminTokenAndUserLookup",
    } <= names
    assert counts(suite)[1:] == (0, 0, 0)


def test_the_verifier_and_the_client_rules_ran(java_project: JavaProject) -> None:
    """TokenVerifier and its filter against the emulator (e2e/VerifierTest) and the rules every
    client follows (e2e/ClientRulesTest), besides the runtime's own TokenVerifier*Test."""
    found = suites(java_project.reports())
    expected = {
        "TEST-e2e.VerifierTest.xml": {
            "theFilterLetsAValidTokenInAndRefusesItOnceRevokedWithinMaxTtl",
            "aHundredConcurrentRequestsWithOneTokenMakeOneIntrospection",
            "theServiceDownIs503AndVerifyFailsClosed",
        },
        "TEST-e2e.ClientRulesTest.xml": {
            "anUnknownRegionIsAnErrorListingTheKnownOnesNeverAnotherHost",
            "theSpecsFixedValuesAreSentWhenLeftOut",
            "aSuccessMissingARequiredFieldIsAnInvalidResponse",
        },
        "TEST-io.github.cloudbaseauth.TokenVerifierTest.xml": {
            "aHundredThreadsWithOneNewTokenMakeOneIntrospection"
        },
        "TEST-io.github.cloudbaseauth.TokenVerifierFilterTest.xml": {"eachRequestSeesItsOwnCaller"},
    }
    for name, cases in expected.items():
        suite = found[name]
        assert cases <= {case.get("name") for case in suite.iter("testcase")}, name
        assert counts(suite)[1:] == (0, 0, 0), name


def test_the_jar_ships_with_its_sources_and_javadoc(java_project: JavaProject) -> None:
    target = java_project.folder / "target"
    for suffix in ("", "-sources", "-javadoc"):
        assert (target / f"cloudbase-auth-{version()}{suffix}.jar").is_file(), suffix


def readme_flow() -> str:
    text = (GENERATED / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```java\n(.*?)```", text, flags=re.DOTALL)
    assert blocks, "generated/java/README.md shows no Java code"
    return str(blocks[0])


def test_readme_first_flow_compiles_as_printed_and_runs(
    java_project: JavaProject, tmp_path: Path, emulator_server: str
) -> None:
    source = readme_flow()
    assert 'envId("your-env-id")' in source
    # Only the two values a reader replaces: the environment and the emulator's address.
    source = source.replace("your-env-id", "emulator-env").replace(
        "http://127.0.0.1:8080/auth/v1", f"{emulator_server}/auth/v1"
    )
    main = tmp_path / "src" / "FirstFlow.java"
    main.parent.mkdir()
    main.write_text(source, encoding="utf-8")
    javac([main], java_project.classpath, tmp_path / "classes")
    out = run_java(["-cp", f"{tmp_path / 'classes'}:{java_project.classpath}", "FirstFlow"])
    assert out.startswith("signed in as "), out
    httpx.post(f"{emulator_server}/emulator/v1/reset", json={}, timeout=10).raise_for_status()


def test_readme_verifier_backend_compiles_as_printed(java_project: JavaProject, tmp_path: Path) -> None:
    """The README's TokenVerifier + TokenVerifierFilter example is a whole program: it compiles,
    as printed, against the jar (the JDK's HttpServer is all it needs besides the client)."""
    text = (GENERATED / "README.md").read_text(encoding="utf-8")
    blocks = [
        b for b in re.findall(r"```java\n(.*?)```", text, flags=re.DOTALL) if "public class Backend" in b
    ]
    assert len(blocks) == 1, "the README shows the verifier's backend once"
    main = tmp_path / "src" / "Backend.java"
    main.parent.mkdir()
    main.write_text(blocks[0], encoding="utf-8")
    javac([main], java_project.classpath, tmp_path / "classes")
    assert (tmp_path / "classes" / "Backend.class").is_file()
