"""The platform's NestJS-style error bodies: ``{statusCode, message, error}``."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any


class ApiError(Exception):
    """Raised by a route; rendered as ``{statusCode, message, error}`` with ``status``."""

    def __init__(
        self,
        status: int,
        message: str | list[str],
        *,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message if isinstance(message, str) else "; ".join(message))
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        """The JSON body the platform sends for this error."""
        body: dict[str, Any] = {
            "statusCode": self.status,
            "message": self.message,
            "error": reason(self.status),
        }
        body.update(self.extra)
        return body


def reason(status: int) -> str:
    """HTTP reason phrase, as NestJS puts it into ``error``."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def bad_request(message: str | list[str]) -> ApiError:
    """400 with a validation message (a list when several fields are wrong)."""
    return ApiError(400, message)


def not_found(message: str) -> ApiError:
    """404 with the platform's wording, e.g. ``"User not found"``."""
    return ApiError(404, message)


def forbidden(message: str) -> ApiError:
    """403: the acting user may not do this."""
    return ApiError(403, message)


def conflict(message: str) -> ApiError:
    """409: e.g. a slug that already exists."""
    return ApiError(409, message)
