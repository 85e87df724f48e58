"""``relay`` refuses what it cannot run with a sentence and exit status 2, never a traceback."""

from __future__ import annotations

import pytest

from console import cli


def _run(*argv: str) -> int:
    return cli.run(cli.build_parser().parse_args(list(argv)))


@pytest.mark.parametrize("verb", ["serve", "listen"])
def test_the_relay_needs_a_shared_store(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("relay", verb) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert f"relay {verb} needs a shared store: give --store postgresql+psycopg://" in err


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--port", "70000"], "--port must be between 0 and 65535"),
        (["--poll-interval", "0"], "--poll-interval must be positive"),
        (["--public-url", "relay.example"], "--public-url must start with https://"),
    ],
)
def test_bad_serve_options_are_named(
    argv: list[str], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("relay", "serve", *argv) == cli.EXIT_USAGE
    assert problem in capsys.readouterr().err


def test_a_relay_without_the_key_says_where_to_put_it(
    postgres_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEETERGO_API_KEY", raising=False)
    argv = ["relay", "serve", "--store", postgres_url, "--base-url", "http://127.0.0.1:1"]
    assert _run(*argv) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("relay serve: --base-url needs the API key in the MEETERGO_API_KEY")
