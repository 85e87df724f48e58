"""``describe``: one readable sentence per API error class."""

from __future__ import annotations

from console.api.errors import MalformedResponse, ServerError
from console.ui.errors import describe


def test_a_malformed_response_gets_its_own_sentence_not_the_catch_all(qapp):
    error = MalformedResponse(
        "the answer could not be read: id: Input should be a valid string",
        status_code=200,
        method="GET",
        url="https://api.meetergo.test/v4/user/u1",
    )
    text = describe(error)
    assert text == (
        "The server sent an answer the console cannot read. Try again; if this keeps "
        "happening, the server may have changed."
    )
    assert "Something went wrong" not in text and "Input should be" not in text


def test_a_server_error_names_its_status(qapp):
    error = ServerError("busy", status_code=503, method="GET", url="https://x.test/v4/user/me")
    assert describe(error) == "The server had a problem (503). Try again later."
