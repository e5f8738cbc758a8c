# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class GenProviderRedirectUriResponseType(StrEnum):
    CODE = "code"
    ID_TOKEN = "id_token"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
