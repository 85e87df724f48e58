"""``sandbox serve`` on its socket: TCP_NODELAY on accepted connections, SIGTERM at any moment."""

from __future__ import annotations

import asyncio
import random
import socket
import time

import pytest

from console.sandbox.cli import listening_socket
from tests.sandbox.serve_process import served, start


@pytest.mark.asyncio
async def test_accepted_connections_have_tcp_nodelay():
    # Without it every small answer waits for the client's delayed ACK (~40 ms on Linux).
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            sock = transport.get_extra_info("socket")
            accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    sock = listening_socket("127.0.0.1", 0)
    server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", sock.getsockname()[1])
        assert await asyncio.wait_for(accepted, 5) != 0
        writer.close()
    finally:
        server.close()
        await server.wait_closed()


def test_sigterm_at_random_moments_after_the_banner_exits_0():
    rng = random.Random(8)
    delays = [0.0, 0.0, *(rng.uniform(0.0, 0.4) for _ in range(6))]
    for delay in delays:
        child = start()
        time.sleep(delay)  # the moment the signal arrives is what this test varies
        status, err = child.terminate(timeout=10)
        assert status == 0, (delay, err)
        assert "Traceback" not in err, (delay, err)


def _request(key: str, path: str) -> bytes:
    return (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n\r\n"
    ).encode()


def test_a_stuck_request_does_not_keep_the_server_alive_after_sigterm():
    with served("--latency-ms", "60000") as child:
        stuck = socket.create_connection(("127.0.0.1", child.port))
        probe = socket.create_connection(("127.0.0.1", child.port))
        try:
            stuck.sendall(_request(child.key, "/v4/user/me"))
            # An answered admin request (no injected latency) on a second connection: by then
            # the server has read the first one, which now waits out its 60 s.
            probe.sendall(_request(child.key, "/_sandbox/faults"))
            assert probe.recv(65536).startswith(b"HTTP/1.1 200")
            began = time.monotonic()
            status, err = child.terminate(timeout=30)
            took = time.monotonic() - began
        finally:
            stuck.close()
            probe.close()
    assert status == 0, err
    assert took < 5.0, took
    assert "Traceback" not in err, err
