"""The /cal booking pages."""

from __future__ import annotations

import pytest

from tests.sandbox.hosts import new_host


@pytest.mark.asyncio
async def test_the_booking_page_lists_free_times(owner):
    await new_host(owner)
    page = await owner.get("/cal/hanna-host/30min-meeting")
    assert page.status_code == 200
    assert '<time datetime="2026-03-02T08:30:00.000Z">' in page.text
    assert (await owner.get("/cal/hanna-host/nope")).status_code == 404
