"""Targets turn the IR into files. Each is a function (api, doc, out_dir, header) -> None that
writes below out_dir; the writer does formatting, headers, the manifest and the swap."""
