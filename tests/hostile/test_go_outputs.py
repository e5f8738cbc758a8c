"""The hostile corpus's Go clients (the `go` session: it needs a Go toolchain). Every case that
generated is one package of a single scratch module, so the checks run once for all of them:
`gofmt -l` lists nothing, `go vet` passes (over the packages and, as programs, every case's
cookbook Go code, whose literals hold the examples), and one program (built once) calls the affected
operation of every case against a local test server and prints what the server received: the
names and values of the spec arrive as written, and nothing else runs (no `init` from spec
text, no file made in the empty directory it runs in)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest

from generator.escape import go_string
from generator.targets.go.build import MODULE, GoField, GoMethod, model
from generator.targets.go.snippets import BODY_MARKER

from .conftest import ACCEPTED, Generated, in_empty_dir

GO_CANDIDATES = ("go", "/usr/local/go/bin/go")


def _go() -> str:
    for candidate in GO_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    pytest.fail("go is not installed: the go session needs Go 1.22 or newer")


def _env(tmp: Path) -> dict[str, str]:
    """Offline (the module has no dependencies), with caches outside the repository."""
    return {
        **os.environ,
        "GOPROXY": "off",
        "GOFLAGS": "-mod=mod -buildvcs=false",
        "GOTOOLCHAIN": "local",
        "GOCACHE": os.environ.get("GOCACHE", str(Path.home() / ".cache" / "go-build")),
        "GOPATH": str(tmp / "gopath"),
    }


def _run(args: list[str], cwd: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=_env(tmp), capture_output=True, text=True, timeout=900, check=False
    )


def _package(case_id: str) -> str:
    return "c_" + re.sub(r"\W", "_", case_id)


def _literal(f: GoField, package: str) -> str | None:
    """A Go value for a request field of one of the basic shapes the corpus uses."""
    value = go_string(f"v<{f.wire}>")
    if f.type == "string":
        return value
    if f.type == "*string":
        return f"{package}.Ptr({value})"
    if f.type == "map[string]any":
        return 'map[string]any{"k": "v"}'
    return None


GO_BLOCK = re.compile(r"^(?P<fence>`{3,})go\n(?P<body>.*?)\n(?P=fence)$", re.M | re.S)


def cookbook_program(page: Path, package: str) -> str:
    """A cookbook page's Go blocks as one `package main` (the first block starts with the
    imports, the others are the function's body), importing the case's package."""
    blocks = [m.group("body") for m in GO_BLOCK.finditer(page.read_text(encoding="utf-8"))]
    head, marker, setup = blocks[0].partition(BODY_MARKER)
    assert marker, page
    body = "\n".join([setup, *blocks[1:]])
    indented = "\n".join("\t" + line if line else "" for line in body.strip().splitlines())
    head = head.replace(go_string(MODULE), go_string(f"hostile/{package}"))
    return f"package main\n\n{head.strip()}\n\nfunc main() {{\n{indented}\n}}\n"


def _call(case_id: str, method: GoMethod, request: list[GoField]) -> str:
    """The statements that call `method` of one case's package (with a value for each field of
    its request struct, `request`) and print what the server received."""
    package = _package(case_id)
    values = ", ".join(f"{f.name}: {v}" for f in request if (v := _literal(f, package)) is not None)
    return "\n".join(
        [
            "\t{",
            f'\t\tclient, err := {package}.New("e1", {package}.WithBaseURL(server.URL+"/auth/v1"), {package}.WithRetry(0))',
            "\t\tif err != nil {",
            "\t\t\tpanic(err)",
            "\t\t}",
            f"\t\t_, err = client.{method.name}(ctx, &{package}.{method.request}{{{values}}}, "
            f'{package}.WithBearerToken("at"))',
            f"\t\treport({go_string(case_id)}, err)",
            "\t}",
        ]
    )


MAIN = """package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"

{imports}
)

