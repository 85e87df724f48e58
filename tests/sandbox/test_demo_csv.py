"""The demo spreadsheets in resources/demo fit the demo agency the sandbox seeds."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from console.jobs.csv_import import RowAction, parse_csv

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


async def _existing(owner: httpx.AsyncClient) -> tuple[list[str], list[str]]:
    users = (await owner.get("/v4/user", params={"limit": 100})).json()["users"]
    return [u["email"] for u in users], [u["slug"] for u in users]


@pytest.mark.asyncio
async def test_the_english_demo_csv_has_twenty_rows_and_its_deliberate_mistakes(owner):
    emails, slugs = await _existing(owner)
    preview = parse_csv(
        (DEMO / "onboarding-demo.csv").read_bytes(), existing_emails=emails, existing_slugs=slugs
    )
    assert len(preview.rows) == 20
    by_line = {row.line: row for row in preview.rows}
    bad = {line for line, row in by_line.items() if row.action is RowAction.INVALID}
    assert bad == {12, 13, 14, 15, 17, 19}
    assert by_line[16].action is RowAction.LINK
    assert sum(row.action is RowAction.CREATE for row in preview.rows) == 13


@pytest.mark.asyncio
async def test_the_german_excel_variant_reads_the_same_way(owner):
    emails, slugs = await _existing(owner)
    preview = parse_csv(
        (DEMO / "onboarding-demo-de.csv").read_bytes(),
        existing_emails=emails,
        existing_slugs=slugs,
    )
    assert preview.delimiter == ";"
    assert len(preview.rows) == 10
    actions = [row.action for row in preview.rows]
    assert actions.count(RowAction.INVALID) == 3
    assert actions.count(RowAction.LINK) == 1
    assert preview.rows[-1].family_name == "Weiß"
