"""The HTTP helpers: the platform's error body shape and how request bodies are read."""

from __future__ import annotations

import pytest


@pytest.mark.asyncio
async def test_unknown_routes_answer_the_json_error_shape(owner):
    response = await owner.get("/v4/does-not-exist")
    assert response.status_code == 404
    assert response.json() == {
        "statusCode": 404,
        "message": "Cannot GET /v4/does-not-exist",
        "error": "Not Found",
    }


@pytest.mark.asyncio
async def test_malformed_json_is_a_bad_request(owner):
    response = await owner.post(
        "/v4/user", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == "Bad Request"
