"""Spec problems are values: a level, a location and a message. The CLI picks the exit code."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Level(enum.Enum):
    ERROR = "error"  # no output may be produced from this spec
    WARNING = "warning"  # output is produced; something is doubtful


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int  # 1-based; 0 when the problem has no line (the file itself)
    pointer: str  # JSON pointer into the document, "" for the root
    level: Level
    rule: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        at = f" (at {self.pointer})" if self.pointer else ""
        return f"{where}: {self.level.value} [{self.rule}] {self.message}{at}"


class SpecError(Exception):
    """A problem that stops loading: the file cannot be read as a spec at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def has_errors(problems: list[Problem]) -> bool:
    return any(p.level is Level.ERROR for p in problems)
