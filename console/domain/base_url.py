"""The base URL of a connection: checked and normalised before anything is saved or sent.

A base URL is a server's address: ``https://`` host and optional port, nothing else. The client
adds ``/v4`` (and the host-root webhook routes) itself, so:

* a trailing ``/v4`` — as the API reference writes its addresses — is dropped
  (``https://api.meetergo.com/v4/`` → ``https://api.meetergo.com``), as are trailing slashes;
* any other path is refused: joined with the routes it would address neither the API nor the
  webhooks, and the console cannot guess what was meant;
* no scheme, another scheme than http(s), a user name or password (the key has its own field),
  a query or fragment, spaces, or a port out of range are refused;
* ``require_tls`` (when a connection is saved or given on the command line) also refuses plain
  ``http://`` for any host but this computer, since the key would travel unencrypted.

Each refusal is an :class:`InvalidBaseUrl` whose ``problem`` is a translatable sentence.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import SplitResult, urlsplit

from console.domain.problems import QT_TRANSLATE_NOOP, Problem

__all__ = ["API_PREFIX", "InvalidBaseUrl", "is_loopback_host", "normalize_base_url"]

API_PREFIX = "/v4"
EXAMPLE = "https://api.meetergo.com"

# The context is written out: pyside6-lupdate reads only literal strings.
EMPTY = QT_TRANSLATE_NOOP("Problems", "Enter the base URL, e.g. {example}.")
SPACES = QT_TRANSLATE_NOOP("Problems", "The base URL must not contain spaces.")
NO_SCHEME = QT_TRANSLATE_NOOP("Problems", "The base URL {url!r} has no scheme; write {suggestion}.")
SCHEME = QT_TRANSLATE_NOOP(
    "Problems", "The base URL must start with https:// (or http:// on this computer)."
)
CREDENTIALS = QT_TRANSLATE_NOOP(
    "Problems", "The base URL must not contain a user name or password; the key has its own field."
)
NO_HOST = QT_TRANSLATE_NOOP("Problems", "The base URL {url!r} names no server.")
PORT = QT_TRANSLATE_NOOP("Problems", "The base URL {url!r} has an invalid port.")
QUERY = QT_TRANSLATE_NOOP(
    "Problems", "The base URL must not contain a query (?…) or a fragment (#…)."
)
PATH = QT_TRANSLATE_NOOP(
    "Problems", "The base URL takes no path (the console adds /v4 itself): use {suggestion}."
)
PLAIN_HTTP = QT_TRANSLATE_NOOP(
    "Problems",
    "The base URL must use https://; http:// sends the key unencrypted (this computer only).",
)


class InvalidBaseUrl(ValueError):
    """A base URL that cannot be used; ``problem`` says why, in a translatable sentence."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (this computer)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(text: str, *, require_tls: bool = False) -> str:
    """``text`` as the base URL the client joins its routes to, or :class:`InvalidBaseUrl`."""
    url = text.strip()
    if not url:
        raise InvalidBaseUrl(Problem(EMPTY, example=EXAMPLE))
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InvalidBaseUrl(Problem(SPACES))
    if "://" not in url:
        host = urlsplit(f"//{url}").hostname or ""
        scheme = "http" if is_loopback_host(host) else "https"
        raise InvalidBaseUrl(Problem(NO_SCHEME, url=url, suggestion=f"{scheme}://{url}"))
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidBaseUrl(Problem(SCHEME))
    if "@" in parts.netloc:
        raise InvalidBaseUrl(Problem(CREDENTIALS))
    host = parts.hostname or ""
    if not host:
        raise InvalidBaseUrl(Problem(NO_HOST, url=url))
    port = _port(parts, url)
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise InvalidBaseUrl(Problem(QUERY))
    netloc = parts.netloc.lower() if port is None else f"{_host_text(host)}:{port}"
    path = parts.path.rstrip("/")
    if path.lower() == API_PREFIX:
        path = ""
    if path:
        raise InvalidBaseUrl(Problem(PATH, suggestion=f"{scheme}://{netloc}"))
    if require_tls and scheme == "http" and not is_loopback_host(host):
        raise InvalidBaseUrl(Problem(PLAIN_HTTP))
    return f"{scheme}://{netloc}"


def _port(parts: SplitResult, url: str) -> int | None:
    try:
        port = parts.port
    except ValueError:
        raise InvalidBaseUrl(Problem(PORT, url=url)) from None
    if port == 0 or parts.netloc.endswith(":"):
        raise InvalidBaseUrl(Problem(PORT, url=url))
    return port


def _host_text(host: str) -> str:
    return f"[{host}]" if ":" in host else host.lower()
