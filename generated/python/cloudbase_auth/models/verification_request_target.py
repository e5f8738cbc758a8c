# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class VerificationRequestTarget(StrEnum):
    ANY = "ANY"
    CUR_USER = "CUR_USER"
    NOT_USER = "NOT_USER"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
