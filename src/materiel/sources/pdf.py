"""PDF input for `materiel add`: the text layer, page by page (pypdf, pure Python). There is no OCR: a
PDF whose pages hold only images (a scan) is reported as "PDF has no text layer (scanned?)" and the run
goes on. The document's title is the PDF's /Title metadata when it has one; its publication date is
left to the other sources (`--published`), since /CreationDate is when the file was made.

A PDF is hostile input: it is read within bounds (`materiel.sources.limits`): at most PDF_MAX_PAGES pages and
PDF_MAX_TEXT_CHARS characters of text, within PDF_SECONDS (checked between pages), and no stream may
decompress to more than PDF_MAX_STREAM_BYTES (pypdf's configuration; a Flate "bomb" stops there). No
external decoder (jbig2dec) is ever run. Whatever else goes wrong is "not a readable PDF (...)"."""
from __future__ import annotations

import contextlib
import io
import logging
import os
import time
from collections.abc import Iterator
from typing import Any

from materiel.record.errors import InputError
from materiel.sources import limits
from materiel.sources.document import Document

PDF_MAGIC = b"%PDF-"
NO_TEXT = "PDF has no text layer (scanned?)"

logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on sloppy files are not the user's concern


def is_pdf(path: str) -> bool:
    """A .pdf name, or a file that starts like one."""
    if path.lower().endswith(".pdf"):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(1024).lstrip().startswith(PDF_MAGIC)
    except OSError:
        return False


_BOUNDS = {"maximum_declared_stream_length": "MAX_DECLARED_STREAM_LENGTH",
           "array_based_stream_maximum_output_length": "MAX_ARRAY_BASED_STREAM_OUTPUT_LENGTH",
           "zlib_maximum_output_length": "ZLIB_MAX_OUTPUT_LENGTH", "lzw_maximum_output_length": "LZW_MAX_OUTPUT_LENGTH",
           "run_length_maximum_output_length": "RUN_LENGTH_MAX_OUTPUT_LENGTH",
           "jbig2_maximum_output_length": "JBIG2_MAX_OUTPUT_LENGTH",
           "brotli_maximum_output_length": None, "image_maximum_buffer_size": "FLATE_MAX_BUFFER_SIZE"}


@contextlib.contextmanager
def bounded() -> Iterator[None]:
    """pypdf's decompression limits lowered to PDF_MAX_STREAM_BYTES, and no external decoder."""
    import pypdf

    if hasattr(pypdf, "apply_configuration"):  # pypdf >= 6.9: a context-local configuration
        fields = set(pypdf.Configuration.__dataclass_fields__)
        wanted: dict[str, Any] = {k: limits.PDF_MAX_STREAM_BYTES for k in _BOUNDS if k in fields}
        if "stream_decoding_work_maximum_length" in fields:
            wanted["stream_decoding_work_maximum_length"] = limits.PDF_MAX_DECODING_WORK
        if "jbig2dec_binary" in fields:
            wanted["jbig2dec_binary"] = None
        with pypdf.apply_configuration(**wanted):
            yield
        return
    from pypdf import filters  # older pypdf: module constants (set once, lowered only)

    for legacy in filter(None, _BOUNDS.values()):
        if isinstance(getattr(filters, legacy, None), int):
            setattr(filters, legacy, min(getattr(filters, legacy), limits.PDF_MAX_STREAM_BYTES))
    yield


def _pages(reader: Any, source: str) -> list[str]:
    """The text of every page, within the page, text and time bounds."""
    started = time.monotonic()
    count = len(reader.pages)
    if count > limits.PDF_MAX_PAGES:
        raise InputError(source, f"PDF has {count:,} pages, more than the limit of {limits.PDF_MAX_PAGES:,}")
    pages: list[str] = []
    chars = 0
    for number, page in enumerate(reader.pages, 1):
        if time.monotonic() - started > limits.PDF_SECONDS:
            raise InputError(source, f"PDF took longer than {limits.PDF_SECONDS:g} s to read "
                                     f"(stopped at page {number} of {count})")
        text = (page.extract_text() or "").strip()
        chars += len(text)
        if chars > limits.PDF_MAX_TEXT_CHARS:
            raise InputError(source, f"PDF text is longer than the limit of {limits.PDF_MAX_TEXT_CHARS:,} characters "
                                     f"(reached at page {number} of {count}); split the file")
        pages.append(text)
    return pages


def _title(reader: Any) -> str | None:
    try:
        meta = reader.metadata
        return (meta.title or "").strip() or None if meta else None
    except Exception:
        return None


def pdf_text(data: bytes, source: str) -> tuple[str, str | None]:
    """(text of every page, pages separated by a blank line; /Title or None)."""
    from pypdf import PdfReader

    try:
        from pypdf.errors import LimitReachedError
    except ImportError:  # pragma: no cover - older pypdf
        LimitReachedError = ()  # type: ignore[assignment,misc]

    if not data.lstrip().startswith(PDF_MAGIC):
        raise InputError(source, "not a PDF (no %PDF- header)")
    try:
        with bounded():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    if not reader.decrypt(""):
                        raise InputError(source, "PDF is encrypted (password needed)")
                except NotImplementedError:
                    raise InputError(source, "PDF is encrypted with an unsupported method") from None
            pages = _pages(reader, source)
            title = _title(reader)
    except InputError:
        raise
    except LimitReachedError:
        raise InputError(source, f"PDF is too large when decompressed (a stream or an object passes pypdf's limits, "
                                 f"{limits.PDF_MAX_STREAM_BYTES >> 20} MB per stream): a decompression bomb?") from None
    except Exception as exc:
        reason = " ".join(str(exc).split())[:200]
        raise InputError(source, f"not a readable PDF ({type(exc).__name__}: {reason})") from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise InputError(source, NO_TEXT)
    return text, title


def read_pdf(path: str, max_bytes: int) -> Document:
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(path, f"file is larger than the limit of {max_bytes // (1 << 20)} MB (set --max-size)")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"could not read file ({(exc.strerror or type(exc).__name__).lower()})") from None
    text, title = pdf_text(data, path)
    return Document(text=text, source=path, title=title)
