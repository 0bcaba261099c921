"""PDF input for `materiel add`: the text layer, page by page (pypdf, pure Python). There is no OCR: a
PDF whose pages hold only images (a scan) is reported as "PDF has no text layer (scanned?)" and the run
goes on. The document's title is the PDF's /Title metadata when it has one; its publication date is
left to the other sources (`--published`), since /CreationDate is when the file was made."""
from __future__ import annotations

import io
import logging
import os

from materiel.document import Document
from materiel.errors import InputError

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


def pdf_text(data: bytes, source: str) -> tuple[str, str | None]:
    """(text of every page, pages separated by a blank line; /Title or None)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip().startswith(PDF_MAGIC):
        raise InputError(source, "not a PDF (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise InputError(source, "PDF is encrypted (password needed)")
            except NotImplementedError:
                raise InputError(source, "PDF is encrypted with an unsupported method") from None
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        title = None
        try:
            meta = reader.metadata
            title = (meta.title or "").strip() or None if meta else None
        except Exception:  # noqa: BLE001 - broken metadata must not lose the text
            title = None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise InputError(source, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
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
