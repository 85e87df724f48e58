"""What every resource namespace shares: the connection's transport and its acting user."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from console.api._transport import Transport

T = TypeVar("T")


class Resource:
    """A group of routes, speaking through one transport as one acting user (or none).

    The acting user was checked when the scope was made (``MeetergoClient.acting_as``), so a
    resource only passes it on; the transport turns it into the ``x-meetergo-api-user-id``
    header where the credential sends one.
    """

    def __init__(self, transport: Transport, acting_user: str | None = None) -> None:
        self._t = transport
        self._acting_user = acting_user

    async def _call(
        self,
        method: str,
        path: str,
        read: Callable[[Any], T],
        *,
        root: bool = False,
        params: Mapping[str, Any] | list[tuple[str, Any]] | None = None,
        json: Any = None,
    ) -> T:
        return await self._t.request(
            method,
            path,
            read,
            root=root,
            params=params,
            json=json,
            acting_user=self._acting_user,
        )
