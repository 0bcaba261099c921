"""Publishers and the independence of sources.

A document's publisher comes from its metadata: the `publisher` or `source` field of a JSON Lines
record, an HTML page's `og:site_name`, else the host of its URL; else `materiel add --publisher`;
else the wire agency of a dateline ("KYIV (Reuters) - ..."). Publishers are compared by a key:
lower case, accents and a leading "the" removed, and a host reduced to its name ("www.reuters.com"
and "Reuters" are one publisher). A document with no publisher at all has the key "" and all such
documents count as one source: an unknown origin never corroborates itself.

Two sources are independent when they are different publishers and neither cites the other: a
document cites a publisher when its text names it, as the publisher's name is written and with its
capitals ("..., El Pais reported", "(AP) -", "told the Kyiv Independent"), or names the host of its URL
in any case ("reuters"). Sources linked by citation, directly or through a chain, count once.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
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


def independent_groups(docs: Mapping[str, str], cites: Callable[[str, str], bool]) -> list[set[str]]:
    """Group publisher keys into independent sources.

    `docs` maps document id -> publisher key; `cites(doc_id, key)` says whether that document cites the
    publisher `key`. Keys are one group when they are equal or when a document of one cites the other
    (union-find over citations, so chains count once too). The unknown key "" is never cited.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys = sorted(set(docs.values()))
    for k in keys:
        find(k)
    for doc_id, own in sorted(docs.items()):
        for other in keys:
            if other != own and other != _UNKNOWN and find(other) != find(own) and cites(doc_id, other):
                parent[find(other)] = find(own)
    groups: dict[str, set[str]] = {}
    for k in keys:
        groups.setdefault(find(k), set()).add(k)
    return sorted(groups.values(), key=lambda g: sorted(g))


class Citations:
    """`cites(doc_id, key)` with the texts loaded on demand and every answer kept for the process:
    texts never change (a document id is the hash of its text), so adding one document to a record
    costs one check per publisher, not a re-read of every document."""

    def __init__(self, load: Callable[[set[str]], Mapping[str, str]], names: Mapping[str, Iterable[str]],
                 memo: dict[tuple[str, str, frozenset[str]], bool]) -> None:
        self.load = load
        self.names = {k: frozenset(v) for k, v in names.items()}
        self.patterns: dict[str, re.Pattern[str] | None] = {}
        self.memo = memo
        self.texts: dict[str, str] = {}

    def prefetch(self, docs: Mapping[str, str]) -> None:
        """Load at once the texts of the documents that have unanswered questions."""
        keys = set(docs.values()) - {_UNKNOWN}
        need = {d for d, own in docs.items() for k in keys
                if k != own and (d, k, self.names.get(k, frozenset())) not in self.memo}
        need -= set(self.texts)
        if need:
            self.texts.update(self.load(need))

    def __call__(self, doc_id: str, key: str) -> bool:
        names = self.names.get(key, frozenset())
        found = self.memo.get((doc_id, key, names))
        if found is None:
            if key not in self.patterns:
                self.patterns[key] = citation_pattern(names)
            pat = self.patterns[key]
            if doc_id not in self.texts:
                self.texts.update(self.load({doc_id}))
            found = bool(pat and pat.search(self.texts.get(doc_id, "")))
            if len(self.memo) > 1_000_000:
                self.memo.clear()
            self.memo[(doc_id, key, names)] = found
        return found
