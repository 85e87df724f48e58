"""API keys and personal access tokens, and the documented rules for who a request acts as."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime

from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.users import Users
from console.sandbox.errors import ApiError, bad_request, forbidden, not_found
from console.sandbox.model import iso

INSERT_CREDENTIAL = (
    "INSERT INTO credentials (token, kind, user_id, company_id, expires_at) VALUES (?, ?, ?, ?, ?)"
)


class Credentials:
    """The ``credentials`` table."""

    def __init__(self, ctx: Context, users: Users) -> None:
        self._ctx = ctx
        self._users = users

    def issue_api_key(self, user_id: str, *, expires_at: datetime | None = None) -> str:
        """A new ``ak_live:<uuid>:<secret>`` key of ``user_id``'s company."""
        token = f"ak_live:{uuid.uuid4()}:{secrets.token_hex(16)}"
        self._store(token, "api_key", user_id, expires_at)
        return token

    def issue_pat(self, user_id: str, *, expires_at: datetime | None = None) -> str:
        """A new personal access token (``rgo-…``) acting as ``user_id``."""
        token = f"rgo-{secrets.token_hex(20)}"
        self._store(token, "pat", user_id, expires_at)
        return token

    def _store(self, token: str, kind: str, user_id: str, expires_at: datetime | None) -> None:
        user = self._users.get(user_id)
        self._ctx.db.execute(
            INSERT_CREDENTIAL,
            (token, kind, user_id, user["companyId"], iso(expires_at) if expires_at else None),
        )

    def authenticate(
        self, authorization: str | None, acting: str | None, *, need_header: bool
    ) -> Actor:
        """Apply the documented auth rules; raises 401/403/400 as the platform does."""
        if not authorization:
            raise ApiError(401, "Missing authorization header")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "Missing authorization header")
        row = self._ctx.db.one(
            "SELECT kind, user_id, company_id, expires_at FROM credentials WHERE token = ?",
            (token.strip(),),
        )
        if row is None:
            raise ApiError(401, "Invalid API key")
        kind, owner_id, company_id, expires_at = row
        if expires_at is not None and expires_at <= iso(self._ctx.now()):
            raise ApiError(401, "API key has expired")
        acting = (acting or "").strip() or None
        if kind == "pat":
            if acting is not None and acting != owner_id:
                raise forbidden("A personal access token cannot act as another user")
            user = self._users.get_or_none(owner_id)
            if user is None:
                raise ApiError(401, "Invalid API key")
            return Actor(owner_id, company_id, "pat", bool(user.get("isAdmin")), False)
        if acting is None:
            if need_header:
                raise bad_request(
                    "Missing required header 'x-meetergo-api-user-id' for API key authentication"
                )
            user = self._users.get(owner_id)
            return Actor(owner_id, company_id, "api_key", bool(user.get("isAdmin")), False)
        user = self._users.get_or_none(acting)
        if user is None or user["companyId"] != company_id:
            raise not_found("User not found")
        return Actor(acting, company_id, "api_key", bool(user.get("isAdmin")), True)
