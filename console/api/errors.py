"""Errors raised by the meetergo client.

The whole contract at a glance::

    ApiError                         anything the client raises on purpose
    ├── ApiConnectionError           no usable answer: refused, reset, dropped after sending
    │   └── ApiTimeoutError          connect/read/write/pool timeout
    ├── MalformedResponse            a success answer the models cannot read (wrong shape/types)
    └── ApiStatusError               the server answered with a status >= 400
        ├── BadRequest               400 validation (message may be a list, joined with "; ")
        ├── AuthenticationError      401 missing, unknown or expired credential
        ├── PermissionDenied         403 not allowed for this credential / acting user
        │   └── ActingUserRefused    refused BEFORE sending: a PAT may only act as its owner
        ├── NotFound                 404
        ├── LimitReached             406 e.g. the 7th webhook
        ├── Conflict                 409 slug taken, availability shared
        ├── RateLimited              429, carries ``retry_after`` (seconds or None)
        └── ServerError              5xx

Every error carries ``method`` and ``url`` (and ``status_code`` for status errors) so a log line
or a dialog can say what failed. No error ever holds the credential, nor anything that holds it:
the client passes the request line, never headers; the ``__cause__`` of a connection error is a
copy of the httpx error with its message only (the original holds the request and its
``Authorization`` header), there is no ``__context__``, and a key that a server quoted back in
its answer is replaced by ``<redacted>`` in ``body`` and ``message``.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ActingUserRefused",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequest",
    "Conflict",
    "LimitReached",
    "MalformedResponse",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "ServerError",
    "error_for_status",
    "message_from_body",
]


class ApiError(Exception):
    """Base class of every error the client raises.

    Attributes:
        message: readable text (the server's message for status errors).
        method: HTTP method of the request, e.g. ``"PATCH"``.
        url: the request URL (never contains the credential).
        status_code: the HTTP status, or ``None`` when there was no answer.
    """

    status_code: int | None = None

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url

    def __str__(self) -> str:
        where = f"{self.method} {self.url}".strip()
        status = f" → {self.status_code}" if self.status_code is not None else ""
        prefix = f"{where}{status}: " if where or status else ""
        return f"{prefix}{self.message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(method={self.method!r}, url={self.url!r}, "
            f"status_code={self.status_code!r}, message={self.message!r})"
        )


class ApiConnectionError(ApiError):
    """No usable answer: connection refused or reset, or dropped after the request was sent.

    For a POST the server may or may not have processed the request; callers must reconcile
    (e.g. look a user up by e-mail) before sending it again.
    """


class ApiTimeoutError(ApiConnectionError):
    """The connect, read, write or pool timeout expired."""


class MalformedResponse(ApiError):
    """The server answered with success, but the answer is not what the API documents.

    Raised instead of the models' own ``pydantic.ValidationError`` so that it stays inside the
    error tree. ``status_code`` is the (successful) status that came back, ``message`` a short
    reason naming the first field that could not be read; the body itself is not kept, since it
    may hold other people's data.
    """

    def __init__(self, message: str, *, status_code: int, method: str = "", url: str = "") -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code


class ApiStatusError(ApiError):
    """The server answered with an error status.

    Attributes:
        status_code: the HTTP status.
        body: the decoded JSON body (or ``None``), useful for fields like ``sharedWith`` on 409.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str = "",
        url: str = "",
        body: Any = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.body = body


class BadRequest(ApiStatusError):
    """400: validation failed or a required header is missing."""


class AuthenticationError(ApiStatusError):
    """401: the credential is missing, unknown or expired — check the connection's key."""


class PermissionDenied(ApiStatusError):
    """403: the credential may not do this (or may not act as that user)."""


class ActingUserRefused(PermissionDenied):
    """Refused BEFORE sending: a personal access token may act only as its own user.

    meetergo answers 403 when a PAT names another user in ``x-meetergo-api-user-id``; the client
    does not even try, and raises this (a :class:`PermissionDenied` with status 403) instead.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message, status_code=403, method=method, url=url)


class NotFound(ApiStatusError):
    """404: no such object in this company."""


class LimitReached(ApiStatusError):
    """406: a documented limit is reached (e.g. at most 6 webhooks per company)."""


class Conflict(ApiStatusError):
    """409: the change conflicts with existing data (slug taken, availability shared)."""


class RateLimited(ApiStatusError):
    """429: too many requests. ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 429,
        method: str = "",
        url: str = "",
        body: Any = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, method=method, url=url, body=body)
        self.retry_after = retry_after


class ServerError(ApiStatusError):
    """5xx: the server failed; idempotent requests were already retried."""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequest,
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    406: LimitReached,
    409: Conflict,
    429: RateLimited,
}


def message_from_body(body: Any, fallback: str) -> str:
    """Return the server's message: a string as is, a list of strings joined with ``"; "``."""
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, list):
            parts = [str(part) for part in message if str(part)]
            if parts:
                return "; ".join(parts)
        elif isinstance(message, str) and message:
            return message
        error = body.get("error")
        if isinstance(error, str) and error:
            return error
    elif isinstance(body, str) and body.strip():
        return body.strip()[:500]
    return fallback


def error_for_status(
    status_code: int,
    *,
    method: str,
    url: str,
    body: Any,
    reason: str = "",
    retry_after: float | None = None,
) -> ApiStatusError:
    """Build the error class documented for ``status_code`` with the server's message."""
    message = message_from_body(body, reason or f"HTTP {status_code}")
    if status_code == 429:
        return RateLimited(message, method=method, url=url, body=body, retry_after=retry_after)
    cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = ServerError if status_code >= 500 else ApiStatusError
    return cls(message, status_code=status_code, method=method, url=url, body=body)
