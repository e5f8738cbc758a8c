"""Go names for the IR's wire names: exported identifiers with Go's initialisms (ID, URL ...),
and local variables that are neither keywords nor the packages a snippet imports.

The IR gives every name its words once (`names.words`); Go casing is a join of those words in
which an initialism is written in capitals: `provider_id` -> `ProviderID`,
`genProviderRedirectUri` -> `GenProviderRedirectURI`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# The initialisms of Go's style (the list golint used), in lower case.
INITIALISMS = frozenset(
    {
        "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id", "ip",
        "json", "lhs", "qps", "ram", "rhs", "rpc", "sla", "smtp", "sql", "ssh", "tcp", "tls", "ttl",
        "udp", "ui", "uid", "uuid", "uri", "url", "utf8", "vm", "xml", "xmpp", "xsrf", "xss",
    }
)  # fmt: skip

KEYWORDS = frozenset(
    {
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
        "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
        "struct", "switch", "type", "var",
    }
)  # fmt: skip

# Names a snippet's script uses for itself: a page variable must not shadow them.
RESERVED_LOCALS = frozenset(
    {"cloudbase", "client", "ctx", "err", "log", "fmt", "os", "context", "time", "url", "http"}
)


def _word(word: str) -> str:
    if word in INITIALISMS:
        return word.upper()
    return word[:1].upper() + word[1:]


def exported(words: Iterable[str]) -> str:
    """`[provider, id]` -> `ProviderID`. A name starting with a digit gets an `X` in front."""
    name = "".join(_word(w) for w in words)
    if not name:
        raise ValueError("an empty name has no Go identifier")
    return name if not name[0].isdigit() else "X" + name


def exported_of(item: Mapping[str, Any]) -> str:
    """The exported Go name of an IR item that carries `names`."""
    return exported(item["names"]["words"])


def local(words: Iterable[str]) -> str:
    """`[anonymous, token]` -> `anonymousToken`; `[user, id]` -> `userID`; keywords get a `_`."""
    parts = list(words)
    if not parts:
        raise ValueError("an empty name has no Go identifier")
    first = parts[0]  # a leading initialism stays lower case: id -> id, url -> url
    name = first + "".join(_word(w) for w in parts[1:])
    if name[0].isdigit():
        name = "v" + name
    if name in KEYWORDS or name in RESERVED_LOCALS:
        name += "Value"
    return name
