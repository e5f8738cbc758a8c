# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class ProviderParamsProviderCodeType(StrEnum):
    OPEN_ID = "open_id"
    PHONE = "phone"
    UNION_ID = "union_id"

    def __str__(self) -> str:
        return str(self.value)
