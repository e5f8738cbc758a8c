# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class EditContactRequestConflictResolution(StrEnum):
    DEFAULT = "DEFAULT"
    DELETE_ACCOUNT_TRANSFER = "DELETE_ACCOUNT_TRANSFER"
    TRANSFER = "TRANSFER"

    def __str__(self) -> str:
        return str(self.value)
