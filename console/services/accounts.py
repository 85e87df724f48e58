"""The accounts service: the fleet of client accounts of one connection — no Qt.

Services are the layer between the presenters (and headless commands) and the client, the store
and the domain rules: a service validates with :mod:`console.domain`, calls the client, writes the
cache and the audit trail, and returns the records its caller shows. A service awaited by its
caller *raises* (:class:`ValidationFailed`, :class:`~console.api.errors.ApiError`) and says
nothing on the message bus, so the caller reports the failure once, in the user's language;
only background work (the jobs) reports to the bus.
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from console.domain.accounts import (
    duration_problem,
    email_problem,
    family_name_missing,
    given_name_missing,
    meeting_type_name_problem,
    normalize_slug,
    schedule_problem,
    slug_problem,
    slug_taken,
    timezone_problem,
    unknown_preset,
)
from console.domain.problems import Problem
from console.scheduling.schedule import PRESETS, WeeklySchedule
from console.store import CachedAccount, Store, UnitOfWork, audit_entry

if TYPE_CHECKING:
    from console.api import CreatedUser, User, UserPage

EMBED_SCRIPT = "https://cdn.meetergo.com/v4/integration.js"
PUBLIC_BOOKING_HOST = "https://cal.meetergo.com"

AVAILABILITY_PRESETS = PRESETS
"""Preset keys the form offers (labels in ``console.scheduling.schedule.PRESET_LABELS``)."""

ProgressCallback = Callable[[int, int | None], None]
# ``on_page(accounts_of_this_page, loaded_so_far, total)``: called as each page is cached.
PageCallback = Callable[[list[CachedAccount], int, int | None], None]


class UsersApi(Protocol):
    """What the service uses of ``MeetergoClient.users`` (``console.api.client.Users``)."""

    def pages(
        self, *, page_size: int = ..., user_type: str | None = ...
    ) -> AsyncIterator[UserPage]: ...

    async def create(
        self,
        *,
        email: str,
        given_name: str,
        family_name: str,
        timezone: str,
        slug: str | None = ...,
        availability: Mapping[str, Any] | None = ...,
        meeting_type: Mapping[str, Any] | None = ...,
    ) -> CreatedUser: ...

    async def update(
        self,
        user_id: str,
        *,
        given_name: str | None = ...,
        family_name: str | None = ...,
        slug: str | None = ...,
    ) -> User: ...

    async def delete(self, user_id: str, *, transfer_to: str | None = ...) -> None: ...


class AccountsClient(Protocol):
    """What the service uses of a ``MeetergoClient``: its ``users`` resource."""

    @property
    def users(self) -> UsersApi: ...


def preset_schedule(name: str) -> dict[str, Any]:
    """The weekday-object wire schedule of a preset."""
    return PRESETS[name].to_wire()


class ValidationFailed(ValueError):
    """A form was sent with problems; ``problems`` maps field name → message."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = dict(problems)


