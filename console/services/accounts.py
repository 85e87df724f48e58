"""The accounts service: the fleet of client accounts of one connection — no Qt.

Presenters call it; it talks to the meetergo client, keeps the SQLite cache current, records
every change in the audit trail and reports outcomes on the message bus. API errors are
reported on the bus *and* re-raised, so a form can keep what the user typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from console.api.errors import ApiError
from console.messages import MessageBus
from console.scheduling.schedule import PRESETS, WEEKDAYS, ScheduleError, WeeklySchedule
from console.services.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    duration_problem,
    email_problem,
    family_name_missing,
    given_name_missing,
    normalize_slug,
    slug_problem,
    timezone_problem,
)
from console.store import CachedAccount, Store, UnitOfWork, audit_entry

if TYPE_CHECKING:
    from console.api import CreatedUser, MeetergoClient, User

EMBED_SCRIPT = "https://cdn.meetergo.com/v4/integration.js"
PUBLIC_BOOKING_HOST = "https://cal.meetergo.com"

AVAILABILITY_PRESETS = PRESETS
"""Preset keys the form offers (labels in ``console.scheduling.schedule.PRESET_LABELS``)."""

ProgressCallback = Callable[[int, int | None], None]
# ``on_page(accounts_of_this_page, loaded_so_far, total)``: called as each page is cached.
PageCallback = Callable[[list[CachedAccount], int, int | None], None]


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
    meeting_type_name, meeting_type_duration, availability.
    """

    email: str
    given_name: str
    family_name: str
    timezone: str
    slug: str = ""
    meeting_type_name: str = "30min Meeting"
    meeting_type_duration: int = 30
    availability_preset: str | None = "weekdays_9_17"
    custom_schedule: dict[str, Any] | None = None
    taken_slugs: frozenset[str] = field(default_factory=frozenset, compare=False, repr=False)

    @property
    def normalized_slug(self) -> str | None:
        """The slug as it will be sent (None → meetergo derives one from the name)."""
        return normalize_slug(self.slug) or None

    def validate(self) -> dict[str, str]:
        """Field → readable problem; empty when the account can be sent."""
        problems: dict[str, str] = {}
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
                problems["slug"] = Problem(
                    QT_TRANSLATE_NOOP("Problems", "Slug {slug!r} is already taken."),
                    slug=self.normalized_slug,
                )
        if self.meeting_type_name is not None and not self.meeting_type_name.strip():
            problems["meeting_type_name"] = Problem(
                QT_TRANSLATE_NOOP("Problems", "Meeting type name is missing.")
            )
        if p := duration_problem(self.meeting_type_duration):
            problems["meeting_type_duration"] = p
        if self.custom_schedule is None and self.availability_preset is not None:
            if self.availability_preset not in AVAILABILITY_PRESETS:
                problems["availability"] = Problem(
                    QT_TRANSLATE_NOOP("Problems", "Unknown preset {preset!r}."),
                    preset=self.availability_preset,
                )
        elif self.custom_schedule is not None:
            if p := schedule_problem(self.custom_schedule):
                problems["availability"] = p
        return problems

    def availability(self) -> dict[str, Any] | None:
        """The ``availability`` body for ``users.create`` (None → meetergo's default hours)."""
        if self.custom_schedule is not None:
            schedule = self.custom_schedule
        elif self.availability_preset is not None:
            schedule = preset_schedule(self.availability_preset)
        else:
            return None
        return {"name": "Working hours", "timezone": self.timezone.strip(), "schedule": schedule}

    def meeting_type(self) -> dict[str, Any]:
        """The ``meetingType`` body for ``users.create``."""
        return {"name": self.meeting_type_name.strip(), "duration": self.meeting_type_duration}


