"""``meetergo-console meeting-types list`` as a user runs it: a real ``sandbox serve``, the key
in the environment, text and ``--json``, and a sentence with exit status 2 for a bad account."""

from __future__ import annotations

import json
from pathlib import Path

from tests.jobs.processes import console, sandbox_serve
from tests.jobs.test_journal_processes import _seed


def test_meeting_types_list_prints_text_and_json_and_refuses_an_unknown_account(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    with sandbox_serve(tmp_path / "sandbox", "--rate-limit", "off") as box:
        [email] = _seed(box.base_url, box.key, 1, "liste")
        args = ("meeting-types", "list", "--account")
        text = console(home, box.base_url, box.key, *args, email.upper())
        out, err = text.communicate(timeout=60)
        assert text.returncode == 0, err
        assert f"Meeting types of {email}:" in out
        assert "Erstberatung — 30 min, buffers 0/0 min" in out
        assert "/cal/" in out

        as_json = console(home, box.base_url, box.key, *args, email, "--json")
        out, err = as_json.communicate(timeout=60)
        assert as_json.returncode == 0, err
        doc = json.loads(out)
        assert doc["account"]["email"] == email
        [mt] = doc["meetingTypes"]
        assert (mt["name"], mt["duration"], mt["enabled"]) == ("Erstberatung", 30, True)
        assert mt["bookingUrl"].endswith("/" + mt["slug"])

        unknown = console(home, box.base_url, box.key, *args, "nobody@kanzlei.example")
        out, err = unknown.communicate(timeout=60)
        assert unknown.returncode == 2
        assert err.strip() == "meeting-types: no such account: nobody@kanzlei.example."
        assert "Traceback" not in err
