# What the runtime reads from the generated `_operations` module (templates/python/
# _operations.py.jinja), declared for mypy where the runtime lives: the module itself is rendered
# from the IR, and the generated package is type-checked with the real one. Never copied.
from ._base import OperationSpec

OPERATIONS: dict[str, OperationSpec]
GATEWAY_URL: str
INTL_GATEWAY_URL: str
LEGACY_URL: str
CHINA_REGIONS: frozenset[str]
SECRET_FIELDS: frozenset[str]
REFRESH_OPERATION: str
SPEC_VERSION: str
