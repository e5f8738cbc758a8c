"""The token endpoint, introspection, revocation and sign-out."""

from __future__ import annotations

from typing import Any

from ..core import ACCESS_TTL, ADMIN_TTL, Call, Emulator
from ..errors import ApiError
from ..tokens import opaque, same_secret
from . import admin
from .auth import password_login, provider_type_of
from .common import sign_in_user
from .oauth_server import OAUTH_GRANTS
from .registry import handler


@handler("grantToken")
def grant_token(emu: Emulator, call: Call) -> dict[str, Any]:
    grant = call.body["grant_type"]
    if grant in OAUTH_GRANTS:  # authorization_code and the device-code grant
        return OAUTH_GRANTS[grant](emu, call)
    if grant == "refresh_token":
        return _refresh(emu, call)
    if grant == "password":
        with emu.store.atomic():
            user = password_login(emu, call.body.get("username"), call.body.get("password"))
            session = sign_in_user(
                emu, call, user, provider_type_of(user, str(call.body["username"]).strip())
            )
        return emu.token_response(session)
    # client_credentials: Basic SecretId:SecretKey of a key pair the environment has (the pairs
    # that may sign POST /token/clientCredential): the answer is an administrator's token.
    if call.basic is None or not call.basic[0] or not call.basic[1]:
        raise ApiError(
            "invalid_client", "client_credentials needs Authorization: Basic base64(SecretId:SecretKey)"
        )
    secret_id, secret_key = call.basic
    known = admin.secret_key_of(emu, secret_id)
    if known is None or not same_secret(secret_key, known):
        raise ApiError("invalid_client", "unknown SecretId or wrong SecretKey")
    session = emu.open_session(
        subject=secret_id,
        scope="admin",
        provider_type="client_credentials",
        user_type="admin",
        call=call,
        refresh=False,
        access_ttl=ADMIN_TTL,
    )
    return emu.token_response(session)


def _refresh(emu: Emulator, call: Call) -> dict[str, Any]:
    token = call.body.get("refresh_token")
    if not isinstance(token, str) or not token:
        raise ApiError("invalid_argument", "refresh_token is required")
    now = emu.now()
    rotated = None
    with emu.store.atomic():
        session = emu.store.session_by_refresh_token(token)
        if session is None:
            # A rotated-away token used again has leaked (or two clients share one session):
            # like OAuth 2.1 and the service, end the whole session, current tokens included.
            reused = emu.store.session_by_spent_refresh_token(token)
            if reused is not None and not reused.revoked:
                emu.store.revoke_session(reused.id)
        elif (
            not session.revoked
            and (session.refresh_expires_at is None or session.refresh_expires_at > now)
            and emu.store.get_user(session.subject) is not None
        ):
            # Rotation: the token just sent is dead from now on; a second use ends the session.
            emu.store.rotate_refresh_token(session.id, opaque("m."), now + ACCESS_TTL)
            rotated = emu.store.get_session(session.id)
    # Raised after the transaction, so that a reuse's revocation is kept.
    if rotated is None:
        raise ApiError("invalid_grant", "refresh token is invalid, expired or already used")
    return emu.token_response(rotated, now)


@handler("introspectToken")
def introspect_token(emu: Emulator, call: Call) -> dict[str, Any]:
    if call.bearer is None:
        raise ApiError("unauthenticated", "the token to introspect goes in Authorization: Bearer")
    found = emu.authenticate(call)
    if found is None:
        return {}
    session, _ = found
    return {
        "token_type": "Bearer",
        "client_id": session.client_id,
        "sub": session.subject,
        "scope": session.scope,
    }


@handler("revokeToken")
def revoke_token(emu: Emulator, call: Call) -> dict[str, Any]:
    named = call.body.get("token")
    found = emu.authenticate(call)
    if not named:
        if found is None:
            message = "access token is invalid or expired" if call.bearer else "an access token is required"
            raise ApiError("unauthenticated", message)
        emu.store.revoke_session(found[0].id)
        return {}
    if call.bearer is not None and found is None:
        raise ApiError("unauthenticated", "access token is invalid or expired")
    with emu.store.atomic():
        session = emu.store.session_by_refresh_token(str(named))
        if session is None:
            resolved = emu.resolve_access_token(str(named))
            session = None if resolved is None else resolved[0]
        if session is not None:
            caller = None if found is None else found[0]
            if caller is not None and caller.user_type != "admin" and caller.subject != session.subject:
                # RFC 7009 2.1: the token must have been issued to the caller.
                raise ApiError("permission_denied", "the token to revoke belongs to another user")
            emu.store.revoke_session(session.id)
        elif found is None:
            # The official SDK sends its live token as {token} with no Authorization header, so a
            # body token stands in for the Bearer one, but only when it is itself valid.
            raise ApiError("unauthenticated", "an access token is required")
    # RFC 7009: with a valid Bearer token, an unknown or already invalid token is not an error.
    return {}


@handler("signOut")
def sign_out(emu: Emulator, call: Call) -> dict[str, Any]:
    session, _ = emu.require_user(call)
    emu.store.revoke_session(session.id)
    redirect = call.body.get("redirect_uri")
    return {"redirect_uri": redirect} if isinstance(redirect, str) and redirect else {}
