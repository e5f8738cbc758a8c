"""Targets turn the IR into files. Each is a function (api, doc, out_dir, header) -> None that
writes below out_dir; the writer does formatting, headers, the manifest and the swap."""


class TargetError(Exception):
    """A target cannot render a spec that lint let through. The message is one line, without a
    traceback: the CLI prints it and the output directory stays as it was."""