// Calls the affected operation of every hostile case against one test server and prints, for
// each, what the server received (one JSON object a line).
func main() {{
	ctx := context.Background()
	var last map[string]any
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {{
		body, _ := io.ReadAll(r.Body)
		last = map[string]any{{
			"method": r.Method, "path": r.URL.EscapedPath(), "query": r.URL.RawQuery,
			"headers": r.Header, "body": string(body),
		}}
		w.Header().Set("content-type", "application/json")
		_, _ = io.WriteString(w, `{{"id": "t1", "name": "n"}}`)
	}}))
	defer server.Close()
	report := func(name string, err error) {{
		if err != nil {{
			fmt.Fprintln(os.Stderr, name, err)
			os.Exit(1)
		}}
		last["case"] = name
		line, _ := json.Marshal(last)
		fmt.Println(string(line))
	}}
{calls}
}}
"""


@pytest.mark.slow
def test_every_go_client_is_gofmt_clean_vets_and_sends_the_spec_text_as_data(
    hostile: Callable[[str], Generated], tmp_path: Path
) -> None:
    go = _go()
    module = tmp_path / "hostile-go"
    module.mkdir()
    (module / "go.mod").write_text("module hostile\n\ngo 1.22\n", encoding="utf-8")
    calls, imports = [], []
    cases: dict[str, tuple[Generated, GoMethod, list[GoField]]] = {}
    for case_id in ACCEPTED:
        generated = hostile(case_id)
        assert generated.exit_code == 0, generated.output
        folder = module / _package(case_id)
        folder.mkdir()
        for source in (generated.out / "go").glob("*.go"):
            shutil.copyfile(source, folder / source.name)
        data = model(json.loads((generated.out / "ir.json").read_text(encoding="utf-8")))
        method = next(m for m in data["methods"] if m.operation_id == "updateThing")
        request = next(t for t in data["types"] if t.name == method.request).fields
        cases[case_id] = (generated, method, request)
        imports.append(f'\t{_package(case_id)} "hostile/{_package(case_id)}"')
        calls.append(_call(case_id, method, request))
        # the cookbook's Go code (example values and names in Go literals): it must build too
        for page in ("hostile-flow.md", "operations.md"):
            program = module / "cmd" / f"cookbook_{_package(case_id)}_{page.split('.')[0].replace('-', '_')}"
            program.mkdir(parents=True)
            code = cookbook_program(generated.out / "cookbook" / page, _package(case_id))
            (program / "main.go").write_text(code, encoding="utf-8")
    main = module / "cmd" / "call"
    main.mkdir()
    (main / "main.go").write_text(
        MAIN.format(imports="\n".join(imports), calls="\n".join(calls)), encoding="utf-8"
    )

    gofmt = _run([str(Path(go).with_name("gofmt")), "-l", *(_package(c) for c in ACCEPTED)], module, tmp_path)
    assert gofmt.returncode == 0 and gofmt.stdout == "", gofmt.stdout + gofmt.stderr
    vet = _run([go, "vet", "./..."], module, tmp_path)
    assert vet.returncode == 0, vet.stderr[-6000:]
    build = _run([go, "build", "-o", str(tmp_path / "call"), "./cmd/call"], module, tmp_path)
    assert build.returncode == 0, build.stderr[-6000:]
    workdir = tmp_path / "trap"
    with in_empty_dir(workdir):
        done = subprocess.run(
            [str(tmp_path / "call")], cwd=workdir, capture_output=True, text=True, timeout=300
        )
    assert done.returncode == 0, done.stderr[-4000:]
    assert done.stderr == ""  # println from an injected init() would land here, or panic
    assert list(workdir.iterdir()) == []
    received = {line["case"]: line for line in map(json.loads, done.stdout.splitlines())}
    assert set(received) == set(ACCEPTED)
    for case_id, (generated, method, request) in cases.items():
        _check_request(received[case_id], generated, method, request)


def _check_request(
    got: dict[str, Any], generated: Generated, method: GoMethod, request: list[GoField]
) -> None:
    """The request of one case holds every name and value of the call exactly."""
    ir = json.loads((generated.out / "ir.json").read_text(encoding="utf-8"))
    path = next(op["path"] for op in ir["operations"] if op["operation_id"] == "updateThing")
    for f in method.path_params:
        path = path.replace("{" + f.wire + "}", f"v<{f.wire}>")
    assert unquote(got["path"]) == "/auth/v1" + path, generated.case.id
    query = dict(parse_qsl(got["query"], keep_blank_values=True))
    for f in method.query_params:
        assert query[f.wire] == f"v<{f.wire}>", generated.case.id
    headers = {name.lower(): values for name, values in got["headers"].items()}
    for f in method.header_params:
        assert headers[f.wire.lower()] == [f"v<{f.wire}>"], generated.case.id
    body = json.loads(got["body"])
    for f in request:
        if f.location == "body" and f.type in ("string", "*string"):
            assert body[f.wire] == f"v<{f.wire}>", generated.case.id
