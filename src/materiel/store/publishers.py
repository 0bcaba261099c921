"""Publishers and the independence of sources.

A document's publisher comes from its metadata: the `publisher` or `source` field of a JSON Lines
record, an HTML page's `og:site_name`, else the host of its URL; else `materiel add --publisher`;
else the wire agency of a dateline ("KYIV (Reuters) - ..."). Publishers are compared by a key:
lower case, accents and a leading "the" removed, and a host reduced to its name ("www.reuters.com"
and "Reuters" are one publisher). A document with no publisher at all has the key "" and all such
documents count as one source: an unknown origin never corroborates itself.

Two sources are independent when they are different publishers and neither cites the other: a
document cites a publisher when its text names it ("..., Reuters reported", "(AP) -", "told the BBC")
or the host of its URL. Sources linked by citation, directly or through a chain, count once.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]{1,60}\(\s*([A-Z][A-Za-z&.' -]{1,40}?)\s*\)\s*[-\u2013\u2014:]",
                       re.MULTILINE)
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "gob", "gouv", "or", "ne"}
_UNKNOWN = ""


def fold(text: str) -> str:
    """Lower case without accents: 'El País' -> 'el pais'."""
    return strip_accents(text).lower()


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def _host_name(host: str) -> str:
    """'www.reuters.com' -> 'reuters', 'news.bbc.co.uk' -> 'bbc'."""
    labels = [x for x in host.split(".") if x and x != "www"]
    if len(labels) >= 2:
        labels = labels[:-1]
        if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
    return labels[-1] if labels else host


def _looks_like_host(name: str) -> bool:
    return " " not in name.strip() and "." in name.strip(".") and not name.strip().endswith(".")


def publisher_key(name: str | None) -> str:
    """The key publishers are compared by; '' when unknown."""
    if not name or not name.strip():
        return _UNKNOWN
    value = fold(name.strip())
    if "://" in value or _looks_like_host(value):
        value = _host_name(host_of(value) or value)
    value = re.sub(r"^the\s+", "", value)
    value = re.sub(r"[^\w&]+", " ", value).strip()
    return re.sub(r"\s+(?:news|online|com)$", "", value) or value


def dateline_publisher(text: str) -> str | None:
    """The wire agency of a dateline in the first lines of an article: 'MADRID (Reuters) -' -> 'Reuters'."""
    m = _DATELINE.search(text[:600])
    return m.group(1).strip() if m else None


def choose(fields: Iterable[str | None], url: str | None, default: str | None, text: str) -> str | None:
    """The publisher of a document: its own metadata, the host of its URL, the default, the dateline."""
    for value in fields:
        if value and value.strip():
            return value.strip()
    return host_of(url) or (default.strip() if default and default.strip() else None) or dateline_publisher(text)


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def citation_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """What a text must contain to cite a publisher known by `names`: a host's name in any case
    ("reuters" for reuters.com), or a name as written, case-sensitively ("El Pais", "Guardian")."""
    parts: set[str] = set()
    for name in names:
        name = strip_accents(name.strip())
        if "://" in name or _looks_like_host(name):
            host = host_of(name) or name
            parts.update({"(?i:" + re.escape(host) + ")", "(?i:" + re.escape(_host_name(host)) + ")"})
        elif len(name) >= 2:
            bare = re.sub(r"^(?:The|the)\s+", "", name)
            parts.add(re.escape(bare).replace(r"\ ", r"\s+"))
    parts = {p for p in parts if len(p) > 1}
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w])")


def independent_groups(docs: Mapping[str, str], names: Mapping[str, Iterable[str]],
                       texts: Mapping[str, str]) -> list[set[str]]:
    """Group publisher keys into independent sources.

    `docs` maps document id -> publisher key, `names` publisher key -> its names as given, `texts`
    document id -> text (accents stripped). Keys are one group when they are equal or when a document
    of one cites the other (union-find over citations, so chains count once too).
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys = sorted(set(docs.values()))
    patterns = {k: citation_pattern(names.get(k, ())) for k in keys if k != _UNKNOWN}
    for k in keys:
        find(k)
    for doc_id, own in docs.items():
        text = texts.get(doc_id, "")
        for other, pat in patterns.items():
            if other != own and find(other) != find(own) and pat is not None and pat.search(text):
                parent[find(other)] = find(own)
    groups: dict[str, set[str]] = {}
    for k in keys:
        groups.setdefault(find(k), set()).add(k)
    return sorted(groups.values(), key=lambda g: sorted(g))
