"""Intervals, back-off and the per-host politeness delay of followed sources (`materiel.sources.schedule`),
and what a page of links or a sitemap lists (`materiel.sources.discover`). The clock is fake."""
from __future__ import annotations

import pytest

from materiel.record.errors import InputError
from materiel.sources.discover import is_sitemap, page_links, sitemap_urls
from materiel.sources.schedule import MAX_BACKOFF, Pacer, backoff, parse_every, show_every


def test_intervals() -> None:
    assert [parse_every(x) for x in ("30m", "2h", "1d", "90", "1.5h")] == [1800, 7200, 86400, 90, 5400]
    assert [show_every(s) for s in (1800, 7200, 86400, 90)] == ["30m", "2h", "1d", "90s"]
    for bad in ("soon", "", "-5m", "10s"):
        with pytest.raises(InputError):
            parse_every(bad)


def test_backoff_doubles_up_to_a_day() -> None:
    assert [backoff(600, f) for f in range(5)] == [600, 600, 1200, 2400, 4800]
    assert backoff(600, 40) == MAX_BACKOFF and backoff(2 * MAX_BACKOFF, 3) == 2 * MAX_BACKOFF


def test_pacer_spaces_requests_to_one_host() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    pacer = Pacer(delay=2.0, clock=lambda: now[0], sleep=sleep)
    for url in ("https://a.example/1", "https://a.example/2", "https://b.example/1", "https://a.example/3", "/tmp/x"):
        pacer.wait(url)
    assert slept == [2.0, 2.0] and pacer.waited == 4.0


def test_page_links_keep_the_articles_of_the_section() -> None:
    html = (b'<html><body><a href="/news/2024/tanks.html">t</a><a href="https://other.example/news/x">o</a>'
            b'<a href="/about">a</a><a href="/news/">self</a><a href="/news/pic.jpg">p</a>'
            b'<a href="2024/boats.html#top">b</a><a href="/news/2024/tanks.html">again</a><a href="mailto:x@y">m</a></body></html>')
    assert page_links("https://site.example/news/", html, 10) == [
        "https://site.example/news/2024/tanks.html", "https://site.example/news/2024/boats.html"]
    assert page_links("https://site.example/news/", html, 1) == ["https://site.example/news/2024/tanks.html"]


def test_sitemaps_newest_first_without_entities() -> None:
    xml = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           b"<url><loc>https://s.example/old</loc><lastmod>2023-01-01</lastmod></url>"
           b"<url><loc>https://s.example/new</loc><lastmod>2024-06-01</lastmod></url>"
           b"<url><loc>&e;</loc></url><url><loc>file:///etc/passwd</loc></url></urlset>")
    assert is_sitemap(xml)
    assert sitemap_urls("https://s.example/sitemap.xml", xml, 10) == (["https://s.example/new", "https://s.example/old"], [])
    index = b'<sitemapindex><sitemap><loc>https://s.example/a.xml</loc></sitemap></sitemapindex>'
    assert sitemap_urls("u", index, 10) == ([], ["https://s.example/a.xml"])
    with pytest.raises(InputError, match="not a valid sitemap"):
        sitemap_urls("u", b"<urlset><url>", 10)
