"""Reading the two specs `authgen diff` compares: a file, or a file as it was at a git revision
(`--base REF`, or a `REV:path` argument), plus the cookbook pages each operation appears in.

git gets a revision only as data: a revision starting with `-` is refused (it would be read
as an option, `--output=...`), it goes after `--end-of-options`, and `--` closes the revisions.
Every failure is a DiffError of one line that names the input.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..loader import Loaded, load_yaml, one_line
from ..problems import SpecError


class DiffError(Exception):
    """A spec cannot be read or compared; the message is one line."""


@dataclass(frozen=True)
class Spec:
    """A loaded spec plus the cookbook pages each operationId appears in."""

    loaded: Loaded
    pages: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def doc(self) -> dict[str, Any]:
        data = self.loaded.data
        return data if isinstance(data, dict) else {}

    @property
    def version(self) -> str:
        info = self.doc.get("info")
        return str(info.get("version", "")) if isinstance(info, dict) else ""

    def where(self, pointer: str) -> str:
        line = self.loaded.line_of(pointer)
        return f"{self.loaded.display}:{line}" if line else self.loaded.display


def shown(text: str) -> str:
    """`text` for a one-line message: control characters (a newline in a revision) escaped."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


def load_spec(path: Path, *, display: str | None = None, with_pages: bool = True) -> Spec:
    label = shown(display or str(path))
    try:
        if path.is_dir():
            raise DiffError(f"{label}: a directory, not a spec file")
        if path.exists() and not path.is_file():  # a FIFO or a device would block or never end
            raise DiffError(f"{label}: not a regular file")
    except OSError as exc:
        raise DiffError(f"{label}: cannot read: {one_line(str(exc))}") from None
    try:
        loaded = load_yaml(path)
    except SpecError as exc:
        raise DiffError(str(exc.problem)) from None
    except (OSError, ValueError) as exc:  # a path the loader cannot even open as a file
        raise DiffError(f"{label}: cannot read: {one_line(str(exc))}") from None
    if display:
        loaded = replace(loaded, display=display)
    if not isinstance(loaded.data, dict) or not isinstance(loaded.data.get("paths", {}), dict):
        raise DiffError(f"{loaded.display}: not an OpenAPI document (no `paths` mapping)")
    return Spec(loaded, cookbook_pages(path, loaded.data) if with_pages else {})


def cookbook_pages(spec_path: Path, doc: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """operationId -> the cookbook pages (`cookbook/<scenario>.md`) that call it; {} when there
    is no cookbook next to the spec or either does not lint."""
    from ..cookbook import cookbook_path, load_cookbook
    from ..targets.cookbook.build import scenario_file
    from ..targets.surface import api_of

    path = cookbook_path(spec_path)
    if not path.is_file():
        return {}
    try:
        scenarios, _problems = load_cookbook(path, api_of(doc))
    except Exception:  # a spec the IR cannot build (an old revision): no page names, still a diff
        return {}
    pages: dict[str, list[str]] = {}
    for scenario in scenarios:
        for op_id in scenario.operation_ids:
            pages.setdefault(op_id, [])
            page = f"cookbook/{scenario_file(scenario)}"
            if page not in pages[op_id]:
                pages[op_id].append(page)
    return {k: tuple(v) for k, v in pages.items()}


# A revision as git spells one: no whitespace or control characters, not an option.
_REVISION = re.compile(r"[^\s\x00-\x1f\x7f]+")


def check_revision(ref: str, what: str) -> None:
    """Refuse what git would read as something other than a revision."""
    if not ref:
        raise DiffError(f"{what}: an empty revision")
    if ref.startswith("-"):
        raise DiffError(f"{what}: a revision cannot start with '-' (git would read it as an option)")
    if not _REVISION.fullmatch(ref):
        raise DiffError(f"{what}: a revision has no spaces or control characters")


def git_show(ref: str, path: str, cwd: Path, what: str) -> bytes:
    """The bytes of `path` at revision `ref` (`git show REF:PATH`), run in `cwd`."""
    check_revision(ref, what)
    if not path or path.startswith("-") or "\0" in path:
        raise DiffError(f"{what}: no file path after the revision")
    if not cwd.is_dir():
        raise DiffError(f"{what}: {shown(str(cwd))} is not a directory")
    try:
        result = subprocess.run(
            ["git", "show", "--end-of-options", f"{ref}:{path}", "--"],
            cwd=cwd,
            capture_output=True,
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise DiffError(f"{what}: cannot run git: {one_line(str(exc))}") from None
    if result.returncode != 0:
        reason = (result.stderr.decode(errors="replace").strip().splitlines() or ["git show failed"])[0]
        raise DiffError(f"{what}: {one_line(shown(reason))}")
    return result.stdout


def _from_bytes(data: bytes, name: str, display: str) -> Spec:
    with tempfile.TemporaryDirectory(prefix="authgen-diff-") as tmp:
        old = Path(tmp) / (Path(name).name or "spec.yaml")
        old.write_bytes(data)
        return load_spec(old, display=display, with_pages=False)


def load_at_revision(ref: str, spec_path: Path) -> Spec:
    """The spec file as it was at git revision `ref` (`git show REF:./<file>` next to it)."""
    directory = spec_path.resolve().parent
    data = git_show(ref, f"./{spec_path.name}", directory, f"--base {shown(ref)}")
    return _from_bytes(data, spec_path.name, f"{shown(ref)}:{spec_path.as_posix()}")


# `REV:path`: a revision, a colon, a path (as `git show` reads it: from the repository's root,
# or from the current directory with `./`).
_REV_PATH = re.compile(r"(?P<rev>[^:]+):(?P<path>.+)")


def load_argument(argument: Path, *, with_pages: bool) -> Spec:
    """A FILES argument of `authgen diff`: a file, or `REV:path` when no such file exists."""
    text = str(argument)
    if not argument.exists():
        match = _REV_PATH.fullmatch(text)
        if match and not re.match(r"[A-Za-z]:[\\/]", text):  # not a Windows drive
            data = git_show(match["rev"], match["path"], Path.cwd(), shown(text))
            return _from_bytes(data, match["path"], shown(text))
    return load_spec(argument, with_pages=with_pages)
