"""The Python client's hand-written runtime, as plain source (never copied into the package).

This file only makes the folder a package, so that ruff and `mypy --strict` check the modules
where they live (`nox -s lint`, `nox -s typecheck`). The python target
(generator/targets/python/build.py) copies every `_*.py` module of this folder, unchanged, into
`cloudbase_auth/`; the writer puts the "generated" header on top. The modules that need the
IR (`_errors`, `_operations`, `_client`, `__init__`) are templates in the folder above.
"""
