"""A small HTTP/1.1 load loop, run as its own process against a real ``sandbox serve``.

``python -m tests.bench.loadgen PORT PATH KEY --connections N --count M`` sends M GET requests
over N keep-alive connections (each connection sequential) and prints one JSON line:
``{"count", "seconds", "rps", "p50_ms", "p95_ms", "statuses"}``. Raw asyncio streams keep the
client's own cost far below the server's, so the figures are the server's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections import Counter


async def _connection(
    port: int, request: bytes, count: int, latencies: list[float], statuses: Counter[int]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(count):
            began = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - began)
            statuses[int(head.split(b" ", 2)[1])] += 1
    finally:
        writer.close()


async def run(port: int, path: str, key: str, connections: int, count: int) -> dict[str, object]:
    """Send ``count`` requests over ``connections`` connections; the figures as a dict."""
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Authorization: Bearer {key}\r\nAccept: application/json\r\n\r\n"
    ).encode()
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    share, rest = divmod(count, connections)
    began = time.perf_counter()
    await asyncio.gather(
        *(
            _connection(port, request, share + (1 if i < rest else 0), latencies, statuses)
            for i in range(connections)
        )
    )
    seconds = time.perf_counter() - began
    ordered = sorted(latencies)
    return {
        "count": len(latencies),
        "seconds": seconds,
        "rps": len(latencies) / seconds,
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000,
        "statuses": dict(statuses),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("path")
    parser.add_argument("key")
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    figures = asyncio.run(run(args.port, args.path, args.key, args.connections, args.count))
    print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main()
