"""The jinja Environment factories, shared by the generator and the tests.

Two kinds, because a template writes either code or Markdown that becomes HTML:

- `environment(directory)`: for code (Python, Go, Java, PHP, TOML, XML, JS, CSS). No autoescape:
  every spec string goes through its language's filter (`pyrepr`, `py_docstring`, `go_string`,
  `toml_string`, `xml_text`), as the templates show.
- `markdown_environment(directory)`: for `*.md.jinja` (the cookbook, the docs site, the clients'
  READMEs). Autoescape is on, and what it escapes for is Markdown that becomes HTML: every
  `{{ value }}` is `escape.md_text` (shown exactly, never markup) unless a context filter made it
  safe for where it goes: `md_code` (inline code), `md_fence` (a code block), `markdown` (a
  description: Markdown's safe subset), `cell` (the same in a table cell), `md_url`,
  `md_anchor`, `html_text`/`html_attr` (inside raw HTML). Inside a `{% filter md_fence(...) %}`
  block, `code` marks generator-made code lines as verbatim: the fence guards them.

See `generator/escape.py` for each function's rule.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from . import compiled, escape
from .cache import write_atomically
from .resources import data_dir

TEMPLATES = data_dir("templates")


def environment(directory: Path) -> jinja2.Environment:
    """For templates that write code: nothing is escaped unless a filter says how."""
    env = _base(directory, autoescape=False)
    env.filters["tojson_compact"] = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    env.filters["pyrepr"] = repr
    env.filters["py_string"] = escape.py_string
    env.filters["py_docstring"] = escape.py_docstring
    env.filters["go_string"] = escape.go_string
    env.filters["toml_string"] = escape.toml_string
    env.filters["xml_text"] = escape.xml_text
    return env


def markdown_environment(directory: Path, *, github: bool = False) -> jinja2.Environment:
    """For `*.md.jinja`: autoescape for Markdown that becomes HTML (see the module docstring).
    `github`: the pages are read on GitHub (the cookbook), whose tables split on `|` inside
    code spans too, rather than with Python-Markdown (the docs site)."""
    env = _base(directory, autoescape=True)
    env.finalize = _markdown_text
    safe: dict[str, Callable[..., str]] = {
        "md_code": escape.md_code,
        "md_fence": escape.md_fence,
        "markdown": escape.md_markdown,
        "cell": escape.gfm_cell if github else escape.md_cell,
        "md_url": escape.md_url,
        "md_anchor": escape.md_anchor,
        "html_text": escape.html_text,
        "html_attr": escape.html_attr,
        "code": str,  # verbatim, for generator-made code inside a `{% filter md_fence %}` block
    }
    for name, function in safe.items():
        env.filters[name] = _marked_safe(function)
    env.filters["tojson_compact"] = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return env


def _base(directory: Path, *, autoescape: bool) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=autoescape,
        bytecode_cache=None if compiled.FOLDER is None else CompiledTemplates(compiled.FOLDER),
    )


# --- compiled templates kept across runs -----------------------------------------------------


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled templates in a folder of authgen's cache, so a run compiles only the
    templates that changed since the last one (compiling is a quarter of the docs target's time).

    Why it cannot make different bytes: jinja stores each template's code with the SHA-1 of its
    source and compiles again when the source differs; jinja's and Python's versions and the
    generator's source are in the folder's name, chosen by `generate` (`memo.code_key`,
    `generator/compiled.py`); and the environment's own part (`code_signature`: its syntax
    options, autoescape, finalize, the names of its filters) is in each entry's name, so an
    environment never reads code another kind compiled (the same template compiled without
    autoescape, or without a filter, is other code). An entry whose SHA-256 does not
    match its bytes (torn, edited) is removed and compiled again; writes go to a temporary file
    renamed into place, so concurrent runs read a whole entry or none; a folder that cannot be
    written costs nothing but the saving."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self.folder / f"{code_signature(bucket.environment)}-{bucket.key}.code"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path = self._path(bucket)
        try:
            raw = path.read_bytes()
        except OSError:
            return
        head, _, body = raw.partition(b"\n")
        if head != hashlib.sha256(body).hexdigest().encode():
            with contextlib.suppress(OSError):
                path.unlink()
            return
        bucket.load_bytecode(io.BytesIO(body))  # jinja resets the bucket on a stale source

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        buffer = io.BytesIO()
        bucket.write_bytecode(buffer)
        body = buffer.getvalue()
        with contextlib.suppress(OSError):  # a cache that cannot be written only saves nothing
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self._path(bucket), hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def code_signature(env: jinja2.Environment) -> str:
    """What, besides a template's source, decides the code jinja compiles it to: the syntax
    options, autoescape, finalize, the extensions, and the name and calling convention of every
    filter and test (a filter unknown when compiling becomes code that fails when called; one
    taking the context is called with it). The filters' own functions are looked up by name
    when the template runs, so two environments that differ only in those share their code."""

    def calling(function: Any) -> str:
        return str(getattr(function, "jinja_pass_arg", ""))

    autoescape = env.autoescape
    parts = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        sorted(env.extensions),
        autoescape if isinstance(autoescape, bool) else f"callable {getattr(autoescape, '__qualname__', '?')}",
        None if env.finalize is None else calling(env.finalize),
        sorted((name, calling(f)) for name, f in env.filters.items()),
        sorted((name, calling(f)) for name, f in env.tests.items()),
        env.code_generator_class.__qualname__,
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def _markdown_text(value: Any) -> Any:
    """The Markdown environments' default: a value no context filter made safe is plain text."""
    if hasattr(value, "__html__"):
        return value
    return Markup(escape.md_text(value))


def _marked_safe(function: Callable[..., str]) -> Callable[..., Markup]:
    """A context filter's result is final: autoescape leaves it as it is."""

    def filter_(value: Any, *args: Any) -> Markup:
        text = str(value) if isinstance(value, Markup) else value
        return Markup(function(text, *args))

    filter_.__name__ = function.__name__
    filter_.__doc__ = function.__doc__
    return filter_


def render(env: jinja2.Environment, name: str, **context: Any) -> str:
    try:
        return str(env.get_template(name).render(**context))
    except jinja2.TemplateError as exc:
        where = f"{getattr(exc, 'filename', None) or name}:{getattr(exc, 'lineno', None) or 0}"
        raise TemplateRenderError(f"{where}: template failed to render: {exc.message or exc}") from None


class TemplateRenderError(Exception):
    """A template is broken; the message names the template and line."""
