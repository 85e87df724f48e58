"""The branding service against the in-process sandbox: only changed fields, read back, kept."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import pytest_asyncio

from console.api import MeetergoClient
from console.api.errors import ApiError
from console.api.models import PersonalPage
from console.api.resources.personal_pages import PersonalPages
from console.services.accounts import ValidationFailed
from console.services.branding import BrandingService, branding_changes
from console.store import Store
from tests.jobs.sandbox_helpers import sandbox_client

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def client() -> AsyncIterator[MeetergoClient]:
    async with sandbox_client() as c:
        yield c


@pytest_asyncio.fixture
async def store() -> AsyncIterator[Store]:
    s = Store.open(":memory:")
    yield s
    await s.close()


async def _some_user(client: MeetergoClient) -> str:
    async for user in client.users.list():
        if user.email and "demo-agentur" in user.email:
            return user.id
    raise AssertionError("the demo has professionals")


async def test_save_sends_only_changed_fields_and_reads_back(
    client: MeetergoClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = BrandingService(client, store, "demo")
    user_id = await _some_user(client)
    before = await service.get(user_id)
    assert before.value("headerTitle")  # the demo's pages carry a header title
    sent: list[dict[str, Any]] = []
    update = PersonalPages.update

    async def spy(self: PersonalPages, **kw: Any) -> PersonalPage:
        sent.append(dict(kw["extra"]))
        return await update(self, **kw)

    monkeypatch.setattr(PersonalPages, "update", spy)
    edited = dict(before.fields, primaryColor="#06c", headerSubtitle="Pick a time")
    after = await service.update(before, edited)
    assert sent == [{"primaryColor": "#0066cc", "headerSubtitle": "Pick a time"}]
    assert after.value("primaryColor") == "#0066cc"
    assert after.value("headerSubtitle") == "Pick a time"
    assert after.value("headerTitle") == before.value("headerTitle")
    again = await BrandingService(client, store, "demo").get(user_id)
    assert again.fields == after.fields
    (entry,) = await store.audit.entries()
    assert entry.action == "branding" and entry.account_id == user_id
    assert entry.after == {"primaryColor": "#0066cc", "headerSubtitle": "Pick a time"}


async def test_unknown_online_profiles_survive_an_edit(
    client: MeetergoClient, store: Store
) -> None:
    service = BrandingService(client, store, "demo")
    user_id = await _some_user(client)
    await client.acting_as(user_id).personal_pages.update(
        online_profiles={"facebook": "https://facebook.com/x", "xing": "old"}
    )
    before = await service.get(user_id)
    after = await service.update(
        before, {"onlineProfiles": {"xing": "https://xing.com/new", "phone": "+49 30 1"}}
    )
    assert after.value("onlineProfiles") == {
        "facebook": "https://facebook.com/x",
        "xing": "https://xing.com/new",
        "phone": "+49 30 1",
    }


async def test_bad_colour_is_refused_before_sending(client: MeetergoClient, store: Store) -> None:
    service = BrandingService(client, store, "demo")
    user_id = await _some_user(client)
    before = await service.get(user_id)
    with pytest.raises(ValidationFailed) as failed:
        await service.update(before, {"primaryColor": "#12"})
    assert "'#12' is not a hex colour" in failed.value.problems["primaryColor"]
    assert (await service.get(user_id)).fields == before.fields


async def test_nothing_changed_sends_nothing(client: MeetergoClient, store: Store) -> None:
    service = BrandingService(client, store, "demo")
    before = await service.get(await _some_user(client))
    assert await service.update(before, before.fields) is before
    assert (
        branding_changes(before.page, {"primaryColor": before.value("primaryColor").upper()}) == {}
    )


async def test_server_refusal_raises_and_changes_nothing(
    client: MeetergoClient, store: Store
) -> None:
    service = BrandingService(client, store, "demo")
    user_id = await _some_user(client)
    before = await service.get(user_id)
    with pytest.raises(ApiError):
        await service.update(before, {"showAllMeetingTypes": "yes"})  # wrong type: 400
    assert (await service.get(user_id)).fields == before.fields


async def test_slots_of_the_first_meeting_type(client: MeetergoClient, store: Store) -> None:
    service = BrandingService(client, store, "demo")
    user_id = await _some_user(client)
    page = await service.get(user_id)
    first = page.meeting_types[0]["id"]
    today = datetime.now(UTC).date()
    starts = await service.slots(user_id, first, today, today + timedelta(days=14))
    assert starts and all(s.tzinfo is not None for s in starts)
    json.dumps(page.page)  # the page as read is plain JSON (a kit exports it)
