"""The `python` target: openapi-python-client for the models (not its client layer), then the
runtime (templates/python/runtime/, copied) and our templates (templates/python/) for the
rest: the facade, sessions, errors, retries, tickets."""

from __future__ import annotations

import contextlib
import copy
import io
import re
import shutil
import textwrap
from pathlib import Path
from typing import Any

from jinja2 import Environment

from ... import compiled
from ...escape import py_docstring
from ...ir import Api, Operation
from ...loader import one_line
from ...spec import iter_operations
from ...templating import TEMPLATES, CompiledTemplates, environment, markdown_environment, render
from .. import BuildContext, TargetError
from . import names as py
from .names import Argument, arguments, class_name, name_of

FOLDER = "python"
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


# openapi-python-client's own client layer: its `Client`/`AuthenticatedClient` (client.py), its
# `UnexpectedStatus` (errors.py) and one module of functions per operation (api/). Not emitted:
# CONTRIBUTING.md ("The generated package") says why.
LOW_LEVEL_LAYER = ("api", "client.py", "errors.py")


def _models_project(openapi: Any, config: Any) -> Any:
    """openapi-python-client's project without its client layer: the package skeleton
    (``types.py``), the metadata our templates replace, and the models."""
    from openapi_python_client import Project

    class ModelsProject(Project):
        def __init__(self) -> None:
            super().__init__(openapi=openapi, config=config)
            if compiled.FOLDER is not None:  # its templates too are compiled once per version
                self.env.bytecode_cache = CompiledTemplates(compiled.FOLDER)

        def _build_api(self) -> None:
            pass

    return ModelsProject()


