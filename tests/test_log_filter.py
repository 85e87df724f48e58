"""The log file's filter hides keys, personal tokens and Bearer values, and nothing else."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from console.app import _NoSecrets, redact

API_KEY = "ak_live:0b6f3c1e-1111-4c2d-9e8f-000000000001:s3cr3tpart"
PAT = "rgo-AbC123_personal.token"


@pytest.fixture
def log_text() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoSecrets())
    logger = logging.getLogger("tests.log_filter")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"key {API_KEY} refused", "key ak_live:<redacted> refused"),
        (f"token={PAT}, retrying", "token=rgo-<redacted>, retrying"),
        (f"Authorization: Bearer {API_KEY}", "Authorization: Bearer <redacted>"),
        (f"'Authorization': 'Bearer {PAT}'", "'Authorization': 'Bearer <redacted>'"),
        ("authorization: bearer some.jwt.value", "authorization: bearer <redacted>"),
        (f"({PAT})", "(rgo-<redacted>)"),
    ],
)
def test_keys_tokens_and_bearer_values_are_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "meetergo-console 0.1 starting (language de)",
        "User-Agent: meetergo-console/0.1.0",
        "see https://docs.meetergo.com/ergo-guide and the cargo-cult section",
        "logs in ~/.local/state/meetergo-console/logs",
        "Bearer",
        "the bearer token was refused",
    ],
)
def test_text_without_a_key_is_left_as_it_is(text):
    assert redact(text) == text


def test_the_filter_scrubs_message_arguments_and_the_traceback(log_text):
    logger, stream = log_text
    logger.info("starting meetergo-console with %s", API_KEY)
    try:
        raise ValueError(f"bad header Bearer {PAT}")
    except ValueError:
        logger.exception("request failed for %s", "meetergo-console")
    text = stream.getvalue()
    assert "s3cr3tpart" not in text and "personal.token" not in text
    assert "starting meetergo-console with ak_live:<redacted>" in text
    assert "request failed for meetergo-console" in text
    assert "ValueError: bad header Bearer <redacted>" in text
