"""The `python` target: openapi-python-client for models and per-operation modules, then our
templates (templates/python/) for what it lacks: the facade, sessions, errors, retries, tickets."""

from __future__ import annotations

import contextlib
import copy
import io
import re
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from ..ir import Api
from ..lint import iter_operations
from ..templating import TEMPLATES, environment, render

PROJECT_NAME = "cloudbase-auth"
PACKAGE = "cloudbase_auth"


class OpenApiPythonClientError(Exception):
    """openapi-python-client refused the (already linted) spec."""


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
    data = GeneratorData.from_dict(doc, config=config)
    if not isinstance(data, GeneratorData):
        raise OpenApiPythonClientError(f"{data.header}: {data.detail}")
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating ..."
        errors = Project(openapi=data, config=config).build()
    if errors:
        first = errors[0]
        raise OpenApiPythonClientError(f"openapi-python-client: {first.header}: {first.detail or ''}".strip())


_ATTRIBUTE = re.compile(r"^    (?P<name>[a-z_][a-z0-9_]*): (?P<type>[^=\n]+?)(?P<unset> = UNSET)?$", re.M)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def hide_secrets_from_repr(doc: dict[str, Any], package_dir: Path) -> None:
    """attrs puts every field in a model's repr; an `x-secret` property gets `repr=False`, so
    that printing a model (a TokenResponse, a CaptchaTokenResponse...) never shows a secret."""
    secret: dict[str, set[str]] = {}
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        properties = schema.get("properties") if isinstance(schema, dict) else None
        names = {
            _key(prop)
            for prop, spec in (properties or {}).items()
            if isinstance(spec, dict) and spec.get("x-secret")
        }
        if names:
            secret[_key(str(name))] = names
    for path in sorted((package_dir / "models").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        found = re.search(r"^class (\w+):", text, re.M)
        hidden = secret.get(_key(found.group(1))) if found else None
        if not hidden:
            continue

        def hide(match: re.Match[str], hidden: set[str] = hidden) -> str:
            if _key(match.group("name")) not in hidden:
                return match.group(0)
            default = "default=UNSET, " if match.group("unset") else ""
            return f"    {match.group('name')}: {match.group('type')} = _attrs_field({default}repr=False)"

        path.write_text(_ATTRIBUTE.sub(hide, text), encoding="utf-8")


def build(api: Api, doc: dict[str, Any], spec_path: Path, out_dir: Path, header: str) -> None:
    project_dir = out_dir / "python"
    _run_openapi_python_client(normalise(doc), spec_path, project_dir)
    hide_secrets_from_repr(doc, project_dir / PACKAGE)
    templates = TEMPLATES / "python"
    env = environment(templates)
    for template in sorted(templates.glob("*.jinja")):
        name = template.name.removesuffix(".jinja")
        target = project_dir / PACKAGE / name if name.endswith(".py") else project_dir / name
        text = render(
            env, template.name, api=api, header=header, error_codes=api.error_codes, package=PACKAGE
        )
        target.write_text(text, encoding="utf-8")
