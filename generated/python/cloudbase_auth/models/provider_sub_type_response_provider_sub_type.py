# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class ProviderSubTypeResponseProviderSubType(StrEnum):
    NO_AUTH_LOGIN = "NO_AUTH_LOGIN"
    VALUE_1 = ""

    def __str__(self) -> str:
        return str(self.value)
