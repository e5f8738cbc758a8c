# generated from spec/auth-v1.yaml by authgen, do not edit
from enum import StrEnum


class TokenRequestGrantType(StrEnum):
    AUTHORIZATION_CODE = "authorization_code"
    CLIENT_CREDENTIALS = "client_credentials"
    PASSWORD = "password"
    REFRESH_TOKEN = "refresh_token"
    URNIETFPARAMSOAUTHGRANT_TYPEDEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code"

    def __str__(self) -> str:
        return str(self.value)
