"""What repositories hand the database: operations on a connection, run on the store's thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Connection as DbConnection

#: One piece of database work; runs inside a transaction the :class:`~console.store.Store` owns.
Op = Callable[[DbConnection], Any]

#: How a unit of work takes an operation to commit later with the others.
Stage = Callable[[Op], None]
