"""Validators and cache headers for public reads."""

from __future__ import annotations

from commentdesk.web.caching import cache_control, etag_of, matches


def test_the_tag_follows_the_bytes() -> None:
    assert etag_of(b'{"a":1}') == etag_of(b'{"a":1}')
    assert etag_of(b'{"a":1}') != etag_of(b'{"a":2}')
    assert etag_of(b"").startswith('"') and etag_of(b"").endswith('"')


def test_if_none_match_uses_weak_comparison() -> None:
    tag = etag_of(b"page")
    assert matches(tag, tag)
    assert matches(f"W/{tag}", tag)
    assert matches(f'"other", {tag}', tag)
    assert matches("*", tag)
    assert not matches("", tag)
    assert not matches('"other"', tag)
    assert not matches(tag[:-2] + '"', tag)


def test_browsers_always_revalidate_and_shared_caches_wait_only_when_told() -> None:
    assert cache_control(0) == "no-cache"
    assert cache_control(-5) == "no-cache"
    shared = cache_control(30)
    assert "s-maxage=30" in shared and "max-age=0" in shared and "public" in shared
