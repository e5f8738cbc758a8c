"""The wire rules that matter, written by hand from the reference, never read from the spec or
the IR (issue 28 item 11: "tests derived from the generator cannot catch the generator").

Sources, all in /work/shared/reference/cloudbase-auth-api.md:

- method and path: section 4 (one subsection per endpoint) and the table of section 5;
- auth kind: section 2 ("Auth styles") and the Auth column of section 5: none for the sign-in
  family, signup, token, checkIfUserExist; Bearer for user/*, token/introspect, checkUsername;
  `user/authorize/info` is "B if logged in, otherwise Basic"; `/token/clientCredential` is the
  TC3-HMAC-SHA256 signature the server SDKs send;
- client_id in the query: section 1.2, "On requests without withCredentials (no Bearer), the
  client appends ?client_id={clientId} ... On Bearer requests it adds nothing" (the web SDK's
  rule: for the TC3-signed `/token/clientCredential` of the server SDKs the reference does not
  say, so that row leaves it unchecked);
- the session: a token response becomes the session (section 3.1, 7.1); sign-out, revoke,
  delete-me and revoke-all end it (4.10 "signout revokes the refresh_token and marks the
  access_token invalid", section 5 "revoke all devices"); every other call leaves it alone.

`/revoke` is called with no `token` in the body: the reference lets the token in the body
authenticate itself (the SDK's logout), so only the Bearer form can revoke "my own session"
without one.

Each row: a case name -> what the client must put on the wire and do with its session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Auth = Literal["none", "bearer", "basic", "tc3"]
SessionEffect = Literal["stored", "kept", "cleared"]


@dataclass(frozen=True)
class Wire:
    operation: str  # operationId: the Python and Go method names derive from it
    signed_in: bool  # the call is made with a session in place
    method: str
    path: str  # under /auth/v1
    auth: Auth
    client_id_sent: bool | None  # None: the reference does not say (not checked)
    session: SessionEffect


TABLE: dict[str, Wire] = {
    "signIn": Wire("signIn", False, "POST", "/signin", "none", True, "stored"),
    "signInAnonymously": Wire(
        "signInAnonymously", False, "POST", "/signin/anonymously", "none", True, "stored"
    ),
    "grantToken": Wire("grantToken", False, "POST", "/token", "none", True, "stored"),
    "checkIfUserExist": Wire("checkIfUserExist", False, "GET", "/checkIfUserExist", "none", True, "kept"),
    "introspectToken": Wire("introspectToken", True, "GET", "/token/introspect", "bearer", False, "kept"),
    "revokeToken": Wire("revokeToken", True, "POST", "/revoke", "bearer", False, "cleared"),
    "getUserMe": Wire("getUserMe", True, "GET", "/user/me", "bearer", False, "kept"),
    "deleteUserMe": Wire("deleteUserMe", True, "DELETE", "/user/me", "bearer", False, "cleared"),
    "sudo": Wire("sudo", True, "POST", "/user/sudo", "bearer", False, "kept"),
    "updatePassword": Wire("updatePassword", True, "PATCH", "/user/password", "bearer", False, "kept"),
    "listProviders": Wire("listProviders", True, "GET", "/user/provider", "bearer", False, "kept"),
    "unbindProvider": Wire(
        "unbindProvider", True, "DELETE", "/user/provider/github", "bearer", False, "kept"
    ),
    "signOut": Wire("signOut", True, "POST", "/user/signout", "bearer", False, "cleared"),
    "revokeAllDevices": Wire(
        "revokeAllDevices", True, "DELETE", "/user/revoke/all", "bearer", False, "cleared"
    ),
    "checkUsername": Wire("checkUsername", True, "GET", "/checkUsername", "bearer", False, "kept"),
    "getAuthorizeInfo/signedIn": Wire(
        "getAuthorizeInfo", True, "GET", "/user/authorize/info", "bearer", False, "kept"
    ),
    "getAuthorizeInfo/signedOut": Wire(
        "getAuthorizeInfo", False, "GET", "/user/authorize/info", "basic", True, "kept"
    ),
    "getClientCredential": Wire(
        "getClientCredential", False, "POST", "/token/clientCredential", "tc3", None, "stored"
    ),
}

# What the test clients are configured with (not the environment id, so that a client_id
# taken from the wrong place shows).
ENV_ID = "wire-env"
CLIENT_ID = "wire-client"
CLIENT_SECRET = "wire-client-secret"
SECRET_ID = "AKIDwiretable0001"
SECRET_KEY = "wire-secret-key-0001"
SESSION_ACCESS_TOKEN = "at-the-session-before"
MINTED_ACCESS_TOKEN = "at-minted-by-the-server"
