"""Compiling the templates in a worker while `authgen generate` starts.

A cold run compiled every template of ours (47 files; 48 compilations, about 0.25 s of CPU, on
2026-12-07) in its busiest part, when every CPU is taken. The first quarter second of a run is
one process importing the generator and parsing the spec while the other CPUs wait. `start`
forks a worker there that compiles every template into the folder of compiled templates the run
is about to use (`generator/compiled.py`), so the targets find them compiled.

It cannot change a byte of the output: the worker only fills jinja's cache of compiled code,
whose entries are keyed by the template's source and by what of the environment decides the
code (`templating.code_signature`). A template compiled in an environment other than its
target's is simply not found, and the target compiles it as before; whatever goes wrong in the
worker (a broken template, a cache that cannot be written) is the run's own to find and report.
"""

from __future__ import annotations

import signal
from pathlib import Path
from typing import TYPE_CHECKING

from . import workers

if TYPE_CHECKING:
    import jinja2


def start(cache_folder: Path) -> workers.Job[int] | None:
    """The worker compiling into the cache in `cache_folder`; None where forking is not safe
    or no other CPU could take it (it would only slow the run down)."""
    if not workers.can_fork() or workers.cpus() < 2:
        return None
    try:
        return workers.Job.fork(lambda: _worker(cache_folder))
    except OSError:  # no process to spare (EAGAIN, ENOMEM, no file descriptor): the run compiles
        return None


def compile_all(cache_folder: Path) -> int:
    """Compile every template into the folder `generate` uses (`compiled.folder_for`, named by
    `memo.code_key` as the run computes it); how many are now compiled there."""
    from . import compiled
    from .freshness import generator_hash, tool_versions
    from .memo import code_key, environment_fingerprint
    from .resources import data_dir
    from .targets import registry

    templates = data_dir("templates")
    key = code_key(generator_hash(), tool_versions(registry.load()), environment_fingerprint(), templates)
    count = 0
    with (
        workers.without_cycle_collection(),
        compiled.compiled_templates(compiled.folder_for(cache_folder, key)),
    ):
        for env, names in environments(templates):
            for name in names:
                try:
                    env.get_template(name)  # compiled and stored, or already there
                except Exception:  # a broken template: its target reports it, located
                    continue
                count += 1
    return count


def _worker(cache_folder: Path) -> int:
    # The run stops this worker with SIGTERM once it no longer needs it: end as an exception
    # does, so that an entry being written leaves no temporary file (`write_atomically`).
    signal.signal(signal.SIGTERM, _stop_quietly)
    return compile_all(cache_folder)


def _stop_quietly(_signal: int, _frame: object) -> None:
    raise SystemExit(0)


def environments(templates: Path) -> list[tuple[jinja2.Environment, list[str]]]:
    """Each template folder's templates, with an environment like the one its target renders
    them in: `*.md.jinja` are Markdown (the docs site's pages with the site's filters), the rest
    code. A test checks that a build then compiles none of them again."""
    from .targets.docs.build import page_environment
    from .templating import environment, markdown_environment

    found: list[tuple[jinja2.Environment, list[str]]] = []
    for folder in sorted(p for p in templates.iterdir() if p.is_dir()):
        names = sorted(p.name for p in folder.glob("*.jinja") if p.is_file())
        pages = [name for name in names if name.endswith(".md.jinja")]
        code = [name for name in names if name not in pages]
        if pages:
            site = folder.name == "docs"
            found.append((page_environment(_unchanged) if site else markdown_environment(folder), pages))
        if code:
            found.append((environment(folder), code))
    return found


def _unchanged(text: str, depth: int = 1) -> str:
    """The docs pages' `relink` filter as far as compiling cares: its name and how it is called."""
    return text
