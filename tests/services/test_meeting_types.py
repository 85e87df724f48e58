"""The meeting-types service against the in-process sandbox: changed fields only, read-back,
what the server did not keep, the server's message on the field, delete's shared hours."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from console.api import MeetergoClient
from console.api.errors import BadRequest
from console.api.models import MeetingType
from console.domain.meeting_types import meeting_type_problems
from console.services.accounts import ValidationFailed
from console.services.meeting_types import (
    MeetingTypeService,
    SharedAvailability,
    field_problems,
    record_of,
)
from console.store import Store
from tests.jobs.sandbox_helpers import sandbox_client

Setup = tuple[MeetingTypeService, str, MeetergoClient]


@pytest_asyncio.fixture
async def setup() -> AsyncIterator[Setup]:
    store = Store.open(":memory:")
    async with sandbox_client() as client:
        user = await client.users.create(
            email="jana@kanzlei.example",
            given_name="Jana",
            family_name="Schmidt",
            timezone="Europe/Berlin",
            meeting_type={"name": "Erstberatung", "duration": 30},
        )
        yield MeetingTypeService(client, store, "sandbox"), user.user_id, client
    await store.close()


def test_rules_name_the_field_with_the_documented_range() -> None:
    problems = meeting_type_problems(
        {
            "duration": 4,
            "buffer_after": 121,
            "timeslot_interval": 61,
            "slug": "Erst Beratung",
            "channel": "custom",
            "custom_channel_link": "",
        }
    )
    assert problems["duration"] == "Must be 5 to 480."
    assert problems["buffer_after"] == "Must be 0 to 120."
    assert problems["timeslot_interval"] == "Must be 5 to 60."
    assert "lower-case" in problems["slug"]
    assert "link" in problems["custom_channel_link"]
    clash = meeting_type_problems({"slug": "beratung"}, taken_slugs={"beratung"})
    assert "beratung" in clash["slug"]
    assert meeting_type_problems({"duration": 45, "slug": "erst-beratung"}) == {}


@pytest.mark.asyncio
async def test_save_sends_changes_and_reads_back(setup: Setup) -> None:
    service, user_id, _client = setup
    [mt] = await service.list(user_id)
    result = await service.update(mt, {**mt.values, "duration": 45, "buffer_after": 10})
    assert result.not_kept == {}
    again = await service.get(user_id, mt.id)
    assert (again.values["duration"], again.values["buffer_after"]) == (45, 10)
    assert again.values["name"] == "Erstberatung"
    entries = await service.store.audit.entries("sandbox")
    assert entries[0].action == "update_meeting_type"


@pytest.mark.asyncio
async def test_invalid_values_are_refused_before_sending(setup: Setup) -> None:
    service, user_id, _client = setup
    [mt] = await service.list(user_id)
    with pytest.raises(ValidationFailed) as caught:
        await service.update(mt, {"duration": 500})
    assert set(caught.value.problems) == {"duration"}
    assert (await service.get(user_id, mt.id)).values["duration"] == 30


@pytest.mark.asyncio
async def test_the_servers_message_lands_on_its_field(setup: Setup) -> None:
    service, user_id, client = setup
    [mt] = await service.list(user_id)
    with pytest.raises(BadRequest) as caught:
        await client.acting_as(user_id).meeting_types.update(mt.id, spots=500)
    assert "spots" in field_problems(caught.value)


@pytest.mark.asyncio
async def test_delete_with_shared_hours_names_the_others(setup: Setup) -> None:
    service, user_id, _client = setup
    [mt] = await service.list(user_id)
    copy = (await service.duplicate(mt, "Mandatsgespräch")).record
    assert copy.values["duration"] == 30 and copy.slug != mt.slug
    if copy.values["availability_id"] != mt.values["availability_id"]:
        await service.update(copy, {"availability_id": mt.values["availability_id"]})
    with pytest.raises(SharedAvailability) as caught:
        await service.delete(mt, delete_availability=True)
    assert [slug for _id, slug in caught.value.shared_with] == [copy.slug]
    await service.delete(mt)  # the documented choice: keep the hours for the others
    assert [r.id for r in await service.list(user_id)] == [copy.id]


class _DroppingMeetingTypes:
    """A server that answers PATCH but silently keeps its old ``customChannelName``, as
    meetergo has been documented to drop some fields (fact sheet §8, §19)."""

    def __init__(self) -> None:
        self.doc: dict[str, object] = {
            "id": "mt-1",
            "slug": "erstberatung",
            "meetingInfo": {"name": "Erstberatung", "duration": 30, "channel": "phone"},
        }
        self.bodies: list[dict[str, object]] = []

    async def update(self, meeting_type_id: str, *, extra: dict[str, object]) -> MeetingType:
        self.bodies.append(extra)
        info = dict(extra.get("meetingInfo") or {})  # type: ignore[call-overload]
        info.pop("customChannelName", None)
        merged = {**self.doc["meetingInfo"], **info}  # type: ignore[dict-item]
        self.doc = {**self.doc, "meetingInfo": merged}
        return MeetingType.model_validate(self.doc)

    async def get(self, meeting_type_id: str) -> MeetingType:
        return MeetingType.model_validate(self.doc)


class _Acting:
    def __init__(self, mts: _DroppingMeetingTypes) -> None:
        self.meeting_types = mts


class _Client:
    def __init__(self) -> None:
        self.mts = _DroppingMeetingTypes()

    def acting_as(self, user_id: str) -> _Acting:
        return _Acting(self.mts)


@pytest.mark.asyncio
async def test_a_field_the_server_did_not_keep_is_named_and_only_changes_are_sent() -> None:
    store = Store.open(":memory:")
    client = _Client()
    service = MeetingTypeService(client, store, "fake")  # type: ignore[arg-type]
    record = record_of(MeetingType.model_validate(client.mts.doc), "u-1")
    result = await service.update(
        record, {**record.values, "duration": 45, "custom_channel_name": "Kanzlei-Telefon"}
    )
    assert client.mts.bodies == [
        {"meetingInfo": {"duration": 45, "customChannelName": "Kanzlei-Telefon"}}
    ]
    assert result.not_kept == {"custom_channel_name": "Kanzlei-Telefon"}
    assert result.record.values["duration"] == 45
    await store.close()
