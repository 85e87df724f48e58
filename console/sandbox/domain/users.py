"""Users: the ``users`` table, slugs, the public view and the PATCH rules."""

from __future__ import annotations

from typing import Any

from console.sandbox.db import Doc, dumps
from console.sandbox.domain.context import Actor, Context
from console.sandbox.errors import bad_request, forbidden, not_found
from console.sandbox.model import USER_TYPES, Checker, iso, slugify

INSERT_USER = (
    "INSERT INTO users (id, company_id, email, slug, user_type, seq, doc)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def user_row(user: Doc, seq: int) -> tuple[Any, ...]:
    """Column values for :data:`INSERT_USER`."""
    return (
        user["id"],
        user["companyId"],
        user["email"],
        user["slug"],
        user["userType"],
        seq,
        dumps(user),
    )


def user_type_problem() -> str:
    """The platform's message for an unknown ``userType``."""
    return f"userType must be one of the following values: {', '.join(USER_TYPES)}"


class Users:
    """The ``users`` table."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._db = ctx.db

    def get_or_none(self, user_id: str) -> Doc | None:
        """The stored user, or None."""
        return self._db.doc("SELECT doc FROM users WHERE id = ?", (user_id,))

    def get(self, user_id: str, company_id: str | None = None) -> Doc:
        """The stored user, or 404 ``"User not found"`` (also for other companies)."""
        user = self.get_or_none(user_id)
        if user is None or (company_id is not None and user["companyId"] != company_id):
            raise not_found("User not found")
        return user

    def by_slug(self, slug: str) -> Doc | None:
        """The user whose booking page is ``/cal/<slug>``."""
        return self._db.doc("SELECT doc FROM users WHERE slug = ?", (slug,))

    def email_taken(self, email: str) -> bool:
        """Whether a user has this (lower-cased) e-mail address."""
        return self._db.one("SELECT 1 FROM users WHERE email = ?", (email,)) is not None

    def slug_taken(self, slug: str, *, except_id: str | None = None) -> bool:
        """Whether another user's booking page already uses ``slug``."""
        return (
            self._db.one("SELECT 1 FROM users WHERE slug = ? AND id != ?", (slug, except_id or ""))
            is not None
        )

    def public(self, user: Doc, base: str) -> Doc:
        """The user as the API answers it, with ``meetingTypeIds`` and ``bookingUrl``."""
        ids = [
            r[0]
            for r in self._db.all(
                "SELECT id FROM meeting_types WHERE user_id = ? AND deleted = 0 ORDER BY seq",
                (user["id"],),
            )
        ]
        return {**user, "meetingTypeIds": ids, "bookingUrl": f"{base}/cal/{user['slug']}"}

    def unique_slug(self, wanted: str) -> str:
        """``wanted`` or ``wanted-2``, ``wanted-3``… (generated slugs never collide)."""
        base = wanted if len(wanted) >= 5 else f"{wanted}-user".strip("-")
        candidate, n = base, 1
        while self.slug_taken(candidate):
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def insert(self, user: Doc) -> None:
        """Insert a user row (no checks; callers check first)."""
        self._db.execute(INSERT_USER, user_row(user, self._db.next_seq()))

    def save(self, user: Doc) -> None:
        """Write back a changed user."""
        self._db.execute(
            "UPDATE users SET slug = ?, doc = ? WHERE id = ?",
            (user["slug"], dumps(user), user["id"]),
        )

    def page(
        self, company_id: str, *, user_type: str | None, limit: int, offset: int
    ) -> tuple[list[Doc], int]:
        """One page of the company's users in creation order, and how many there are."""
        where, params = "company_id = ?", [company_id]
        if user_type:
            where += " AND user_type = ?"
            params.append(user_type)
        total = self._db.one(f"SELECT COUNT(*) FROM users WHERE {where}", params)
        docs = self._db.docs(
            f"SELECT doc FROM users WHERE {where} ORDER BY seq LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return docs, total[0] if total else 0

    def update(self, actor: Actor, user_id: str, body: Doc) -> Doc:
        """PATCH /v4/user/{id}: names and slug; self or admin; company-scoped."""
        user = self.get(user_id, actor.company_id)
        if user_id != actor.user_id and not actor.is_admin:
            raise forbidden("Only admins can update other users")
        fields = {k: body[k] for k in ("givenName", "familyName", "slug") if k in body}
        if not fields:
            raise bad_request(["At least one of givenName, familyName or slug must be provided"])
        check = Checker()
        for key in ("givenName", "familyName"):
            if key in fields:
                check.string(fields[key], key, required=True)
        slug: str | None = None
        if "slug" in fields:
            raw = check.string(fields["slug"], "slug", required=True)
            if raw is not None:
                slug = slugify(raw)
                if len(slug) < 5:
                    check.fail("slug must be at least 5 characters long")
        check.raise_if_any()
        if slug is not None and slug != user["slug"]:
            if self.slug_taken(slug, except_id=user_id):
                raise bad_request("Slug is already taken")
            user["slug"] = slug
        for key in ("givenName", "familyName"):
            if key in fields:
                user[key] = str(fields[key]).strip()
        user["fullName"] = f"{user['givenName']} {user['familyName']}"
        user["updatedAt"] = iso(self._ctx.now())
        self.save(user)
        return user

    def remove(self, user_id: str) -> None:
        """Delete the user with its credentials and page; its meeting types are soft-deleted."""
        self._db.execute("UPDATE meeting_types SET deleted = 1 WHERE user_id = ?", (user_id,))
        self._db.execute("DELETE FROM credentials WHERE user_id = ?", (user_id,))
        self._db.execute("DELETE FROM personal_pages WHERE user_id = ?", (user_id,))
        self._db.execute("DELETE FROM users WHERE id = ?", (user_id,))
