"""``meetergo-console branding apply KIT.json`` against a real ``sandbox serve`` process."""

from __future__ import annotations

import json
from pathlib import Path

from console.store.brand_kits import BrandKit
from tests.jobs.processes import console, sandbox_serve

KIT = BrandKit(
    "Kanzlei Muster",
    {"useCustomColors": True, "primaryColor": "#2e4a3f", "headerTitle": "Kanzlei Muster"},
)


def _run(home: Path, base_url: str, key: str, *args: str) -> tuple[int, str, str]:
    child = console(home, base_url, key, "branding", "apply", *args)
    out, err = child.communicate(timeout=120)
    return child.returncode, out, err


def test_a_kit_file_is_planned_applied_and_bad_input_named(tmp_path: Path) -> None:
    kit_file = tmp_path / "kit.json"
    kit_file.write_text(KIT.to_json(), encoding="utf-8")
    home = tmp_path / "home"
    with sandbox_serve(tmp_path / "data") as box:
        code, out, err = _run(home, box.base_url, box.key, str(kit_file), "--all", "--dry-run")
        assert code == 0, err
        assert 'primaryColor: "#0a7cff" -> "#2e4a3f"' in out
        code, out, err = _run(
            home, box.base_url, box.key, str(kit_file), "--all", "--dry-run", "--json"
        )
        plan = json.loads(out)
        three = [op["account_id"] for op in plan["operations"][:3]]
        assert plan["counts"]["pending"] == len(plan["operations"]) > 3

        code, out, err = _run(
            home, box.base_url, box.key, str(kit_file), "--accounts", ",".join(three), "--json"
        )
        assert code == 0, err
        done = json.loads(out)
        assert done["state"] == "done" and done["counts"]["done"] == 3
        # Again: every page already matches, nothing is sent.
        code, out, err = _run(
            home, box.base_url, box.key, str(kit_file), "--accounts", ",".join(three)
        )
        assert code == 0 and "0 done" in out + err and "3 unchanged" in err + out

        broken = tmp_path / "broken.json"
        broken.write_text("{", encoding="utf-8")
        bad_colour = tmp_path / "bad.json"
        bad_colour.write_text(json.dumps({"name": "K", "fields": {"primaryColor": "#12"}}))
        for args, sentence in [
            ((str(tmp_path / "nope.json"), "--all"), "cannot read"),
            ((str(broken), "--all"), "not a brand kit file: invalid JSON"),
            ((str(bad_colour), "--all"), "'#12' is not a hex colour"),
            ((str(kit_file), "--accounts", "nobody@x.example"), "no such account"),
            ((str(kit_file),), "--accounts A,B,… or --all"),
        ]:
            code, out, err = _run(home, box.base_url, box.key, *args)
            assert code == 2, (args, err)
            assert sentence in err and "Traceback" not in err


def _drift(home: Path, base_url: str, key: str, *args: str) -> tuple[int, str, str]:
    child = console(home, base_url, key, "branding", "drift", *args)
    out, err = child.communicate(timeout=120)
    return child.returncode, out, err


def test_drift_lists_the_accounts_whose_page_left_their_kit(tmp_path: Path) -> None:
    import httpx

    kit_file = tmp_path / "kit.json"
    kit_file.write_text(KIT.to_json(), encoding="utf-8")
    home = tmp_path / "home"
    with sandbox_serve(tmp_path / "data") as box:
        code, out, err = _drift(home, box.base_url, box.key)
        assert code == 0, err
        assert "No account got a brand kit" in out
        code, out, err = _run(
            home, box.base_url, box.key, str(kit_file), "--all", "--dry-run", "--json"
        )
        plan = json.loads(out)
        three = [(op["account_id"], op["account"]) for op in plan["operations"][:3]]
        code, out, err = _run(
            home, box.base_url, box.key, str(kit_file), "--accounts", ",".join(a for a, _ in three)
        )
        assert code == 0, err
        code, out, err = _drift(home, box.base_url, box.key)
        assert code == 0 and out == "0 of 3 accounts with a kit no longer match it.\n", err

        # One professional changes their title on the server.
        changed_id, changed_label = three[1]
        answer = httpx.patch(
            f"{box.base_url}/v4/personal-page/me",
            json={"headerTitle": "Eigene Kanzlei"},
            headers={"Authorization": f"Bearer {box.key}", "x-meetergo-api-user-id": changed_id},
        )
        assert answer.status_code == 200, answer.text
        code, out, err = _drift(home, box.base_url, box.key)
        assert code == 0, err
        assert out == (
            f"{changed_label}  kit Kanzlei Muster  differs in headerTitle\n"
            "1 of 3 accounts with a kit no longer match it.\n"
        )
        code, out, err = _drift(home, box.base_url, box.key, "--json")
        doc = json.loads(out)
        assert doc["checked"] == 3
        assert doc["accounts"] == [
            {
                "account": changed_label,
                "account_id": changed_id,
                "kit": "Kanzlei Muster",
                "status": "drifted",
                "fields": ["headerTitle"],
            }
        ]
        code, out, err = _drift(home, box.base_url, box.key, "--accounts", three[0][1])
        assert code == 0 and out == "0 of 1 accounts with a kit no longer match it.\n"

        code, out, err = _drift(home, box.base_url, box.key, "--accounts", "nobody@x.example")
        assert code == 2 and "branding: no such account: nobody@x.example." in err
        assert "Traceback" not in err


def test_accounts_health_names_a_page_that_left_its_kit(tmp_path: Path) -> None:
    import httpx

    kit_file = tmp_path / "kit.json"
    kit_file.write_text(KIT.to_json(), encoding="utf-8")
    home = tmp_path / "home"
    with sandbox_serve(tmp_path / "data") as box:
        code, out, err = _run(
            home, box.base_url, box.key, str(kit_file), "--all", "--dry-run", "--json"
        )
        two = [op["account_id"] for op in json.loads(out)["operations"][:2]]
        code, out, err = _run(
            home, box.base_url, box.key, str(kit_file), "--accounts", ",".join(two)
        )
        assert code == 0, err
        answer = httpx.patch(
            f"{box.base_url}/v4/personal-page/me",
            json={"headerTitle": "Eigene Kanzlei"},
            headers={"Authorization": f"Bearer {box.key}", "x-meetergo-api-user-id": two[0]},
        )
        assert answer.status_code == 200, answer.text

        child = console(
            home, box.base_url, box.key, "accounts", "health", "--accounts", ",".join(two),
            "--refresh", "--json",
        )  # fmt: skip
        out, err = child.communicate(timeout=120)
        doc = json.loads(out)
        by_id = {a["accountId"]: a for a in doc["accounts"]}
        assert by_id[two[0]]["kitDrift"] == ["headerTitle"]
        assert "kit_drift" in by_id[two[0]]["problems"]
        assert by_id[two[1]]["kitDrift"] == []
        assert "kit_drift" not in by_id[two[1]]["problems"]
