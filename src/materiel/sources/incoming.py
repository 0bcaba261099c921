"""A document on its way into the store (`Incoming`: the Document with its URL and publisher), and the
site name and URL an HTML page's head declares. Shared by the file readers (`inputs`) and `fetch`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from materiel.sources.document import Document

META = re.compile(r"""<meta\s[^>]*(?:property|name)\s*=\s*["'](og:site_name|og:url|application-name)["'][^>]*>""",
                  re.IGNORECASE)
CONTENT = re.compile(r"""content\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
CANONICAL = re.compile(r"""<link\s[^>]*rel\s*=\s*["']canonical["'][^>]*>""", re.IGNORECASE)
HREF = re.compile(r"""href\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
HEAD_CHARS = 256 * 1024  # how much of a page is searched for its head


@dataclass(frozen=True)
class Incoming:
    document: Document
    url: str | None = None
    publisher: str | None = None


def site_meta(text: str) -> tuple[str | None, str | None]:
    """(site name, URL) from an HTML page's head: og:site_name / application-name, og:url / canonical."""
    head = text[:HEAD_CHARS]
    found: dict[str, str] = {}
    for m in META.finditer(head):
        content = CONTENT.search(m.group(0))
        if content and content.group(1).strip():
            found.setdefault(m.group(1).lower(), content.group(1).strip())
    canonical = CANONICAL.search(head)
    href = HREF.search(canonical.group(0)) if canonical else None
    return found.get("og:site_name") or found.get("application-name"), found.get("og:url") or (
        href.group(1).strip() if href else None)
