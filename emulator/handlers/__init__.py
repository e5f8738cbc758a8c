"""Operation handlers, one module per area; importing this package registers them all."""

from . import account, auth, providers, sessions, verification
from .registry import HANDLERS, Handler

__all__ = ["HANDLERS", "Handler", "account", "auth", "providers", "sessions", "verification"]
