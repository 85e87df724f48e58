"""A persisted demo stays alive: restarting weeks later tops up future appointments."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.sandbox import SandboxConfig, create_app
from console.sandbox.seed import TOP_UP_DAYS
from tests.sandbox.conftest import NOW, client_for, shutdown

LATER = NOW + timedelta(days=45)


def _open(data_dir: Path, when: datetime) -> Any:
    return create_app(SandboxConfig(data_dir=data_dir, now=lambda: when, rate_limit=False, seed=1))


def _future(app: Any, when: datetime, host: str | None = None) -> list[tuple[str, str, str]]:
    sql = "SELECT id, host_id, start FROM appointments WHERE cancelled = 0 AND start >= ?"
    args: list[str] = [when.isoformat().replace("+00:00", "Z")]
    if host is not None:
        sql += " AND host_id = ?"
        args.append(host)
    rows = app.state.sandbox.db.all(sql + " ORDER BY start, id", args)
    return [(r[0], r[1], r[2]) for r in rows]


async def _slots(client: Any, mt: str, host: str, day: str) -> list[str]:
    response = await client.get(
        "/v4/booking-availability",
        params={"meetingTypeId": mt, "start": day, "end": day, "hostIds": host},
    )
    return [s["startTime"] for d in response.json()["dates"] for s in d["spots"]]


@pytest.mark.asyncio
async def test_a_restart_weeks_later_fills_the_next_weeks_and_spares_the_operators_users(
    tmp_path: Path,
):
    first = _open(tmp_path, NOW)
    try:
        async with client_for(first, first.state.sandbox.demo_api_key) as owner:
            created = await owner.post(
                "/v4/user",
                json={
                    "email": "operator.made@example.com",
                    "givenName": "Olga",
                    "familyName": "Operator",
                    "timezone": "Europe/Berlin",
                },
            )
            mine = created.json()["userId"]
        assert _future(first, LATER) == []  # the seed reaches three weeks ahead only
    finally:
        await shutdown(first)

    later = _open(tmp_path, LATER)
    try:
        future = _future(later, LATER)
        hosts = {host for _, host, _ in future}
        assert len(future) > 100 and len(hosts) >= 20
        assert mine not in hosts
        newest = max(datetime.fromisoformat(start) for _, _, start in future)
        assert newest > LATER + timedelta(days=TOP_UP_DAYS - 4)
        assert newest <= LATER + timedelta(days=TOP_UP_DAYS)
        async with client_for(later, later.state.sandbox.demo_api_key) as owner:
            listed = await owner.get(
                "/v4/appointment/paginated",
                params={"page": 0, "pageSize": 100, "start": LATER.date().isoformat()},
            )
            assert listed.json()["total"] >= len(future)
            # Each topped-up appointment sits where its type's hours allow: cancelling it frees
            # a start the booking-availability route then offers again.
            for appt_id, host, start in future[5 :: len(future) // 6]:
                appt = (await owner.get(f"/v4/appointment/{appt_id}")).json()
                day = datetime.fromisoformat(start).date().isoformat()
                assert start not in await _slots(owner, appt["meetingTypeId"], host, day)
                await owner.post(f"/v4/appointment/{appt_id}/cancel", json={"reason": "test"})
                assert start in await _slots(owner, appt["meetingTypeId"], host, day)
    finally:
        await shutdown(later)


@pytest.mark.asyncio
async def test_top_up_is_deterministic_and_happens_once_per_stale_calendar(tmp_path: Path):
    results = []
    for name in ("a", "b"):
        folder = tmp_path / name
        await shutdown(_open(folder, NOW))
        app = _open(folder, LATER)
        results.append(_future(app, LATER))
        await shutdown(app)
    assert results[0] == results[1] and results[0]
    again = _open(tmp_path / "a", LATER + timedelta(hours=2))
    try:
        assert _future(again, LATER) == results[0]  # still fresh: nothing added twice
    finally:
        await shutdown(again)


@pytest.mark.asyncio
async def test_a_fresh_seed_is_not_topped_up_on_its_next_start(tmp_path: Path):
    await shutdown(_open(tmp_path, NOW))
    app = _open(tmp_path, NOW + timedelta(days=1))
    try:
        assert app.state.sandbox.db.get_meta("topped_up_at") is None
    finally:
        await shutdown(app)
