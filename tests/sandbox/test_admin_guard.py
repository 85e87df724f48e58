"""The admin routes (``/_sandbox…``) answer only the operator: the demo key, over loopback, from
no other site — a web page must not read the key nor wipe the data (DNS rebinding, CSRF)."""

from __future__ import annotations

import httpx
import pytest

from tests.sandbox.conftest import client_for
from tests.sandbox.serve_process import served

ADMIN_ROUTES = [
    ("GET", "/_sandbox"),
    ("GET", "/_sandbox/faults"),
    ("POST", "/_sandbox/faults"),
    ("GET", "/_sandbox/traffic"),
    ("POST", "/_sandbox/traffic"),
    ("POST", "/_sandbox/reset"),
    ("POST", "/_sandbox/provisional-booking/nope/confirm"),
]


def _error_shape(response: httpx.Response, status: int) -> None:
    assert response.status_code == status
    body = response.json()
    assert body["statusCode"] == status and body["error"] and body["message"]


@pytest.mark.asyncio
@pytest.mark.parametrize(("method", "path"), ADMIN_ROUTES)
async def test_admin_routes_need_the_demo_key(app, method, path):
    state = app.state.sandbox
    for token in (None, state.demo_pat, state.issue_api_key(), "x" * 5000):
        async with client_for(app, token) as client:
            _error_shape(await client.request(method, path, json={}), 401)


@pytest.mark.asyncio
@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1.evil.example"])
async def test_a_cross_site_text_plain_post_cannot_wipe_the_data(app, origin):
    state = app.state.sandbox
    async with client_for(app, state.demo_api_key) as owner:
        created = await owner.post(
            "/v4/user",
            json={
                "email": "bleibt@example.com",
                "givenName": "B",
                "familyName": "Leibt",
                "timezone": "Europe/Berlin",
            },
        )
        assert created.status_code == 201
        refused = await owner.post(
            "/_sandbox/reset",
            content="{}",
            headers={"Content-Type": "text/plain", "Origin": origin},
        )
        _error_shape(refused, 403)
        assert (await owner.get("/v4/user")).json()["total"] == 26
        # The operator's own tools send no Origin, or a loopback one.
        allowed = await owner.get("/_sandbox/faults", headers={"Origin": "http://localhost:8080"})
        assert allowed.status_code == 200


def test_a_foreign_host_gets_neither_the_key_nor_the_reset():
    with served() as child:
        headers = {"Authorization": f"Bearer {child.key}"}
        with httpx.Client(base_url=child.base_url, headers=headers) as client:
            for host in ("evil.example", f"evil.example:{child.port}", "10.0.0.1"):
                info = client.get("/_sandbox", headers={"Host": host})
                _error_shape(info, 403)
                assert child.key not in info.text
                _error_shape(client.post("/_sandbox/reset", headers={"Host": host}), 403)
            assert client.get("/_sandbox").json()["demo_api_key"] == child.key
            ipv4 = client.get("/_sandbox", headers={"Host": f"127.0.0.1:{child.port}"})
            assert ipv4.status_code == 200
            named = client.get("/_sandbox", headers={"Host": f"localhost:{child.port}"})
            assert named.status_code == 200
