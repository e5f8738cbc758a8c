"""``python -m emulator``: the same as ``authgen emulator``."""

from .cli import emulator_command

emulator_command(prog_name="python -m emulator")
