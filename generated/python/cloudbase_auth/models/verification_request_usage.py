# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class VerificationRequestUsage(StrEnum):
    EMAIL_ADDRESS_CHANGE = "EMAIL_ADDRESS_CHANGE"
    PASSWORD_RESET = "PASSWORD_RESET"
    PHONE_NUMBER_CHANGE = "PHONE_NUMBER_CHANGE"
    REGISTER = "REGISTER"
    SIGN_IN = "SIGN_IN"

    def __str__(self) -> str:
        return str(self.value)
