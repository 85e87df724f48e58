"""The rules of a booking page's custom links."""

from __future__ import annotations

import pytest

from console.domain.personal_page import custom_link_problem, custom_links_problems


@pytest.mark.parametrize(
    "url", ["https://kanzlei.example/blog", "http://www.example.com", "https://a.example/x?y=1"]
)
def test_a_whole_web_address_with_a_name_passes(url: str) -> None:
    assert custom_link_problem("Blog", url) is None


@pytest.mark.parametrize(
    ("name", "url", "problem"),
    [
        ("Blog", "kanzlei.example/blog", "is not a web address"),
        ("Blog", "https://", "is not a web address"),
        ("Blog", "ftp://files.example/x", "is not a web address"),
        ("Blog", "https://localhost/x", "is not a web address"),
        ("Blog", "https://a.example/x y", "is not a web address"),
        ("Blog", "javascript:alert(1)", "is not a web address"),
        ("  ", "https://a.example", "needs a name"),
        ("x" * 101, "https://a.example", "longer than 100"),
    ],
)
def test_a_link_that_cannot_go_on_the_page_is_named(name: str, url: str, problem: str) -> None:
    found = custom_link_problem(name, url)
    assert found is not None and problem in found


def test_problems_are_given_by_position() -> None:
    links = [
        {"name": "Blog", "url": "https://a.example"},
        {"name": "Shop", "url": "shop"},
        {"name": "", "url": "https://b.example"},
    ]
    assert sorted(custom_links_problems(links)) == [1, 2]
