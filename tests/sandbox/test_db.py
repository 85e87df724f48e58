"""The state on disk: it survives a restart, and a reset seeds the demo again."""

from __future__ import annotations

from datetime import UTC, datetime

from console.sandbox import SandboxConfig, create_app
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
