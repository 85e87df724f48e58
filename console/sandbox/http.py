"""HTTP helpers of the sandbox's routes: bodies (JSON or multipart), query integers, auth and
the platform's NestJS-style error answers ``{statusCode, message, error}``."""

from __future__ import annotations

import json
import math
import re
from collections.abc import AsyncGenerator
from typing import Any

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartParser
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from console.sandbox.db import Doc
from console.sandbox.domain.context import Actor
from console.sandbox.errors import ApiError, bad_request, reason
from console.sandbox.model import Checker
from console.sandbox.state import SandboxState

HEADER = "x-meetergo-api-user-id"
"""The header an API key names the acting user with."""


def state_of(request: Request) -> SandboxState:
    """The sandbox behind the app serving ``request``."""
    state: SandboxState = request.app.state.sandbox
    return state


def base_url(request: Request) -> str:
    """Scheme, host and port the client used (booking URLs point there)."""
    return str(request.base_url).rstrip("/")


def authenticate(request: Request, *, header: bool) -> Actor:
    """The acting user; ``header`` when an API key must name one in :data:`HEADER`."""
    return state_of(request).authenticate(
        request.headers.get("authorization"), request.headers.get(HEADER), need_header=header
    )


async def read_body(
    request: Request, *, optional: bool = False, form_json: tuple[str, ...] | None = None
) -> Doc:
    """The JSON object body (``{}`` when ``optional`` and empty); multipart only where the
    route allows it, with the parts in ``form_json`` decoded as JSON."""
    raw = await request.body()
    if not raw.strip():
        if optional:
            return {}
        raise bad_request(["request body must be a JSON object"])
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        if form_json is None:
            raise ApiError(415, "Send the request body as application/json")
        return await _form_body(request, form_json)
    value = parse_json(raw)
    if not isinstance(value, dict):
        raise bad_request(["request body must be a JSON object"])
    return value


#: Deeper bodies are refused: no route reads more than a few levels, and deeper values would
#: exhaust the recursion of whatever stores or encodes them later.
MAX_DEPTH = 32
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):  # 1e999: valid JSON, but no JSON can carry it back
        raise ValueError(text)
    return number


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN, Infinity: not JSON (RFC 8259 §6), Python's parser allows them


def parse_json(raw: bytes | str) -> Any:
    """A JSON body as the platform's parser reads it: strict JSON (no NaN, no numbers beyond a
    double), valid Unicode (no lone surrogates), at most :data:`MAX_DEPTH` levels; anything
    else is a 400."""
    try:
        value = json.loads(raw, parse_float=_finite, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise bad_request("Unexpected token in JSON body") from None
    check_json_value(value, surrogates=bool(_SURROGATE_ESCAPE.search(_as_bytes(raw))))
    return value


def _as_bytes(raw: bytes | str) -> bytes:
    return raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")


def check_json_value(value: Any, *, surrogates: bool = True) -> None:
    """400 when ``value`` nests deeper than :data:`MAX_DEPTH` or (when ``surrogates``) holds a
    string that is not valid Unicode; walked without recursion."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                raise bad_request(f"request body must not nest deeper than {MAX_DEPTH} levels")
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
        elif surrogates and isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise bad_request("request body must be valid Unicode text") from None


class _StrictParts(MultiPartParser):
    """Starlette's multipart parser, noting the text parts that are not UTF-8: Starlette
    decodes those as Latin-1 without a word, which would store mojibake."""

    def __init__(self, headers: Headers, stream: AsyncGenerator[bytes, None]) -> None:
        super().__init__(headers, stream)
        self.not_utf8: list[str] = []

    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is None:
            try:
                part.data.decode("utf-8")
            except UnicodeDecodeError:
                self.not_utf8.append(part.field_name)
        super().on_part_end()


async def _form_body(request: Request, json_parts: tuple[str, ...]) -> Doc:
    """A multipart/form-data body as the OpenAPI describes it: text parts, and the nested
    objects named in ``json_parts`` as JSON-encoded parts (a file part is read as text too)."""
    raw = await request.body()

    async def chunks() -> AsyncGenerator[bytes, None]:
        yield raw

    parser = _StrictParts(request.headers, chunks())
    try:
        form = await parser.parse()
    except Exception:  # a malformed multipart body; python-multipart's errors vary by version
        raise bad_request("Multipart body could not be parsed") from None
    body: Doc = {}
    problems = [f"{name} must be UTF-8 text" for name in parser.not_utf8]
    try:
        for name, value in form.multi_items():
            if name in parser.not_utf8:
                continue
            try:
                text = value if isinstance(value, str) else (await value.read()).decode("utf-8")
                check_json_value(text)
            except (UnicodeDecodeError, ApiError):
                problems.append(f"{name} must be UTF-8 text")
                continue
            if name in json_parts:
                try:
                    body[name] = parse_json(text) if text.strip() else None
                except ApiError:
                    problems.append(f"{name} must be a JSON-encoded object")
            else:
                body[name] = text
    finally:
        await form.close()
    if problems:
        raise bad_request(problems)
    return body


def json_response(data: Any, status: int = 200) -> JSONResponse:
    """``data`` as JSON with ``status``."""
    return JSONResponse(data, status_code=status)


def empty_response() -> Response:
    """200 without a body (the platform's answer to some deletes)."""
    return Response(status_code=200)


def int_param(
    request: Request, name: str, low: int, high: int, default: int | None, check: Checker
) -> int | None:
    """A query integer within ``low..high``; problems go to ``check`` (required when no
    default)."""
    raw = request.query_params.get(name)
    if raw is None:
        if default is None:
            check.fail(f"{name} must be an integer number")
        return default
    try:
        value = int(raw)
    except ValueError:
        check.fail(f"{name} must be an integer number")
        return default
    if value < low:
        check.fail(f"{name} must not be less than {low}")
    elif value > high:
        check.fail(f"{name} must not be greater than {high}")
    return value


async def on_api_error(request: Request, exc: Exception) -> Response:
    """A route's :class:`ApiError` as the platform answers it."""
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


async def on_http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own errors (unknown path, wrong method) in the platform's shape."""
    assert isinstance(exc, HTTPException)
    message = (
        exc.detail if exc.status_code != 404 else f"Cannot {request.method} {request.url.path}"
    )
    return JSONResponse(
        {"statusCode": exc.status_code, "message": message, "error": reason(exc.status_code)},
        status_code=exc.status_code,
        headers=exc.headers,
    )


async def on_crash(request: Request, exc: Exception) -> Response:
    """Anything unexpected: a bare 500 like the platform's, no traceback to the client."""
    return JSONResponse(
        {"statusCode": 500, "message": "Internal server error", "error": reason(500)},
        status_code=500,
    )
