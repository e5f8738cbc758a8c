# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class ClientCredentialRequestGrantType(StrEnum):
    CLIENT_CREDENTIALS = "client_credentials"

    def __str__(self) -> str:
        return str(self.value)
