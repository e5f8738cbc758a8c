# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class UserProfileStatus(StrEnum):
    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    DEFAULT = "DEFAULT"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
