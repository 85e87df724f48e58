"""Where the webhook receiver listens and how meetergo reaches it: checked before it is used.

The receiver binds ``host:port`` on this computer. meetergo can only deliver to an address on
the internet, so a machine behind a router needs a tunnel or reverse proxy whose public
``https://`` address forwards to that port; the console then registers
``<public URL>/hooks/<token>`` as its webhook. Hence:

* the public URL is optional (without it the feed polls only, except on the sandbox); when
  given it is ``https://`` (plain ``http://`` only for this computer), with no user name,
  password, query or fragment; a path is kept (a proxy that forwards a sub-path);
* the host is an address or a name to bind, without scheme, port or spaces;
* the port is 0–65535 (0: any free port) — but a tunnel forwards to one fixed port, so with a
  public URL it must be a real one.

Each refusal is an :class:`InvalidReceiverSettings` whose ``problem`` is a translatable sentence.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from console.domain.base_url import is_loopback_host
from console.domain.problems import QT_TRANSLATE_NOOP, Problem

__all__ = ["DEFAULT_HOST", "InvalidReceiverSettings", "ReceiverSettings", "check_receiver"]

DEFAULT_HOST = "127.0.0.1"

URL_SPACES = QT_TRANSLATE_NOOP("Problems", "The public URL must not contain spaces.")
URL_SCHEME = QT_TRANSLATE_NOOP(
    "Problems", "The public URL must start with https:// (http:// only on this computer)."
)
URL_HOST = QT_TRANSLATE_NOOP("Problems", "The public URL {url!r} names no server.")
URL_CREDENTIALS = QT_TRANSLATE_NOOP(
    "Problems", "The public URL must not contain a user name or password."
)
URL_QUERY = QT_TRANSLATE_NOOP(
    "Problems", "The public URL must not contain a query (?…) or a fragment (#…)."
)
URL_PORT = QT_TRANSLATE_NOOP("Problems", "The public URL {url!r} has an invalid port.")
HOST_EMPTY = QT_TRANSLATE_NOOP(
    "Problems", "Enter the address the receiver listens on, e.g. {example}."
)
HOST_FORM = QT_TRANSLATE_NOOP(
    "Problems", "{host!r} is not an address of this computer (no scheme, port or spaces)."
)
PORT_RANGE = QT_TRANSLATE_NOOP("Problems", "The receiver's port must be a number from 0 to 65535.")
PORT_FIXED = QT_TRANSLATE_NOOP(
    "Problems", "A tunnel forwards to one fixed port: choose a port (e.g. 8765), not 0."
)

_NAME = re.compile(
    r"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"
)


def _bindable(host: str) -> bool:
    """An IP address (IPv6 with or without brackets) or a host name."""
    try:
        ipaddress.ip_address(host.removeprefix("[").removesuffix("]"))
    except ValueError:
        return bool(_NAME.match(host))
    return True


class InvalidReceiverSettings(ValueError):
    """Receiver settings that cannot be used; ``problem`` says why, in a translatable sentence."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class ReceiverSettings:
    """Checked receiver settings: bind ``host:port``; register ``public_url`` (None: none)."""

    public_url: str | None = None
    host: str = DEFAULT_HOST
    port: int = 0

    def webhook_url(self, receiver_path: str) -> str | None:
        """The URL meetergo posts to: the public URL with the receiver's path added."""
        if self.public_url is None:
            return None
        return self.public_url.rstrip("/") + receiver_path


def check_receiver(public_url: str, host: str, port: int | str) -> ReceiverSettings:
    """The settings as entered, checked; :class:`InvalidReceiverSettings` names a problem."""
    url = _public_url(public_url.strip())
    bind = host.strip()
    if not bind:
        raise InvalidReceiverSettings(Problem(HOST_EMPTY, example=DEFAULT_HOST))
    if not _bindable(bind):
        raise InvalidReceiverSettings(Problem(HOST_FORM, host=bind))
    try:
        number = int(str(port).strip())
    except ValueError:
        raise InvalidReceiverSettings(Problem(PORT_RANGE)) from None
    if not 0 <= number <= 65535:
        raise InvalidReceiverSettings(Problem(PORT_RANGE))
    if url is not None and number == 0:
        raise InvalidReceiverSettings(Problem(PORT_FIXED))
    return ReceiverSettings(url, bind, number)


def _public_url(text: str) -> str | None:
    if not text:
        return None
    if any(ch.isspace() for ch in text):
        raise InvalidReceiverSettings(Problem(URL_SPACES))
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or "://" not in text:
        raise InvalidReceiverSettings(Problem(URL_SCHEME))
    if "@" in parts.netloc:
        raise InvalidReceiverSettings(Problem(URL_CREDENTIALS))
    server = parts.hostname or ""
    if not server:
        raise InvalidReceiverSettings(Problem(URL_HOST, url=text))
    try:
        _ = parts.port
    except ValueError:
        raise InvalidReceiverSettings(Problem(URL_PORT, url=text)) from None
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise InvalidReceiverSettings(Problem(URL_QUERY))
    if scheme == "http" and not is_loopback_host(server):
        raise InvalidReceiverSettings(Problem(URL_SCHEME))
    return text.rstrip("/")
