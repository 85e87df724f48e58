"""Base URLs: the server's address, normalised; everything else refused with a sentence."""

from __future__ import annotations

import pytest

from console.domain.base_url import InvalidBaseUrl, normalize_base_url
from console.domain.problems import Problem


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.meetergo.com", "https://api.meetergo.com"),
        ("  https://api.meetergo.com/  ", "https://api.meetergo.com"),
        ("https://api.meetergo.com/v4", "https://api.meetergo.com"),
        ("https://api.meetergo.com/V4/", "https://api.meetergo.com"),
        ("HTTPS://API.Meetergo.com", "https://api.meetergo.com"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://localhost:8000/v4", "http://localhost:8000"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("https://proxy.example:8443", "https://proxy.example:8443"),
    ],
)
def test_a_server_address_is_normalised(given, expected):
    assert normalize_base_url(given, require_tls=True) == expected


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("", "Enter the base URL"),
        ("api.meetergo.com", "write https://api.meetergo.com"),
        ("localhost:8000", "write http://localhost:8000"),
        ("https://api.meetergo .com", "spaces"),
        ("ftp://api.meetergo.com", "https://"),
        ("https://me:secret@api.meetergo.com", "user name or password"),
        ("https://", "names no server"),
        ("https://api.meetergo.com:0", "invalid port"),
        ("https://api.meetergo.com:70000", "invalid port"),
        ("https://api.meetergo.com/#x", "fragment"),
        ("https://api.meetergo.com/v4/user", "use https://api.meetergo.com"),
        ("https://api.meetergo.com/meetergo/v4", "takes no path"),
    ],
)
def test_anything_else_is_refused_with_a_translatable_sentence(given, says):
    with pytest.raises(InvalidBaseUrl) as caught:
        normalize_base_url(given)
    assert says in str(caught.value)
    assert isinstance(caught.value.problem, Problem)


def test_plain_http_is_refused_for_other_hosts_only_where_a_key_is_given():
    assert normalize_base_url("http://sandbox.test") == "http://sandbox.test"
    with pytest.raises(InvalidBaseUrl, match="unencrypted"):
        normalize_base_url("http://sandbox.test", require_tls=True)