@dataclass
class NewAccount:
    """What the new-account form collects. ``validate()`` gives field → message for inline hints.

    Field names (the keys of ``validate()``): email, given_name, family_name, timezone, slug,
    meeting_type_name, meeting_type_duration, availability. ``custom_schedule`` (weekly hours
    the form built) wins over ``availability_preset``; with neither, meetergo's default hours
    apply.
    """

    email: str
    given_name: str
    family_name: str
    timezone: str
    slug: str = ""
    meeting_type_name: str = "30min Meeting"
    meeting_type_duration: int = 30
    availability_preset: str | None = "weekdays_9_17"
    custom_schedule: WeeklySchedule | None = None
    taken_slugs: frozenset[str] = field(default_factory=frozenset, compare=False, repr=False)

    @property
    def normalized_slug(self) -> str | None:
        """The slug as it will be sent (None → meetergo derives one from the name)."""
        return normalize_slug(self.slug) or None

    def validate(self) -> dict[str, Problem]:
        """Field → readable problem; empty when the account can be sent."""
        problems: dict[str, Problem] = {}
        if p := email_problem(self.email):
            problems["email"] = p
        if not self.given_name.strip():
            problems["given_name"] = given_name_missing()
        if not self.family_name.strip():
            problems["family_name"] = family_name_missing()
        if p := timezone_problem(self.timezone):
            problems["timezone"] = p
        if self.slug.strip():
            if p := slug_problem(self.slug):
                problems["slug"] = p
            elif self.normalized_slug in self.taken_slugs:
                problems["slug"] = slug_taken(self.normalized_slug or "")
        if p := meeting_type_name_problem(self.meeting_type_name):
            problems["meeting_type_name"] = p
        if p := duration_problem(self.meeting_type_duration):
            problems["meeting_type_duration"] = p
        if self.custom_schedule is not None:
            if p := schedule_problem(self.custom_schedule):
                problems["availability"] = p
        elif self.availability_preset is not None:
            if self.availability_preset not in AVAILABILITY_PRESETS:
                problems["availability"] = unknown_preset(self.availability_preset)
        return problems

    def schedule(self) -> WeeklySchedule | None:
        """The weekly hours to send (None → meetergo's default hours)."""
        if self.custom_schedule is not None:
            return self.custom_schedule
        if self.availability_preset is not None:
            return PRESETS[self.availability_preset]
        return None

    def availability(self) -> dict[str, Any] | None:
        """The ``availability`` body for ``users.create`` (None → meetergo's default hours)."""
        schedule = self.schedule()
        if schedule is None:
            return None
        return {
            "name": "Working hours",
            "timezone": self.timezone.strip(),
            "schedule": schedule.to_wire(),
        }

    def meeting_type(self) -> dict[str, Any]:
        """The ``meetingType`` body for ``users.create``."""
        return {"name": self.meeting_type_name.strip(), "duration": self.meeting_type_duration}


def account_from_user(user: User, fetched_at: datetime | None = None) -> CachedAccount:
    """A cache row from an API user object (raw JSON kept as the API sent it)."""
    return CachedAccount(
        user_id=user.id,
        email=user.email or "",
        given_name=user.given_name or "",
        family_name=user.family_name or "",
        slug=user.slug,
        timezone=user.timezone,
        meeting_type_count=len(user.meeting_type_ids),
        booking_url=user.booking_url,
        created_at=user.created_at,
        fetched_at=fetched_at or datetime.now(UTC),
        raw=user.model_dump(mode="json", by_alias=True),
    )


def _snapshot(account: CachedAccount | None) -> dict[str, Any] | None:
    if account is None:
        return None
    return {
        "email": account.email,
        "given_name": account.given_name,
        "family_name": account.family_name,
        "slug": account.slug,
        "timezone": account.timezone,
    }


def booking_url(account: CachedAccount) -> str | None:
    """The account's public booking page (from the API, else built from the slug)."""
    if account.booking_url:
        return account.booking_url
    if account.slug:
        return f"{PUBLIC_BOOKING_HOST}/{account.slug}"
    return None


def embed_snippets(url: str) -> tuple[str, str]:
    """(inline SDK snippet, plain iframe) for a booking URL, ready to paste into a website."""
    safe = html.escape(url, quote=True)
    inline = (
        f'<div class="meetergo-iframe" data-src="{safe}"></div>\n'
        f'<script src="{EMBED_SCRIPT}" defer></script>'
    )
    joiner = "&" if "?" in url else "?"
    iframe_src = html.escape(f"{url}{joiner}embed=true", quote=True)
    iframe = (
        f'<iframe src="{iframe_src}" width="100%" height="700" frameborder="0" '
        f'style="border:0" title="Book an appointment"></iframe>'
    )
    return inline, iframe


