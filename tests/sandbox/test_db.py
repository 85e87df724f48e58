"""The state on disk: it survives a restart, and a reset seeds the demo again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.sandbox import SandboxConfig, create_app
from console.sandbox.db import Db
from console.sandbox.state import Actor


def test_state_on_disk_survives_a_restart_and_reset_reseeds(tmp_path):
    fixed = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    config = SandboxConfig(data_dir=tmp_path, now=lambda: fixed)
    first = create_app(config)
    state = first.state.sandbox
    actor = Actor(state.owner_user_id, state.company_id, "api_key", True, False)
    state.create_user(
        actor,
        {"email": "kept@example.com", "givenName": "Kept", "familyName": "Here", "timezone": "UTC"},
    )
    key = state.demo_api_key
    state.close()
    assert (tmp_path / "sandbox.sqlite3-wal").exists() or (tmp_path / "sandbox.sqlite3").exists()
    second = create_app(config)
    again = second.state.sandbox
    assert again.demo_api_key == key
    assert again.db.one("SELECT COUNT(*) FROM users WHERE email = 'kept@example.com'") == (1,)
    assert again.db.one("SELECT COUNT(*) FROM users") == (26,)
    again.close()
    third = create_app(SandboxConfig(data_dir=tmp_path, now=lambda: fixed, reset=True))
    fresh = third.state.sandbox
    assert fresh.db.one("SELECT COUNT(*) FROM users") == (25,)
    assert fresh.demo_api_key == key
    mode = fresh.db.one("PRAGMA journal_mode")
    assert mode == ("wal",)
    fresh.close()


def test_every_data_folder_gets_its_own_demo_key_and_keeps_it(tmp_path):
    fixed = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    states = []
    for name in ("one", "two"):
        state = create_app(SandboxConfig(data_dir=tmp_path / name, now=lambda: fixed)).state
        states.append(state.sandbox)
    memory = create_app(SandboxConfig(now=lambda: fixed)).state.sandbox
    try:
        keys = [s.demo_api_key for s in (*states, memory)]
        assert len(set(keys)) == 3
        pats = [s.demo_pat for s in (*states, memory)]
        assert len(set(pats)) == 3
        # The seeded key works, and a restart on the same folder keeps it.
        assert states[0].authenticate(f"Bearer {keys[0]}", None, need_header=False)
        states[0].close()
        again = create_app(SandboxConfig(data_dir=tmp_path / "one", now=lambda: fixed))
        assert again.state.sandbox.demo_api_key == keys[0]
        again.state.sandbox.close()
    finally:
        states[1].close()
        memory.close()


def test_a_failure_inside_nested_transaction_blocks_writes_nothing():
    db = Db(None)
    try:
        with pytest.raises(RuntimeError), db.transaction():
            db.set_meta("outer", "1")
            with db.transaction():
                db.set_meta("inner", "2")
            raise RuntimeError("refused half-way")
        assert db.get_meta("outer") is None and db.get_meta("inner") is None
        with db.transaction(), db.transaction():
            db.set_meta("kept", "3")
        assert db.get_meta("kept") == "3"
    finally:
        db.close()
