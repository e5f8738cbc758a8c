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


_REDACT_IMPORT = "from .._redact import additional_properties_repr as _additional_repr\nfrom .._redact import secret_repr as _secret_repr\n"
_ADDITIONAL_RE = re.compile(
    r"^(    additional_properties: dict\[str, Any\] = _attrs_field\()(.*)\)$", re.MULTILINE
)


def _redact_field(source: str, class_name: str, field: str) -> str:
    """``field`` of ``class_name`` declared with a redacting attrs ``repr``."""
    start = source.find(f"\nclass {class_name}:")
    if start < 0:
        raise OpenApiPythonClientError(f"python target: model {class_name} not found for x-secret redaction")
    declaration = re.compile(
        rf"^    {re.escape(field)}: (?P<type>[^=\n]+?)(?: = (?P<default>[^\n]+))?$", re.MULTILINE
    )
    match = declaration.search(source, start)
    if match is None or "_attrs_field(" in (match.group("default") or ""):
        raise OpenApiPythonClientError(
            f"python target: field {class_name}.{field} not found for x-secret redaction"
        )
    default = match.group("default")
    spec = f"default={default}, repr=_secret_repr" if default is not None else "repr=_secret_repr"
    return f"{source[: match.start()]}    {field}: {match.group('type')} = _attrs_field({spec}){source[match.end() :]}"


def redact_model_reprs(api: Api, package_dir: Path) -> None:
    """Every model's ``repr``/``str`` hides its secrets: each field the spec marks ``x-secret``
    shows ``[REDACTED]``, and ``additional_properties`` (undocumented fields the service sent)
    hides values under secret names. Driven by the IR, so a new ``x-secret`` field needs no code.

    openapi-python-client has no hook for per-field attrs options and its model template is not
    ours to copy, so its output is edited here: each field declaration gets ``_attrs_field(...,
    repr=...)``. A declaration that is not where it is expected fails the build, never silently.
    """
    secret_by_class = {s.class_name: [f.python_name for f in s.fields if f.secret] for s in api.schemas}
    unseen = {name for name, fields in secret_by_class.items() if fields}
    for module in sorted((package_dir / "models").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        if "@_attrs_define" not in source:
            continue
        changed = _ADDITIONAL_RE.sub(r"\1\2, repr=_additional_repr)", source)
        for class_name in re.findall(r"^class (\w+):", source, re.MULTILINE):
            unseen.discard(class_name)
            for field in secret_by_class.get(class_name, []):
                changed = _redact_field(changed, class_name, field)
        if changed != source:
            anchor = "from ..types import UNSET, Unset\n"
            if anchor not in changed:
                raise OpenApiPythonClientError(
                    f"python target: {module.name}: no import anchor for redaction"
                )
            changed = changed.replace(anchor, anchor + _REDACT_IMPORT, 1)
            module.write_text(changed, encoding="utf-8")
    if unseen:
        raise OpenApiPythonClientError(f"python target: no model generated for {', '.join(sorted(unseen))}")


def build(api: Api, doc: dict[str, Any], spec_path: Path, out_dir: Path, header: str) -> None:
    project_dir = out_dir / "python"
    _run_openapi_python_client(normalise(doc), spec_path, project_dir)
    redact_model_reprs(api, project_dir / PACKAGE)
    templates = TEMPLATES / "python"
    env = environment(templates)
    for template in sorted(templates.glob("*.jinja")):
        name = template.name.removesuffix(".jinja")
        target = project_dir / PACKAGE / name if name.endswith(".py") else project_dir / name
        text = render(
            env, template.name, api=api, header=header, error_codes=api.error_codes, package=PACKAGE
        )
        target.write_text(text, encoding="utf-8")
