import os
import shutil
import tempfile

import pytest

pytest_plugins = ["emulator.pytest_plugin"]

_CACHE_DIR = "AUTHGEN_CACHE_DIR"


def pytest_configure(config: pytest.Config) -> None:
    # authgen's cache (generator/cache.py) is never the user's in a test: every test process
    # gets an empty one of its own, which the authgen commands the tests run inherit.
    os.environ[_CACHE_DIR] = tempfile.mkdtemp(prefix="authgen-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.get(_CACHE_DIR, ""), ignore_errors=True)