def schedule_problem(raw: Any) -> str | None:
    """Why a custom weekly schedule (either wire format) cannot be sent, or None."""
    try:
        schedule = WeeklySchedule.from_wire(raw)
    except ScheduleError as exc:
        return str(exc)
    problems = schedule.problems()
    if problems:
        return "; ".join(problems)
    if not any(schedule.to_wire()[day].get("hours") for day in WEEKDAYS):
        return Problem(QT_TRANSLATE_NOOP("Problems", "The schedule has no working hours."))
    return None


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
    """Accounts of one connection: cached list, refresh, create, rename, change slug, delete."""

    def __init__(
        self, client: MeetergoClient, store: Store, connection_name: str, bus: MessageBus
    ) -> None:
        self.client = client
        self.store = store
        self.connection = connection_name
        self.bus = bus

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
        from the returned list) once the walk completes.
        """
        seen: list[CachedAccount] = []
        try:
            async for page in self.client.users.pages():
                now = datetime.now(UTC)
                accounts = [account_from_user(u, now) for u in page.users]
                seen.extend(accounts)
                await self.store.accounts.upsert(self.connection, accounts)
                if on_page is not None:
                    on_page(accounts, len(seen), page.total)
                if on_progress is not None:
                    on_progress(len(seen), page.total)
        except ApiError as exc:
            self.bus.error(f"Could not load the accounts of {self.connection}: {exc.message}", exc)
            raise
        await self.store.accounts.upsert(self.connection, seen, replace_all=True)
        return await self.cached()

    async def create(self, new: NewAccount) -> CreatedUser:
        """Validate, then create the account; raises :class:`ValidationFailed` before sending."""
        problems = new.validate()
        if problems:
            raise ValidationFailed(problems)
        email = new.email.strip()
        try:
            created = await self.client.users.create(
                email=email,
                given_name=new.given_name.strip(),
                family_name=new.family_name.strip(),
                timezone=new.timezone.strip(),
                slug=new.normalized_slug,
                availability=new.availability(),
                meeting_type=new.meeting_type(),
            )
        except ApiError as exc:
            self.bus.error(f"Could not create {email}: {exc.message}", exc)
            raise
        account = CachedAccount(
            user_id=created.user_id,
            email=email,
            given_name=new.given_name.strip(),
            family_name=new.family_name.strip(),
            slug=new.normalized_slug,
            timezone=new.timezone.strip(),
            meeting_type_count=1 if created.meeting_type_id else 0,
            booking_url=created.booking_url,
            created_at=datetime.now(UTC),
            fetched_at=datetime.now(UTC),
            raw=created.model_dump(mode="json", by_alias=True),
        )
        after = _snapshot(account) or {}
        after.update(user_id=created.user_id, booking_url=created.booking_url)
        async with self.store.unit_of_work() as uow:
            uow.accounts.upsert(self.connection, [account])
            self._audit(uow, "create", account, None, after)
        self.bus.info(f"Created {email}.")
        return created

    async def rename(self, user_id: str, given_name: str, family_name: str) -> CachedAccount:
        """Change an account's names."""
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
        try:
            await self.client.users.delete(user_id, transfer_to=transfer_to)
        except ApiError as exc:
            self.bus.error(f"Could not delete {_label(before, user_id)}: {exc.message}", exc)
            raise
        after = {"deleted": True, "transfer_to": transfer_to}
        async with self.store.unit_of_work() as uow:
            uow.accounts.delete(self.connection, user_id)
            self._audit(uow, "delete", before, _snapshot(before), after, user_id=user_id)
        self.bus.info(f"Deleted {_label(before, user_id)}.")

    async def _update(self, action: str, user_id: str, **changes: str) -> CachedAccount:
        before = await self._current(user_id)
        try:
            user = await self.client.users.update(user_id, **changes)
        except ApiError as exc:
            self.bus.error(f"Could not update {_label(before, user_id)}: {exc.message}", exc)
            raise
        account = account_from_user(user)
        async with self.store.unit_of_work() as uow:
            uow.accounts.upsert(self.connection, [account])
            self._audit(uow, action, account, _snapshot(before), _snapshot(account))
        self.bus.info(f"Updated {account.email or user_id}.")
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


def _label(account: CachedAccount | None, user_id: str) -> str:
    return account.email if account and account.email else user_id