def _run_openapi_python_client(doc: dict[str, Any], spec_path: Path, project_dir: Path) -> None:
    # Imported here: openapi-python-client takes ~0.2 s to import, and a run that finds the
    # models kept (`compiled.kept_models`) never needs it.
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

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
            errors = _models_project(data, config).build()
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
    written = [name for name in LOW_LEVEL_LAYER if (project_dir / PACKAGE / name).exists()]
    if written:  # a new openapi-python-client builds it elsewhere: say so rather than ship it
        raise OpenApiPythonClientError(f"python target: openapi-python-client wrote {', '.join(written)}")


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
    secret_by_class = {class_name(s): [name_of(f) for f in s.fields if f.secret] for s in api.schemas}
    unseen = {name for name, fields in secret_by_class.items() if fields}
    for module in sorted((package_dir / "models").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        if "@_attrs_define" not in source:
            continue
        changed = _ADDITIONAL_RE.sub(r"\1\2, repr=_additional_repr)", source)
        for model in re.findall(r"^class (\w+):", source, re.MULTILINE):
            unseen.discard(model)
            for field in secret_by_class.get(model, []):
                changed = _redact_field(changed, model, field)
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


_TYPES_IMPORT = "from ..types import UNSET, Unset\n"
_MODELS_IMPORT = "from .._models import model_repr as _model_repr\n"
_RFC3339_IMPORT = "from .._models import rfc3339 as _rfc3339\n"
_REPR_METHOD = "    def __repr__(self) -> str:\n        return _model_repr(self)\n\n    def to_dict(self)"
# openapi-python-client's spellings of its sentinel, each with ours. Order matters: the
# isinstance() forms go before the bare names they contain.
_NONE_FOR_UNSET = (
    (re.compile(r"\bnot\s+isinstance\(\s*([\w.]+)\s*,\s*Unset\s*\)"), r"\1 is not None"),
    (re.compile(r"\bisinstance\(\s*([\w.]+)\s*,\s*Unset\s*\)"), r"\1 is None"),
    (re.compile(r"\|\s*Unset\b"), "| None"),
    (re.compile(r"\bUNSET\b"), "None"),
)
_ISOFORMAT = re.compile(r"\b(self\.\w+)\.isoformat\(\)")


def none_for_absent(package_dir: Path) -> None:
    """One spelling of "absent" in the models: ``None``, never openapi-python-client's
    ``Unset``/``UNSET`` (which users could not import, and which printed as ``<...Unset object
    at 0x...>``). Each model prints only the fields that are set, and writes its date-times
    back as the service does (``Z`` for UTC), so ``from_dict(data).to_dict() == data``.

    Safe because ``UNSET`` is only ever "the key was not in the JSON": ``from_dict`` now pops
    missing keys as ``None`` and ``to_dict`` leaves ``None`` fields out. A nullable field
    (``type: [T, "null"]``, none in our spec today) reads ``None`` for null as for absent; the
    facade, not the model, is where a caller chooses to send ``null`` (see the client README).

    Run after ``redact_model_reprs`` (which anchors on the ``types`` import). Like it, this
    edits openapi-python-client's output and fails the build when the text is not as expected:
    a model without the import it rewrites, or any ``Unset`` left after the rewrite.
    """
    for module in sorted((package_dir / "models").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        if "@_attrs_define" not in source:
            continue
        classes = len(re.findall(r"^@_attrs_define\nclass \w+:", source, re.MULTILINE))
        if source.count("    def to_dict(self)") != classes:
            raise OpenApiPythonClientError(f"python target: {module.name}: a model without to_dict()")
        changed = source.replace("    def to_dict(self)", _REPR_METHOD)
        imports = _MODELS_IMPORT
        if _ISOFORMAT.search(changed):
            changed = _ISOFORMAT.sub(r"_rfc3339(\1)", changed)
            imports += _RFC3339_IMPORT
        if _TYPES_IMPORT in changed:
            # openapi-python-client may write it twice (ruff merges them later)
            changed = changed.replace(_TYPES_IMPORT, imports, 1).replace(_TYPES_IMPORT, "")
        elif "Unset" in changed or "UNSET" in changed:
            raise OpenApiPythonClientError(f"python target: {module.name}: no types import to rewrite")
        else:  # every field required: nothing to rewrite, only the repr to import
            changed = changed.replace("\n@_attrs_define\n", f"\n{imports}\n\n@_attrs_define\n", 1)
        for pattern, replacement in _NONE_FOR_UNSET:
            changed = pattern.sub(replacement, changed)
        leftover = re.search(r"\bUnset\b|\bUNSET\b|\.isoformat\(", changed)
        if leftover:
            start = changed.rfind("\n", 0, leftover.start()) + 1
            end = changed.find("\n", leftover.start())
            line = changed[start : end if end >= 0 else None].strip()
            raise OpenApiPythonClientError(
                f"python target: {module.name}: {leftover.group(0)} left after the None rewrite in `{line}`"
            )
        module.write_text(changed, encoding="utf-8")


_MODEL_IMPORT = re.compile(r"^from \.(\w+) import (\w+)$", re.MULTILINE)
_LAZY_MODELS = """\"\"\"Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (`cloudbase_auth.models.X` or
`from cloudbase_auth.models import X`), not with the package: `import cloudbase_auth` stays fast.
\"\"\"

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{type_imports}

_MODULES = {{
{modules}
}}

__all__ = (
{names}
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f".{{module}}", __name__), name)
    globals()[name] = value  # the next lookup is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
"""


def lazy_models_package(package_dir: Path) -> None:
    """Rewrite openapi-python-client's ``models/__init__.py``, which imports every model module
    (and attrs) eagerly, so that each model is imported when it is first used. Type checkers see
    the same names (``TYPE_CHECKING`` imports). Fails the build when the file is not as expected.
    """
    init = package_dir / "models" / "__init__.py"
    source = init.read_text(encoding="utf-8")
    imports = _MODEL_IMPORT.findall(source)
    if not imports or re.search(r"^(?!from \.)(?:import|from) ", source, re.MULTILINE):
        raise OpenApiPythonClientError("python target: models/__init__.py is not a list of model imports")
    text = _LAZY_MODELS.format(
        type_imports="\n".join(f"    from .{module} import {name}" for module, name in imports),
        modules="\n".join(f'    "{name}": "{module}",' for module, name in imports),
        names="\n".join(f'    "{name}",' for _module, name in imports),
    )
    init.write_text(text, encoding="utf-8")


# --- docstrings that teach ------------------------------------------------------------------

_OPERATION_REF = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)`")
_DOC_WIDTH = 96  # the docstring's text width, its indentation included
_MAX_PRODUCERS = 3


def _refer_to_methods(api: Api, text: str) -> str:
    """`POST /verification/verify` in the spec's prose becomes `verify_verification()`: the
    reader of a Python docstring calls methods, not paths."""
    names = {(op.method, op.path): name_of(op) for op in api.operations}

    def method(match: re.Match[str]) -> str:
        name = names.get((match.group(1), match.group(2)))
        return f"`{name}()`" if name else match.group(0)

    return _OPERATION_REF.sub(method, text)


def produced_by(api: Api, op: Operation, argument: Argument) -> tuple[str, ...]:
    """The methods whose answer carries the value ``argument`` wants, derived from the spec.

    The operations its description names (`From POST /verification/verify`) win; otherwise, for
    a secret argument (a token or code the user cannot make up), the operations whose success
    response has a field of the same name.
    """
    named = {(m, p) for m, p in _OPERATION_REF.findall(argument.description)}
    refs = tuple(name_of(o) for o in api.operations if (o.method, o.path) in named)
    if refs or named or not argument.secret:
        return refs
    return tuple(
        name_of(o)
        for o in api.operations
        if o is not op
        and o.success.schema is not None
        and any(f.name == argument.name for f in o.success.schema.fields)
    )


def _wrap(text: str, indent: int, hanging: int = 4) -> list[str]:
    return textwrap.wrap(
        text,
        _DOC_WIDTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + hanging),
        break_on_hyphens=False,
        break_long_words=False,
    )


def method_docstring(api: Api, op: Operation) -> str:
    """The docstring of ``op``'s method, indented for a method body, without the quotes: what it
    is for, each argument's meaning and where its value comes from, what it returns and what it
    raises. Every word comes from the spec."""
    errors = {code.error: code for code in api.error_codes}
    pad = " " * 8
    lines = [f"{op.summary.rstrip('.')}.", ""]
    for paragraph in op.description.split("\n\n"):
        paragraph = " ".join(_refer_to_methods(api, paragraph).split())
        if paragraph:
            lines += [line[8:] for line in _wrap(paragraph, 8, 0)] + [""]
    lines.append(f"`{op.method} {op.path}`, auth: {op.auth_label}.")
    args: list[str] = []
    if op.auth == "tc3":
        args += [
            "secret_id: The SecretId of the API key pair the request is signed with (TC3-HMAC-SHA256); "
            "the client's own (`secret_id=` of the constructor) when not given.",
            "secret_key: The SecretKey; it signs the request and is never sent. The client's own when not given.",
        ]
    for a in arguments(op):
        text = _refer_to_methods(api, a.description) or a.name
        producers = produced_by(api, op, a)
        if producers and not _OPERATION_REF.search(a.description):
            shown = ", ".join(f"`{name}()`" for name in producers[:_MAX_PRODUCERS])
            more = len(producers) - _MAX_PRODUCERS
            text = f"{text.rstrip('.')}. Comes from {shown}{f' (or {more} more)' if more > 0 else ''}."
        if a.nullable:  # the one place None is sent: say so where the caller looks
            text = f"{text.rstrip('.')}. `None` sends null; `NOT_GIVEN` (the default) leaves it out."
        args.append(f"{a.python_name}: {text}")
    if op.auth == "tc3":
        args.append("session_token: The token of a temporary key pair, if that is what you have.")
    args += [
        "request_id: The `x-request-id` to send (one is made up when not given).",
        "timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.",
        "extra_headers: More headers for this call.",
    ]
    lines += ["", "Args:"] + [line[8:] for a in args for line in _wrap(a, 12)]
    schema = op.success.schema
    returns = f"`{class_name(schema)}`" if schema else "nothing"
    if schema and schema.description:
        returns += f": {schema.description}"
    if op.stores_session:
        returns += " The client keeps the session (tokens) and refreshes it when it expires."
    if op.clears_session:
        returns += " The client forgets its session."
    lines += ["", "Returns:"] + [line[8:] for line in _wrap(returns, 12)]
    raises: dict[str, str] = {}
    for _response, example in op.error_examples:
        name = example.value.get("error") if isinstance(example.value, dict) else None
        code = errors.get(str(name))
        if code is not None and class_name(code) not in raises:
            raises[class_name(code)] = code.description or example.summary
    if op.auth == "bearer":
        raises["NotSignedInError"] = "No session (sign in first), or it cannot be refreshed."
    raises["APIStatusError"] = "Any other error answer (the base class of the ones above)."
    raises["APIConnectionError"] = "No answer: the service could not be reached, or timed out."
    lines += ["", "Raises:"] + [
        line[8:] for name, why in raises.items() for line in _wrap(f"{name}: {why}", 12)
    ]
    return "\n".join(pad + line if line else "" for line in py_docstring("\n".join(lines)).split("\n"))


RUNTIME = "runtime"  # templates/python/runtime/: the runtime as plain source


def runtime_modules(templates: Path | None = None) -> list[Path]:
    """The runtime's modules, copied unchanged into the package: every ``_*.py`` of
    templates/python/runtime/ (its ``__init__.py`` and ``.pyi`` stubs are for the checkers only)."""
    folder = (TEMPLATES / FOLDER if templates is None else templates) / RUNTIME
    return sorted(p for p in folder.glob("_*.py") if p.name != "__init__.py")


def _context(api: Api, header: str) -> dict[str, Any]:
    """What every template of the target is rendered with."""
    return {
        "api": api,
        "py": py,
        "header": header,
        "error_codes": api.error_codes,
        "package": PACKAGE,
        "docstrings": {op.operation_id: method_docstring(api, op) for op in api.operations},
        "changelog": with_client_changes(api.extras.get("changelog", "")),
    }


def write_modules(api: Api, package_dir: Path, header: str = "") -> None:
    """Write the package's own modules into ``package_dir`` (made if missing): the runtime,
    copied, and the modules rendered from the IR (``_errors``, ``_operations``, ``_client``,
    ``__init__``). That is all of ``cloudbase_auth`` but what openapi-python-client writes
    (``models``, ``types.py``); the runtime tests build
    their package under test with it. ``header`` fills the templates' ``{{ header }}`` line."""
    templates = TEMPLATES / FOLDER
    _write_modules(environment(templates), _context(api, header), templates, package_dir)


def _write_modules(env: Environment, context: dict[str, Any], templates: Path, package_dir: Path) -> None:
    package_dir.mkdir(parents=True, exist_ok=True)
    for module in runtime_modules(templates):
        shutil.copyfile(module, package_dir / module.name)
    for template in sorted(templates.glob("*.py.jinja")):
        text = render(env, template.name, **context)
        (package_dir / template.name.removesuffix(".jinja")).write_text(text, encoding="utf-8")


# What the generator itself changed in the Python client, by package version: `authgen diff`
# compares specs and cannot see these, so the changelog gets them here, at the top of that
# version's section. Breaking ones are why that version raised the spec's major (CONTRIBUTING,
# "Versions and releases"). Keep each entry once it is released: it is that release's history.
CLIENT_CHANGES: dict[str, tuple[str, ...]] = {
    "2.0.0": (
        "Models: a field the service left out is `None`, no longer `cloudbase_auth.types.UNSET` "
        "(attributes are typed `X | None`). **What to change:** replace `x is UNSET`, "
        "`isinstance(x, Unset)` and `if x:`-style checks meant for absence with `x is None`.",
        # (Which timestamps became `datetime` objects is in the spec diff's part of this
        # version's notes: `format: date-time` was added to them, and `authgen diff` says so.)
        "Models: a `datetime` attribute is timezone-aware; `to_dict()` writes it as RFC 3339 "
        "(`2026-01-01T08:00:00Z`), so code that sent the old strings back keeps working.",
        "Models: `repr()`/`str()` list only the fields that are set (secrets still `[REDACTED]`).",
        "Methods: optional arguments read `x: T | None = None`, and `None` is not sent (it was "
        "sent as JSON `null`, which the service refused). `NOT_GIVEN` is still accepted at run "
        "time; a type checker now asks for `None` instead.",
        "Regions: a region the spec does not list (`ap-shangai`, `AP-SHANGHAI`, `\"\"`) is a "
        "`ValueError` naming the known ones; it used to pick the international gateway. "
        "**What to change:** pass one of the listed regions, or `base_url=`.",
        "Answers: a success answer that is blank, not JSON, not an object, nested deeper than 512 "
        "levels or missing a field its model requires raises `InvalidResponseError` (an "
        "`APIStatusError`, error `invalid_response`); a blank one used to read as `{}` and end in "
        "a bare `KeyError`. An answer over `max_response_bytes` (8 MiB by default, a new option) "
        "raises `ResponseTooLargeError` without being read whole.",
        "`timeout=` is one deadline per call (connect, every byte of the answer, retries): a server "
        "that trickles its answer is cut off at it (`APITimeoutError`).",
        "`revoke_token(token=...)` (and any session-ending call) signs the client out only when "
        "it ended the client's own session: an administrator revoking a user's token stays "
        "signed in.",
        "`CloudBaseAuth(secret_id=..., secret_key=...)`: `get_client_credential()` needs no "
        "arguments, and the administrator token renews itself with the key pair when it expires.",
        "`FileStorage` follows lock convention v1, shared with the other clients: `<file>.lock` "
        "held with `flock` and a POSIX record lock, opened with `O_NOFOLLOW`; a token path that "
        "is not a regular file (a FIFO, a directory) is refused with `StorageError` (now exported).",
        "A field the spec pins with `const` is filled in like a one-value `enum`.",
    ),
}


