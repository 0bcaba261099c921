"""Seeds and mutations for the fuzz tests (tests/test_fuzz.py) and the atheris harness (scripts/fuzz.py):
small valid inputs of every kind materiel reads, made here, and byte-level mutations of them."""
from __future__ import annotations

import codecs
import json
import zlib

from hypothesis import strategies as st

SENTENCES = (
    "Norway has delivered four patrol boats to Ghana, the Norwegian defence ministry said on Monday.",
    "Chile sold two frigates to Peru in 2021, according to officials in Santiago.",
    "Officials in Oslo denied that any rifles had been shipped to the rebels last month.",
    "The government of Kenya asked Turkey for six armed drones, a spokesperson said.",
    "Brazil is considering the purchase of 30 howitzers from South Korea.",
)
TEXT = "\n\n".join(SENTENCES) + "\n"
HTML = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Boats for Ghana</title>"
        "<meta property='og:site_name' content='Harbour Wire'>"
        "<meta property='article:published_time' content='2024-05-13T10:00:00Z'></head><body><nav>Home</nav>"
        "<article><h1>Boats for Ghana</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES) +
        "</article><script>var x = 1;</script></body></html>")
JSONL = "\n".join(json.dumps({"text": s, "title": f"item {n}", "url": f"https://example.org/{n}",
                              "published": "2024-05-14", "publisher": "Harbour Wire"})
                  for n, s in enumerate(SENTENCES)) + "\n"
RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><link>https://example.org/</link>'
       + "".join(f"<item><title>item {n}</title><description>{s}</description>"
                 f"<pubDate>Mon, 13 May 2024 09:00:00 GMT</pubDate></item>" for n, s in enumerate(SENTENCES))
       + "</channel></rss>")
ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title>'
        + "".join(f"<entry><title>e{n}</title><content type='html'>&lt;p&gt;{s}&lt;/p&gt;</content>"
                  f"<updated>2024-05-13T09:00:00Z</updated></entry>" for n, s in enumerate(SENTENCES)) + "</feed>")


def make_pdf(content: bytes, pages: int = 1, compress: bool = True, title: str | None = None) -> bytes:
    """A minimal PDF whose every page shows `content` (a content stream), Flate-compressed or not."""
    stream = zlib.compress(content, 9) if compress else content
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    font = 4 + pages
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
            b"<< /Length %d %s>>\nstream\n" % (len(stream), b"/Filter /FlateDecode " if compress else b"")
            + stream + b"\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
             b"/Resources << /Font << /F1 %d 0 R >> >> >>" % font] * pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    info = None
    if title is not None:
        objs.append(b"<< /Title (" + title.encode("latin-1") + b") >>")
        info = len(objs)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    trailer = b"/Size %d /Root 1 0 R" % (len(objs) + 1) + (b" /Info %d 0 R" % info if info else b"")
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_page_text(lines: tuple[str, ...] = SENTENCES) -> bytes:
    ops = b"BT /F1 11 Tf 72 720 Td 14 TL " + b" ".join(b"(" + s.encode("latin-1") + b") '" for s in lines) + b" ET"
    return ops


PDF = make_pdf(pdf_page_text(), title="Boats for Ghana")
PDF_PLAIN = make_pdf(pdf_page_text(), compress=False)

SEEDS: dict[str, tuple[bytes, ...]] = {
    "text": (TEXT.encode("utf-8"), codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT.encode("cp1252"),
             ("Café Zürich – naïve “quotes” " + TEXT).encode("cp1252")),
    "html": (HTML.encode("utf-8"), HTML.replace("utf-8", "windows-1252").encode("cp1252")),
    "jsonl": (JSONL.encode("utf-8"),),
    "feed": (RSS.encode("utf-8"), ATOM.encode("utf-8")),
    "pdf": (PDF, PDF_PLAIN),
}
ALL_SEEDS = tuple(seed for seeds in SEEDS.values() for seed in seeds)
# Pieces a mutation may insert: markup, entities, encodings' special bytes, PDF and JSON syntax.
TOKENS = (b"<", b">", b"</p>", b"<div>", b"<!--", b"-->", b"<![CDATA[", b"&amp;", b"&#x0;", b"&#1114112;", b"&lol;",
          b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xed\xa0\x80",
          b"\\ud800", b'"', b"{", b"[", b"]", b"}", b"\n", b"\r", b"obj", b"endobj", b"stream", b"endstream", b"/Length 9999999999",
          b"/Filter /FlateDecode", b"/Type /Pages", b" 0 R", b"xref", b"trailer", b"%%EOF", b"(", b")", b"\\", b"9" * 30)


@st.composite
def mutated(draw: st.DrawFn, seeds: tuple[bytes, ...] = ALL_SEEDS, max_ops: int = 8) -> bytes:
    """A seed with a few byte-level mutations: flips, inserted tokens or bytes, deletions, repeated slices."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(("flip", "token", "bytes", "delete", "repeat", "truncate")))
        at = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "repeat" and len(data) < 200_000:
            piece = bytes(data[at:at + draw(st.integers(1, 32))])
            data[at:at] = piece * draw(st.integers(1, 2000))
        elif op == "truncate":
            del data[at:]
    return bytes(data)


def mutated_text(seeds: tuple[str, ...] = SENTENCES) -> st.SearchStrategy[str]:
    """Sentences mutated at the character level: any Unicode inserted, words repeated, cut or swapped."""
    @st.composite
    def build(draw: st.DrawFn) -> str:
        words = " ".join(draw(st.lists(st.sampled_from(seeds), min_size=1, max_size=6))).split(" ")
        for _ in range(draw(st.integers(0, 10))):
            at = draw(st.integers(0, len(words)))
            op = draw(st.sampled_from(("insert", "delete", "repeat", "swap", "glue")))
            if op == "insert":
                words.insert(at, draw(st.text(min_size=1, max_size=12)))
            elif op == "delete" and words:
                del words[min(at, len(words) - 1)]
            elif op == "repeat" and words:
                words[at:at] = words[at:at + 3] * draw(st.integers(1, 50))
            elif op == "swap" and len(words) > 1:
                i = min(at, len(words) - 2)
                words[i], words[i + 1] = words[i + 1], words[i]
            elif op == "glue" and words:
                i = min(at, len(words) - 1)
                words[i] = words[i] + draw(st.sampled_from((".", ",", "'s", "-", "\n\n", "\u200b", "\u0301", "“")))
        return " ".join(words)
    return build()
