# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class TokenRequestGrantType(StrEnum):
    CLIENT_CREDENTIALS = "client_credentials"
    PASSWORD = "password"
    REFRESH_TOKEN = "refresh_token"

    def __str__(self) -> str:
        return str(self.value)
