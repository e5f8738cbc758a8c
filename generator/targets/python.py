"""The `python` target: openapi-python-client for models and per-operation modules, then our
templates (templates/python/) for what it lacks: the facade, sessions, errors, retries, tickets."""

from __future__ import annotations

import contextlib
import copy
import io
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from ..ir import Api
from ..lint import iter_operations
from ..loader import one_line
from ..templating import TEMPLATES, environment, render
from . import TargetError

PROJECT_NAME = "cloudbase-auth"
PACKAGE = "cloudbase_auth"


class OpenApiPythonClientError(TargetError):
    """openapi-python-client refused (or crashed on) the already linted spec."""


def _describe(error: Any) -> str:
    """One line from an openapi-python-client error: its header and the first paragraph of its
    detail (the rest lists consequences: "Failure to process schema has resulted in...")."""
    detail = str(error.detail or "").strip().split("\n\n")[0]
    return one_line(f"openapi-python-client: {str(error.header).strip()} {detail}".strip()).rstrip(".")


def normalise(doc: dict[str, Any]) -> dict[str, Any]:
    """What openapi-python-client ignores, made explicit: every operation carries its effective
    security, and `servers` holds one concrete URL (variables resolved to their defaults)."""
    doc = copy.deepcopy(doc)
    root_security = doc.get("security", [])
    for _pointer, _path, _method, op in iter_operations(doc):
        op.setdefault("security", copy.deepcopy(root_security))
    resolved = []
    for server in doc.get("servers") or []:
        url = str(server["url"])
        for name, var in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(var.get("default", "")))
        resolved.append({"url": url, "description": server.get("description", "")})
    doc["servers"] = resolved
    return doc


def _run_openapi_python_client(doc: dict[str, Any], spec_path: Path, project_dir: Path) -> None:
    config = Config.from_sources(
        ConfigFile(project_name_override=PROJECT_NAME, package_name_override=PACKAGE, post_hooks=[]),
        MetaType.PDM,
        spec_path,
        "utf-8",
        True,
        project_dir,
    )
    try:
        data = GeneratorData.from_dict(doc, config=config)
        if not isinstance(data, GeneratorData):
            raise OpenApiPythonClientError(_describe(data))
        with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating ..."
            errors = Project(openapi=data, config=config).build()
    except OpenApiPythonClientError:
        raise
    except Exception as exc:  # e.g. a ValueError on enum members lint did not foresee
        raise OpenApiPythonClientError(
            one_line(f"openapi-python-client failed: {type(exc).__name__}: {exc}")
        ) from None
    if errors:
        # the schema that failed says why; warnings about what was dropped because of it follow
        cause = next((e for e in errors if "schema" in str(e.header).lower()), errors[0])
        raise OpenApiPythonClientError(_describe(cause))


def build(api: Api, doc: dict[str, Any], spec_path: Path, out_dir: Path, header: str) -> None:
    project_dir = out_dir / "python"
    _run_openapi_python_client(normalise(doc), spec_path, project_dir)
    templates = TEMPLATES / "python"
    env = environment(templates)
    for template in sorted(templates.glob("*.jinja")):
        name = template.name.removesuffix(".jinja")
        target = project_dir / PACKAGE / name if name.endswith(".py") else project_dir / name
        text = render(
            env, template.name, api=api, header=header, error_codes=api.error_codes, package=PACKAGE
        )
        target.write_text(text, encoding="utf-8")
