"""The accounts service: validation before sending, cache, audit trail, embed snippets.

The service is awaited by its callers and raises; it never reports on the message bus (the
presenter or the command that awaited it says what happened, once).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from console.api.errors import BadRequest, ServerError
from console.scheduling.schedule import WeeklySchedule
from console.services.accounts import (
    AccountService,
    NewAccount,
    ValidationFailed,
    embed_snippets,
    preset_schedule,
)
from console.store import CachedAccount, Store
from tests.jobs.fakes import FakeClient


@pytest_asyncio.fixture
async def store() -> AsyncIterator[Store]:
    s = Store.open(":memory:")
    yield s
    await s.close()


def _new(**changes: object) -> NewAccount:
    values: dict[str, object] = {
        "email": "jana.schmidt@example.com",
        "given_name": "Jana",
        "family_name": "Schmidt",
        "timezone": "Europe/Berlin",
        "slug": "Jana Schmidt",
    }
    values.update(changes)
    return NewAccount(**values)  # type: ignore[arg-type]


def test_a_complete_form_has_no_problems() -> None:
    assert _new().validate() == {}
    assert _new().normalized_slug == "jana-schmidt"


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"email": "jana@"}, "email", "not a valid e-mail"),
        ({"email": ""}, "email", "missing"),
        ({"given_name": " "}, "given_name", "missing"),
        ({"family_name": ""}, "family_name", "missing"),
        ({"timezone": "Europe/Atlantis"}, "timezone", "not a known time zone"),
        ({"slug": "ab c"}, "slug", "at least 5"),
        ({"slug": "taken-slug", "taken_slugs": frozenset({"taken-slug"})}, "slug", "taken"),
        ({"meeting_type_duration": 4}, "meeting_type_duration", "5 to 480"),
        ({"meeting_type_duration": 481}, "meeting_type_duration", "5 to 480"),
        ({"meeting_type_name": ""}, "meeting_type_name", "missing"),
        ({"availability_preset": "nights"}, "availability", "Unknown preset"),
        ({"custom_schedule": WeeklySchedule.closed()}, "availability", "no working hours"),
        (
            {"custom_schedule": WeeklySchedule.from_hours(["monday"], [("17:00", "09:00")])},
            "availability",
            "ends at or before it starts",
        ),
    ],
)
def test_each_bad_field_gets_a_readable_message(changes, field, text) -> None:
    problems = _new(**changes).validate()
    assert list(problems) == [field]
    assert text in problems[field]


@pytest.mark.asyncio
async def test_an_invalid_form_is_never_sent(store: Store) -> None:
    client = FakeClient()
    service = AccountService(client, store, "Agency")
    with pytest.raises(ValidationFailed) as caught:
        await service.create(_new(email="nope"))
    assert "email" in caught.value.problems
    assert client.create_calls == []


@pytest.mark.asyncio
async def test_creating_an_account_sends_it_caches_it_and_audits_it(store: Store) -> None:
    client = FakeClient()
    service = AccountService(client, store, "Agency")
    created = await service.create(_new(availability_preset="weekdays_8_17"))

    call = client.create_calls[0]
    assert call["slug"] == "jana-schmidt"
    assert call["meeting_type"] == {"name": "30min Meeting", "duration": 30}
    assert call["availability"]["timezone"] == "Europe/Berlin"
    assert call["availability"]["schedule"] == preset_schedule("weekdays_8_17")
    assert call["availability"]["schedule"]["monday"]["hours"] == [
        {"start": "08:00", "end": "17:00"}
    ]
    assert call["availability"]["schedule"]["sunday"]["enabled"] is False

    cached = await service.cached()
    assert [(a.user_id, a.email, a.booking_url) for a in cached] == [
        (created.user_id, "jana.schmidt@example.com", created.booking_url)
    ]
    [entry] = await store.audit.entries("Agency")
    assert entry.action == "create" and entry.before is None
    assert entry.after is not None and entry.after["user_id"] == created.user_id
    assert entry.account_email == "jana.schmidt@example.com"
    assert isinstance(created, CachedAccount) and created == cached[0]


@pytest.mark.asyncio
async def test_refresh_walks_every_page_reports_progress_and_drops_deleted(store: Store) -> None:
    client = FakeClient()
    for i in range(250):
        client.add_user(f"p{i:03d}@example.com", slug=f"person-{i:03d}")
    service = AccountService(client, store, "Agency")
    progress: list[tuple[int, int | None]] = []
    accounts = await service.refresh(lambda loaded, total: progress.append((loaded, total)))
    assert progress == [(100, 250), (200, 250), (250, 250)]
    assert len(accounts) == 250
    assert accounts[0].meeting_type_count == 1 and accounts[0].booking_url

    gone = next(iter(client.accounts))
    del client.accounts[gone]
    accounts = await service.refresh()
    assert len(accounts) == 249 and gone not in {a.user_id for a in accounts}


@pytest.mark.asyncio
async def test_rename_and_slug_change_record_before_and_after(store: Store) -> None:
    client = FakeClient()
    uid = client.add_user("eva@example.com", "Eva", "Alt", slug="eva-alt")
    service = AccountService(client, store, "Agency")
    await service.refresh()

    renamed = await service.rename(uid, "Eva", "Neu")
    assert renamed.family_name == "Neu"
    moved = await service.change_slug(uid, "Eva Neu Beratung")
    assert moved.slug == "eva-neu-beratung"
    cached = await store.accounts.get("Agency", uid)
    assert cached is not None and cached.slug == "eva-neu-beratung"

    slug_entry, rename_entry = await store.audit.entries("Agency")
    assert rename_entry.before is not None and rename_entry.before["family_name"] == "Alt"
    assert rename_entry.after is not None and rename_entry.after["family_name"] == "Neu"
    assert slug_entry.action == "change_slug"
    assert slug_entry.before is not None and slug_entry.before["slug"] == "eva-alt"
    assert slug_entry.after is not None and slug_entry.after["slug"] == "eva-neu-beratung"

    with pytest.raises(ValidationFailed):
        await service.change_slug(uid, "abc")


@pytest.mark.asyncio
async def test_a_refused_change_is_reported_and_nothing_is_audited(store: Store) -> None:
    client = FakeClient()
    uid = client.add_user("eva@example.com", slug="eva-existing")
    client.add_user("max@example.com", slug="max-taken")
    service = AccountService(client, store, "Agency")
    with pytest.raises(BadRequest) as caught:
        await service.change_slug(uid, "max-taken")
    assert caught.value.message == "slug already taken"
    assert await store.audit.entries("Agency") == []


@pytest.mark.asyncio
async def test_a_refused_create_caches_and_audits_nothing(store: Store) -> None:
    client = FakeClient()
    client.create_failures["jana.schmidt@example.com"] = ["5xx"]
    service = AccountService(client, store, "Agency")
    with pytest.raises(ServerError):
        await service.create(_new())
    assert await service.cached() == []
    assert await store.audit.entries("Agency") == []


@pytest.mark.asyncio
async def test_a_custom_evening_until_midnight_is_sent_as_24_00(store: Store) -> None:
    client = FakeClient()
    service = AccountService(client, store, "Agency")
    evenings = WeeklySchedule.from_hours(["monday", "friday"], [("20:00", "00:00")])
    await service.create(_new(custom_schedule=evenings))
    schedule = client.create_calls[0]["availability"]["schedule"]
    assert schedule["monday"] == {"enabled": True, "hours": [{"start": "20:00", "end": "24:00"}]}
    assert schedule["tuesday"] == {"enabled": False, "hours": []}


@pytest.mark.asyncio
async def test_delete_transfers_resources_and_leaves_the_cache(store: Store) -> None:
    client = FakeClient()
    uid = client.add_user("eva@example.com", slug="eva-existing")
    target = client.add_user("boss@example.com", slug="the-boss")
    service = AccountService(client, store, "Agency")
    await service.refresh()
    await service.delete(uid, transfer_to=target)
    assert client.deleted == [(uid, target)]
    assert [a.user_id for a in await service.cached()] == [target]
    [entry] = await store.audit.entries("Agency")
    assert entry.action == "delete" and entry.account_email == "eva@example.com"
    assert entry.after == {"deleted": True, "transfer_to": target}


def test_embed_snippets_use_the_sdk_and_the_embed_parameter() -> None:
    inline, iframe = embed_snippets("https://cal.meetergo.com/jana-schmidt/30min")
    assert (
        '<div class="meetergo-iframe" data-src="https://cal.meetergo.com/jana-schmidt/30min">'
        in inline
    )
    assert '<script src="https://cdn.meetergo.com/v4/integration.js" defer></script>' in inline
    assert 'src="https://cal.meetergo.com/jana-schmidt/30min?embed=true"' in iframe
    _, with_query = embed_snippets("https://cal.test/x?lang=de")
    assert "x?lang=de&amp;embed=true" in with_query


@pytest.mark.asyncio
async def test_refresh_hands_over_each_page_as_soon_as_it_is_cached(store: Store) -> None:
    client = FakeClient()
    for i in range(150):
        client.add_user(f"q{i:03d}@example.com", slug=f"person-{i:03d}")
    service = AccountService(client, store, "Agency")
    pages: list[tuple[int, int, int | None, int]] = []

    def on_page(accounts, loaded, total) -> None:
        # The page is already in the cache when the callback sees it.
        cached_now = len(store_snapshot)
        pages.append((len(accounts), loaded, total, cached_now))

    store_snapshot: list[CachedAccount] = []

    async def snapshot_after_each_page() -> None:
        store_snapshot[:] = await service.cached()

    original = store.accounts.upsert

    async def recording_upsert(*args, **kwargs):
        await original(*args, **kwargs)
        await snapshot_after_each_page()

    store.accounts.upsert = recording_upsert  # type: ignore[method-assign]
    accounts = await service.refresh(on_page=on_page)
    assert [(n, loaded, total) for n, loaded, total, _ in pages] == [
        (100, 100, 150),
        (50, 150, 150),
    ]
    assert [cached_now for *_, cached_now in pages] == [100, 150]
    assert len(accounts) == 150
