# generated from spec/auth-v1.yaml by authgen, do not edit
"""What the runtime needs to know about each operation, taken from the spec."""

from ._base import OperationSpec

OPERATIONS: dict[str, OperationSpec] = {
    "signIn": OperationSpec(
        operation_id="signIn",
        method="POST",
        path="/signin",
        auth="none",
        stores_session=True,
        clears_session=False,
    ),
    "signUp": OperationSpec(
        operation_id="signUp",
        method="POST",
        path="/signup",
        auth="none",
        stores_session=True,
        clears_session=False,
    ),
    "sendVerification": OperationSpec(
        operation_id="sendVerification",
        method="POST",
        path="/verification",
        auth="bearer_optional",
        stores_session=False,
        clears_session=False,
    ),
    "verifyVerification": OperationSpec(
        operation_id="verifyVerification",
        method="POST",
        path="/verification/verify",
        auth="none",
        stores_session=False,
        clears_session=False,
    ),
    "signInAnonymously": OperationSpec(
        operation_id="signInAnonymously",
        method="POST",
        path="/signin/anonymously",
        auth="none",
        stores_session=True,
        clears_session=False,
    ),
    "signInCustom": OperationSpec(
        operation_id="signInCustom",
        method="POST",
        path="/signin/custom",
        auth="none",
        stores_session=True,
        clears_session=False,
    ),
    "signInWithProvider": OperationSpec(
        operation_id="signInWithProvider",
        method="POST",
        path="/signin/with/provider",
        auth="none",
        stores_session=True,
        clears_session=False,
    ),
    "grantProviderToken": OperationSpec(
        operation_id="grantProviderToken",
        method="POST",
        path="/provider/token",
        auth="none",
        stores_session=False,
        clears_session=False,
    ),
    "grantToken": OperationSpec(
        operation_id="grantToken",
        method="POST",
        path="/token",
        auth="none",
        stores_session=True,
        clears_session=False,
    ),
    "introspectToken": OperationSpec(
        operation_id="introspectToken",
        method="GET",
        path="/token/introspect",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "revokeToken": OperationSpec(
        operation_id="revokeToken",
        method="POST",
        path="/revoke",
        auth="bearer",
        stores_session=False,
        clears_session=True,
    ),
    "getUserMe": OperationSpec(
        operation_id="getUserMe",
        method="GET",
        path="/user/me",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "deleteUserMe": OperationSpec(
        operation_id="deleteUserMe",
        method="DELETE",
        path="/user/me",
        auth="bearer",
        stores_session=False,
        clears_session=True,
    ),
    "sudo": OperationSpec(
        operation_id="sudo",
        method="POST",
        path="/user/sudo",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "updatePassword": OperationSpec(
        operation_id="updatePassword",
        method="PATCH",
        path="/user/password",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "listProviders": OperationSpec(
        operation_id="listProviders",
        method="GET",
        path="/user/provider",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "bindProvider": OperationSpec(
        operation_id="bindProvider",
        method="POST",
        path="/user/provider/bind",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "unbindProvider": OperationSpec(
        operation_id="unbindProvider",
        method="DELETE",
        path="/user/provider/{provider_id}",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "signOut": OperationSpec(
        operation_id="signOut",
        method="POST",
        path="/user/signout",
        auth="bearer",
        stores_session=False,
        clears_session=True,
    ),
    "resetPassword": OperationSpec(
        operation_id="resetPassword",
        method="POST",
        path="/reset",
        auth="none",
        stores_session=False,
        clears_session=False,
    ),
    "editBasicUser": OperationSpec(
        operation_id="editBasicUser",
        method="POST",
        path="/user/basic/edit",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "checkIfUserExist": OperationSpec(
        operation_id="checkIfUserExist",
        method="GET",
        path="/checkIfUserExist",
        auth="none",
        stores_session=False,
        clears_session=False,
    ),
    "getClientCredential": OperationSpec(
        operation_id="getClientCredential",
        method="POST",
        path="/token/clientCredential",
        auth="tc3",
        stores_session=True,
        clears_session=False,
    ),
    "queryUser": OperationSpec(
        operation_id="queryUser",
        method="GET",
        path="/user/query",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "getWedaUserInfo": OperationSpec(
        operation_id="getWedaUserInfo",
        method="GET",
        path="/plugin/weda/userinfo",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "setUserProfile": OperationSpec(
        operation_id="setUserProfile",
        method="PATCH",
        path="/user/profile",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "checkUsername": OperationSpec(
        operation_id="checkUsername",
        method="GET",
        path="/checkUsername",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
    "getUserBehaviorLog": OperationSpec(
        operation_id="getUserBehaviorLog",
        method="GET",
        path="/user/security/history",
        auth="bearer",
        stores_session=False,
        clears_session=False,
    ),
}

# Base URLs, from the spec's servers. `{envId}` (and `{region}`) are filled in by the client.
GATEWAY_URL = "https://{envId}.api.tcloudbasegateway.com/auth/v1"
INTL_GATEWAY_URL = "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1"
LEGACY_URL = "https://{envId}.{region}.tcb-api.tencentcloudapi.com/auth/v1"

# Regions served by the mainland gateway; every other region uses the international one.
CHINA_REGIONS: frozenset[str] = frozenset(
    {
        "ap-shanghai",
        "ap-guangzhou",
        "ap-shenzhen-fsi",
        "ap-shanghai-fsi",
        "ap-nanjing",
        "ap-beijing",
        "ap-chengdu",
        "ap-chongqing",
        "ap-hongkong",
    }
)

# Every field or parameter the spec marks `x-secret`: redacted from reprs, logs and errors.
SECRET_FIELDS: frozenset[str] = frozenset(
    {
        "access_token",
        "anonymous_token",
        "client_secret",
        "confirm_password",
        "id_token",
        "new_password",
        "old_password",
        "password",
        "provider_access_token",
        "provider_code",
        "provider_id_token",
        "provider_token",
        "refresh_token",
        "sudo_token",
        "ticket",
        "token",
        "verification_code",
        "verification_token",
    }
)

REFRESH_OPERATION = "grantToken"
SPEC_VERSION = "1.1.0"
