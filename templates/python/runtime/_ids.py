"""Request and device ids: 32 hex characters, the SDK's ``uuidv4()`` without dashes."""

from __future__ import annotations

import uuid

from ._storage import TokenStorage

__all__ = ["DEVICE_ID_KEY", "load_device_id", "new_id"]

#: The storage key of the device id (the JS SDK's name).
DEVICE_ID_KEY = "device_id"


def new_id() -> str:
    """A fresh random id: ``xxxxxxxxxxxx4xxxyxxxxxxxxxxxxxxx`` (uuid4, hex, no dashes)."""
    return uuid.uuid4().hex


def load_device_id(storage: TokenStorage, given: str | None = None) -> str:
    """The persistent ``x-device-id``.

    A ``given`` id wins and is stored. Otherwise the stored one is reused when it has 16-48
    characters (the SDK's rule); else a new one is generated and stored.
    """
    if given is not None:
        if not 1 <= len(given) < 72 or not given.isprintable():
            raise ValueError("device_id must be 1-71 printable characters")
        if storage.get(DEVICE_ID_KEY) != given:
            storage.set(DEVICE_ID_KEY, given)
        return given
    stored = storage.get(DEVICE_ID_KEY)
    if stored is not None and 16 <= len(stored) <= 48:
        return stored
    device_id = new_id()
    storage.set(DEVICE_ID_KEY, device_id)
    return device_id
