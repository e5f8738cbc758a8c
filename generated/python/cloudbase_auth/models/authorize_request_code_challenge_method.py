# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class AuthorizeRequestCodeChallengeMethod(StrEnum):
    PLAIN = "plain"
    S256 = "S256"

    def __str__(self) -> str:
        return str(self.value)
