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


def test_meeting_types_set_create_missing_plans_creates_applies_them_and_refuses_bad_input(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    with sandbox_serve(tmp_path / "sandbox", "--rate-limit", "off") as box:
        emails = _seed(box.base_url, box.key, 2, "neu")
        args = ("meeting-types", "set", "--accounts", ",".join(emails), "--match", "folgetermin")
        sets = ("--set", "duration=45", "--set", "bufferAfter=10")

        skipped = console(home, box.base_url, box.key, *args, *sets, "--dry-run", "--json")
        out, err = skipped.communicate(timeout=60)
        assert skipped.returncode == 0, err
        assert {op["status"] for op in json.loads(out)["operations"]} == {"skipped"}

        dry = console(
            home, box.base_url, box.key, *args, *sets, "--create-missing", "--dry-run", "--json"
        )
        out, err = dry.communicate(timeout=60)
        assert dry.returncode == 0, err
        ops = json.loads(out)["operations"]
        assert [op["status"] for op in ops] == ["pending", "pending"]
        assert {op["request"]["method"] for op in ops} == {"POST"}
        assert ops[0]["request"]["body"]["meetingInfo"]["duration"] == 45

        text = console(home, box.base_url, box.key, *args, *sets, "--create-missing", "--dry-run")
        out, err = text.communicate(timeout=60)
        assert text.returncode == 0, err
        assert "folgetermin" in out and "Traceback" not in err

        apply = console(home, box.base_url, box.key, *args, *sets, "--create-missing", "--json")
        out, err = apply.communicate(timeout=120)
        assert apply.returncode == 0, err
        assert json.loads(out)["counts"]["done"] == 2
        listing = console(
            home, box.base_url, box.key, "meeting-types", "list", "--account", emails[0], "--json"
        )
        out, err = listing.communicate(timeout=60)
        assert listing.returncode == 0, err
        made = [mt for mt in json.loads(out)["meetingTypes"] if mt["slug"] == "folgetermin"]
        assert [(mt["duration"], mt["buffer_after"]) for mt in made] == [(45, 10)]

        again = console(home, box.base_url, box.key, *args, *sets, "--create-missing", "--json")
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err
        assert json.loads(out)["counts"].get("unchanged") == 2  # matched now, not made twice

        bad = console(
            home, box.base_url, box.key, *args, "--set", "duration=999", "--create-missing"
        )
        out, err = bad.communicate(timeout=60)
        assert bad.returncode == 2
        assert err.strip() == "meeting-types: duration must be between 5 and 480, not 999."
        assert "Traceback" not in err
