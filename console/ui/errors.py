"""One readable sentence per API error class, for dialogs and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.api import errors
from console.domain.base_url import InvalidBaseUrl
from console.ui.problems import translate_problem


def describe(exc: BaseException) -> str:
    """A translated sentence for ``exc``; the server's own message is appended where useful."""
    detail = getattr(exc, "message", None) or str(exc)
    if isinstance(exc, InvalidBaseUrl):
        return translate_problem(exc.problem)
    if isinstance(exc, errors.ApiTimeoutError):
        return QCoreApplication.translate("errors", "The server did not answer in time. Try again.")
    if isinstance(exc, errors.ApiConnectionError):
        return QCoreApplication.translate(
            "errors", "Could not reach the server. Check the base URL and the network."
        )
    if isinstance(exc, errors.AuthenticationError):
        return QCoreApplication.translate(
            "errors", "The key was rejected. Check that it is correct and not expired."
        )
    if isinstance(exc, errors.PermissionDenied):
        return QCoreApplication.translate("errors", "This key is not allowed to do that.")
    if isinstance(exc, errors.NotFound):
        return QCoreApplication.translate(
            "errors", "Not found on the server (it may have been deleted)."
        )
    if isinstance(exc, errors.Conflict):
        return QCoreApplication.translate("errors", "Conflict: {detail}").format(detail=detail)
    if isinstance(exc, errors.RateLimited):
        return QCoreApplication.translate(
            "errors", "Too many requests; the server asked to wait. Try again shortly."
        )
    if isinstance(exc, errors.BadRequest):
        return QCoreApplication.translate(
            "errors", "The server refused the input: {detail}"
        ).format(detail=detail)
    if isinstance(exc, errors.MalformedResponse):
        return QCoreApplication.translate(
            "errors",
            "The server sent an answer the console cannot read. Try again; if this keeps "
            "happening, the server may have changed.",
        )
    if isinstance(exc, errors.ServerError):
        return QCoreApplication.translate(
            "errors", "The server had a problem ({status}). Try again later."
        ).format(status=getattr(exc, "status_code", "5xx"))
    return QCoreApplication.translate("errors", "Something went wrong: {detail}").format(
        detail=detail
    )
