"""The one jinja Environment factory, shared by the generator and the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

from .resources import data_dir

TEMPLATES = data_dir("templates")


def environment(directory: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # we write Python, Markdown and shell, never HTML
    )
    env.filters["tojson_compact"] = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    env.filters["pyrepr"] = repr
    env.filters["docstring"] = lambda text: str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return env


def render(env: jinja2.Environment, name: str, **context: Any) -> str:
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        where = f"{getattr(exc, 'filename', None) or name}:{getattr(exc, 'lineno', None) or 0}"
        raise TemplateRenderError(f"{where}: template failed to render: {exc.message or exc}") from None


class TemplateRenderError(Exception):
    """A template is broken; the message names the template and line."""
