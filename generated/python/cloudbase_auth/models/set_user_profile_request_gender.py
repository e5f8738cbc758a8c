# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class SetUserProfileRequestGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"

    def __str__(self) -> str:
        return str(self.value)