class AccountService:
    """Accounts of one connection: cached list, refresh, create, rename, change slug, delete.

    Every method is awaited by its caller and raises on failure (see the module docstring); each
    change returns the cached record as the list now shows it.
    """

    def __init__(self, client: AccountsClient, store: Store, connection_name: str) -> None:
        self.client = client
        self.store = store
        self.connection = connection_name

    async def cached(self) -> list[CachedAccount]:
        """The accounts as last fetched (instant, from SQLite)."""
        return await self.store.accounts.load(self.connection)

    async def refresh(
        self,
        on_progress: ProgressCallback | None = None,
        *,
        on_page: PageCallback | None = None,
    ) -> list[CachedAccount]:
        """Fetch every user page by page, updating the cache as each page lands.

        ``on_progress(loaded, total)`` reports counts; ``on_page(accounts, loaded, total)`` hands
        over each page's accounts right after they were cached, so a table can fill while the
        walk goes on. Accounts gone from the server are dropped from the cache (and are missing
        from the returned list) once the walk completes. An :class:`ApiError` propagates; the
        pages cached before it stay.
        """
        seen: list[CachedAccount] = []
        async for page in self.client.users.pages():
            now = datetime.now(UTC)
            accounts = [account_from_user(u, now) for u in page.users]
            seen.extend(accounts)
            await self.store.accounts.upsert(self.connection, accounts)
            if on_page is not None:
                on_page(accounts, len(seen), page.total)
            if on_progress is not None:
                on_progress(len(seen), page.total)
        await self.store.accounts.upsert(self.connection, seen, replace_all=True)
        return await self.cached()

    async def create(self, new: NewAccount) -> CachedAccount:
        """Validate, send, cache and audit a new account; returns its cached record.

        Raises :class:`ValidationFailed` before sending, an :class:`ApiError` when the server
        refuses (nothing is cached or audited then).
        """
        problems = new.validate()
        if problems:
            raise ValidationFailed(problems)
        email = new.email.strip()
        created = await self.client.users.create(
            email=email,
            given_name=new.given_name.strip(),
            family_name=new.family_name.strip(),
            timezone=new.timezone.strip(),
            slug=new.normalized_slug,
            availability=new.availability(),
            meeting_type=new.meeting_type(),
        )
        now = datetime.now(UTC)
        account = CachedAccount(
            user_id=created.user_id,
            email=email,
            given_name=new.given_name.strip(),
            family_name=new.family_name.strip(),
            slug=new.normalized_slug,
            timezone=new.timezone.strip(),
            meeting_type_count=1 if created.meeting_type_id else 0,
            booking_url=created.booking_url,
            created_at=now,
            fetched_at=now,
            raw=created.model_dump(mode="json", by_alias=True),
        )
        after = _snapshot(account) or {}
        after.update(user_id=created.user_id, booking_url=created.booking_url)
        async with self.store.unit_of_work() as uow:
            uow.accounts.upsert(self.connection, [account])
            self._audit(uow, "create", account, None, after)
        return account

    async def rename(self, user_id: str, given_name: str, family_name: str) -> CachedAccount:
        """Change an account's names; returns the updated record."""
        problems: dict[str, str] = {}
        if not given_name.strip():
            problems["given_name"] = given_name_missing()
        if not family_name.strip():
            problems["family_name"] = family_name_missing()
        if problems:
            raise ValidationFailed(problems)
        return await self._update(
            "rename", user_id, given_name=given_name.strip(), family_name=family_name.strip()
        )

    async def change_slug(self, user_id: str, slug: str) -> CachedAccount:
        """Change an account's slug (normalised; old booking links stop working)."""
        if p := slug_problem(slug):
            raise ValidationFailed({"slug": p})
        return await self._update("change_slug", user_id, slug=normalize_slug(slug))

    async def delete(self, user_id: str, transfer_to: str | None = None) -> None:
        """Delete an account; ``transfer_to`` receives its meeting types and other resources."""
        before = await self._current(user_id)
        await self.client.users.delete(user_id, transfer_to=transfer_to)
        after = {"deleted": True, "transfer_to": transfer_to}
        async with self.store.unit_of_work() as uow:
            uow.accounts.delete(self.connection, user_id)
            self._audit(uow, "delete", before, _snapshot(before), after, user_id=user_id)

    async def _update(self, action: str, user_id: str, **changes: str) -> CachedAccount:
        before = await self._current(user_id)
        user = await self.client.users.update(user_id, **changes)
        account = account_from_user(user)
        async with self.store.unit_of_work() as uow:
            uow.accounts.upsert(self.connection, [account])
            self._audit(uow, action, account, _snapshot(before), _snapshot(account))
        return account

    async def _current(self, user_id: str) -> CachedAccount | None:
        return await self.store.accounts.get(self.connection, user_id)

    def _audit(
        self,
        uow: UnitOfWork,
        action: str,
        account: CachedAccount | None,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        *,
        user_id: str | None = None,
    ) -> None:
        """Stage the audit entry of a change with the cache write it belongs to."""
        uow.audit.record(
            audit_entry(
                self.connection,
                action,
                account_id=account.user_id if account else user_id,
                account_email=account.email if account else None,
                before=before,
                after=after,
            )
        )

    booking_url = staticmethod(booking_url)
    embed_snippets = staticmethod(embed_snippets)
