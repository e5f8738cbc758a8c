"""Servers, matched by their `x-role` (gateway, intl-gateway) or else their URL."""

from __future__ import annotations

from typing import Any

from ..loader import pointer_join
from .engine import Comparison, as_dict, as_list
from .model import BREAKING, NON_BREAKING, rule

FAMILY = "servers"

SERVER_ADDED = rule("server-added", NON_BREAKING, FAMILY, "new server {url}", "a new server")
SERVER_REMOVED = rule("server-removed", BREAKING, FAMILY, "server {url} was removed", "a server was removed",
                      "use another base URL")  # fmt: skip
SERVER_URL_CHANGED = rule("server-url-changed", BREAKING, FAMILY, "server {key}: {old} -> {new}",
                          "a server's URL changed", "use the new base URL")  # fmt: skip


def _keyed(doc: dict[str, Any]) -> dict[str, tuple[int, str]]:
    out = {}
    for i, server in enumerate(as_list(doc.get("servers"))):
        server = as_dict(server)
        out[str(server.get("x-role") or server.get("url"))] = (i, str(server.get("url", "")))
    return out


def check(cmp: Comparison) -> None:
    old, new = _keyed(cmp.old.doc), _keyed(cmp.new.doc)
    found = []
    for key in sorted(old.keys() - new.keys()):
        i, url = old[key]
        found.append(cmp.found(SERVER_REMOVED, {"url": url}, pointer_join("", "servers", i)))
    for key in sorted(new.keys() - old.keys()):
        i, url = new[key]
        found.append(cmp.found(SERVER_ADDED, {"url": url}, "", pointer_join("", "servers", i)))
    for key in sorted(old.keys() & new.keys()):
        (i, a), (j, b) = old[key], new[key]
        if a != b:
            found.append(cmp.found(SERVER_URL_CHANGED, {"key": key, "old": a, "new": b},
                                   pointer_join("", "servers", i), pointer_join("", "servers", j)))  # fmt: skip
    cmp.attach(found, None)
