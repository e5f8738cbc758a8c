# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class QrCodeStatusResponseStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CONFIRMED = "CONFIRMED"
    EXPIRED = "EXPIRED"
    SCANNED = "SCANNED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
