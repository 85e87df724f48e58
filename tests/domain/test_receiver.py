"""The receiver's settings: a public https:// URL a tunnel exposes, a bind address, a port."""

from __future__ import annotations

import pytest

from console.domain.receiver import InvalidReceiverSettings, ReceiverSettings, check_receiver


def test_good_settings_are_kept_and_the_webhook_url_gets_the_receivers_path():
    settings = check_receiver(" https://hooks.example-tunnel.app/ ", "127.0.0.1", "8765")
    assert settings == ReceiverSettings("https://hooks.example-tunnel.app", "127.0.0.1", 8765)
    assert settings.webhook_url("/hooks/abc") == "https://hooks.example-tunnel.app/hooks/abc"
    proxied = check_receiver("https://agency.example/meetergo", "0.0.0.0", 9000)
    assert proxied.webhook_url("/hooks/abc") == "https://agency.example/meetergo/hooks/abc"
    # No public URL: polling only, and any free port will do.
    assert check_receiver("", "localhost", 0) == ReceiverSettings(None, "localhost", 0)
    assert ReceiverSettings().webhook_url("/hooks/abc") is None
    assert check_receiver("http://localhost:9000", "::1", 9000).public_url == (
        "http://localhost:9000"
    )


@pytest.mark.parametrize(
    ("url", "host", "port", "says"),
    [
        ("hooks.example.app", "127.0.0.1", 8765, "must start with https://"),
        ("http://hooks.example.app", "127.0.0.1", 8765, "must start with https://"),
        ("https://me:pw@hooks.example.app", "127.0.0.1", 8765, "user name or password"),
        ("https://hooks.example.app/?a=1", "127.0.0.1", 8765, "query"),
        ("https://hooks .example.app", "127.0.0.1", 8765, "spaces"),
        ("https://", "127.0.0.1", 8765, "names no server"),
        ("https://hooks.example.app:99999", "127.0.0.1", 8765, "invalid port"),
        ("", "", 8765, "Enter the address the receiver listens on, e.g. 127.0.0.1."),
        ("", "http://127.0.0.1", 8765, "is not an address of this computer"),
        ("", "127.0.0.1:80", 8765, "is not an address of this computer"),
        ("", "127.0.0.1", 70000, "a number from 0 to 65535"),
        ("", "127.0.0.1", "eighty", "a number from 0 to 65535"),
        ("https://hooks.example.app", "127.0.0.1", 0, "one fixed port"),
    ],
)
def test_unusable_settings_are_refused_with_a_sentence(url, host, port, says):
    with pytest.raises(InvalidReceiverSettings) as caught:
        check_receiver(url, host, port)
    assert says in str(caught.value)
    assert caught.value.problem.template  # translatable
