"""Where the store lives: --store, the environment, the saved setting; the password never saved."""

from __future__ import annotations

import asyncio
import json

import pytest

from console import cli, paths
from console.store import Store, location
from tests.conftest import MemoryKeyring


@pytest.fixture(autouse=True)
def no_override() -> object:
    yield None
    location.use(None)


def test_a_saved_url_keeps_its_password_in_the_keyring_only(memory_keyring: MemoryKeyring) -> None:
    saved = location.save("postgresql://alice:s3cret@db.example:5433/team")
    assert saved is not None and saved.shared
    text = (paths.config_dir() / location.SETTINGS_FILE).read_text(encoding="utf-8")
    assert "s3cret" not in text
    assert json.loads(text) == {"url": "postgresql+psycopg://alice@db.example:5433/team"}
    assert memory_keyring.store == {
        (location.KEYRING_SERVICE, "postgresql+psycopg://alice@db.example:5433/team"): "s3cret"
    }
    configured = location.configured()
    assert configured is not None and configured.display == saved.display
    assert location.connect_url(configured).password == "s3cret"
    location.save(None)
    assert location.configured() is None


def test_the_command_line_wins_over_the_environment_and_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    location.save("postgresql+psycopg://saved@h/db")
    monkeypatch.setenv(location.ENV_STORE, "postgresql+psycopg://env@h/db")
    assert str(location.configured().url) == "postgresql+psycopg://env@h/db"  # type: ignore[union-attr]
    location.use("postgresql+psycopg://cli@h/db")
    assert str(location.configured().url) == "postgresql+psycopg://cli@h/db"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("mysql://a@h/db", "not 'mysql'"),
        ("postgresql://a@h", "names no database"),
        ("postgresql://a@h:notaport/db", "not a database URL"),
        ("  ", "empty"),
    ],
)
def test_a_store_url_that_cannot_be_used_is_named(text: str, problem: str) -> None:
    with pytest.raises(location.InvalidStoreUrl, match=problem):
        location.parse(text)


def test_the_configured_store_is_the_one_every_session_opens(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(location.ENV_STORE, store_url)
    store = Store.open()
    try:
        assert store.shared is store_url.startswith("postgresql")
        assert not (paths.data_dir() / "console.sqlite3").exists()
    finally:
        asyncio.run(store.close())


def _run(*argv: str) -> int:
    return cli.run(cli.build_parser().parse_args(list(argv)))


def test_store_commands_exit_with_a_sentence_never_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run("store", "show", "--store", "mysql://a@h/db") == cli.EXIT_USAGE
    assert "store: --store: the store can be a SQLite file or a PostgreSQL database" in (
        capsys.readouterr().err
    )
    unreachable = "postgresql+psycopg://team@127.0.0.1:1/console"
    assert _run("store", "show", "--store", unreachable) == cli.EXIT_INCOMPLETE
    err = capsys.readouterr().err
    assert (
        err.startswith(f"store: cannot open the store at {unreachable}") and "Traceback" not in err
    )


def test_store_set_opens_and_saves_the_store_then_every_command_uses_it(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("store", "set", store_url) == cli.EXIT_OK
    assert "The console now uses" in capsys.readouterr().out
    location.use(None)
    assert _run("store", "show", "--json") == cli.EXIT_OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["shared"] is store_url.startswith("postgresql")
    assert shown["revision"] is not None
    assert _run("store", "clear") == cli.EXIT_OK
    capsys.readouterr()
    assert _run("store", "show", "--json") == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)["shared"] is False


def test_a_password_in_the_environment_is_used_without_a_keyring(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())  # a container: no keyring at all
    monkeypatch.setenv(location.ENV_STORE, "postgresql://relay:pw-from-env@db/team")
    where = location.configured()
    assert where is not None and "pw-from-env" not in where.display
    assert location.connect_url(where).password == "pw-from-env"