def write_models(context: BuildContext, project_dir: Path) -> None:
    """openapi-python-client's project (the models, the package skeleton) in `project_dir`, as
    our edits leave it: recalled from the run's folder of compiled code when an earlier run made
    it from the same spec (a run that changed only one of our templates does not run
    openapi-python-client again), else made and kept there."""
    doc = normalise(context.spec_doc)
    kept = compiled.kept_models(doc)
    if kept is not None and compiled.recall_folder(kept, project_dir):
        return
    _run_openapi_python_client(doc, context.spec_path, project_dir)
    redact_model_reprs(context.api, project_dir / PACKAGE)
    none_for_absent(project_dir / PACKAGE)
    lazy_models_package(project_dir / PACKAGE)
    if kept is not None:
        compiled.keep_folder(kept, project_dir)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else -1 for part in version.split("."))


def with_client_changes(changelog: str, changes: dict[str, tuple[str, ...]] = CLIENT_CHANGES) -> str:
    """``changelog`` with each version's client changes under that version's heading
    (``## 2.0.0`` or ``## 2.0.0 (unreleased)``). A version with no heading was never released
    (the spec's version moved on before a release, as 2.0.0 became 2.1.0): its changes go under
    the first heading above it, the release that ships them; with none above it, they are left
    out (not written yet)."""
    lines = changelog.split("\n")
    headings = [line[3:].split(" ")[0] for line in lines if line.startswith("## ")]
    under: dict[str, list[str]] = {}
    for version in sorted(changes, key=_version_key):
        later = [h for h in headings if _version_key(h) >= _version_key(version)]
        if later:
            under.setdefault(min(later, key=_version_key), []).extend(changes[version])
    out: list[str] = []
    for line in lines:
        out.append(line)
        version = line[3:].split(" ")[0] if line.startswith("## ") else ""
        if under.get(version):
            out += [
                "",
                "### The Python client itself (changed by the generator; **What to change** marks a break)",
                "",
            ]
            out += [f"- {text}" for text in under[version]]
    return "\n".join(out)


def build(context: BuildContext) -> None:
    api = context.api
    project_dir = context.out_dir / FOLDER
    write_models(context, project_dir)
    templates = TEMPLATES / FOLDER
    env = environment(templates)
    markdown = markdown_environment(templates)  # README.md, CHANGELOG.md: Markdown for HTML
    variables = _context(api, f"# {context.header}")
    _write_modules(env, variables, templates, project_dir / PACKAGE)
    for template in sorted(templates.glob("*.jinja")):
        name = template.name.removesuffix(".jinja")
        if not name.endswith(".py"):  # the .py ones are the package's modules, written above
            chosen = markdown if name.endswith(".md") else env
            (project_dir / name).write_text(render(chosen, template.name, **variables), encoding="utf-8")
