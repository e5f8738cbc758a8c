"""Reading the spec: `authspec.reading`, re-exported under its old name.

The module moved below both the generator and the emulator (package `authspec`) so that the
emulator ships without the generator; lint, the IR, the diff and the tests keep importing
`generator.spec`.
"""

from authspec.reading import (
    AUTH_MODES,
    AUTH_SCHEME_EXTENSION,
    HTTP_METHODS,
    SCHEME_KINDS,
    Security,
    as_dict,
    as_list,
    deref,
    deref_at,
    effective_security,
    error_catalogue,
    iter_operations,
    json_media,
    media_examples,
    operation_parameters,
    resolve_pointer,
    resolve_security,
    scheme_kinds,
)

__all__ = [
    "AUTH_MODES",
    "AUTH_SCHEME_EXTENSION",
    "HTTP_METHODS",
    "SCHEME_KINDS",
    "Security",
    "as_dict",
    "as_list",
    "deref",
    "deref_at",
    "effective_security",
    "error_catalogue",
    "iter_operations",
    "json_media",
    "media_examples",
    "operation_parameters",
    "resolve_pointer",
    "resolve_security",
    "scheme_kinds",
]
