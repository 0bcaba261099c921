"""Receiving the Add form without trusting it: what can be checked without the body is checked before
the body is read, and the body is read as a stream with running limits (nothing is spooled first).

Before the first byte of the body (`before_body`): the caller (the authentication middleware has already
refused a request without a session or token), CSRF (a page of another site, or a wrong `X-CSRF-Token`
header: 403), a caller who may add to no collection at all (403), the write grant to a `collection` given
in the query string (403), and a declared Content-Length over the total limit (413).

Then the body is streamed (`receive`; multipart, with or without Content-Length, or a small URL-encoded
form). Small fields (`csrf_token`, `collection`, `publisher`, at most FIELD_BYTES each) may come first; before
the first file or the pasted text is read, the form's CSRF token (when no header carried it) and the write
grant to the collection are checked. Each file goes to a fresh name in the job's folder with a running
count: the request is answered 413 as soon as a file, the pasted text or the whole body passes its limit,
and the rest of the body is never read.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import parse_qsl

from fastapi import Request
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import parse_options_header
from starlette.concurrency import run_in_threadpool

from materiel.record.errors import AccessDenied, InputError
from materiel.security.access import Access
from materiel.sources.fetch import is_url
from materiel.web.auth import check_csrf, csrf_token
from materiel.web.multipart import parts

MAX_FILES = 20
MAX_FIELDS = 20
FIELD_BYTES = 4096  # csrf_token, collection, publisher and any other small field
SUPPORTED = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".jsonl", ".ndjson")
COLLECTION = re.compile(r"[\w .:-]{1,200}")
LARGE = ("files", "text")  # the parts read only once the checks have passed


class Rejected(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def mb(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n / 1024:.0f} KB"


def total_limit(limit: int) -> int:
    """The whole body: every file and the pasted text at their limit, and room for the rest."""
    return (MAX_FILES + 1) * limit + (1 << 20)


def default_collection(access: Access) -> str:
    """"default" for the local user; the only collection a user may write, when there is one."""
    if access.writable is not None and len(access.writable) == 1:
        return next(iter(access.writable))
    return "default"


def before_body(request: Request, access: Access, limit: int) -> bool:
    """The checks made before reading the body; True when the form must bring its CSRF token first."""
    need_token = False
    try:
        check_csrf(request)  # the header's token, or a caller without ambient credentials
    except AccessDenied:
        if request.headers.get("x-csrf-token"):
            raise
        check_csrf(request, csrf_token(request))  # with the right token, only a page of another site fails
        need_token = True
    if access.writable is not None and not access.writable:
        raise AccessDenied(f"{access.who} has no grant to add to any collection")
    if request.query_params.get("collection"):
        access.check_write(request.query_params["collection"])
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > total_limit(limit):
        raise Rejected(413, f"the upload is too large: at most {MAX_FILES} files of {mb(limit)} each")
    return need_token


@dataclass
class Received:
    paths: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # path -> the name the user gave
    collection: str = ""
    publisher: str | None = None


@dataclass
class _Part:
    name: str
    filename: str | None
    data: bytearray = field(default_factory=bytearray)
    path: str | None = None
    handle: IO[bytes] | None = None
    size: int = 0


class Receiver:
    """One form being received into `folder` (see the module's docstring)."""

    def __init__(self, request: Request, access: Access, folder: str, limit: int, need_token: bool) -> None:
        self.request, self.access, self.folder, self.limit = request, access, folder, limit
        self.need_token = need_token
        self.fields: dict[str, str] = {}
        self.got = Received()
        self.parts = self.body = 0
        self.part: _Part | None = None
        self.text = ""

    def gate(self) -> None:
        """CSRF and the write grant, once, before anything large is read."""
        if self.got.collection:
            return
        if self.need_token:
            check_csrf(self.request, self.fields.get("csrf_token", ""))
        collection = (self.request.query_params.get("collection") or self.fields.get("collection", "").strip()
                      or default_collection(self.access))
        if not COLLECTION.fullmatch(collection):
            raise Rejected(400, "collection: letters, digits, spaces and . : - _ only")
        self.access.check_write(collection)
        self.got.collection = collection

    def count(self, n: int) -> None:
        self.body += n
        if self.body > total_limit(self.limit):
            raise Rejected(413, f"the upload is too large: at most {MAX_FILES} files of {mb(self.limit)} each")

    async def begin(self, name: str, filename: str | None) -> None:
        self.parts += 1
        if self.parts > MAX_FILES + MAX_FIELDS:
            raise Rejected(400, f"at most {MAX_FILES} files and {MAX_FIELDS} other fields in one form")
        self.part = part = _Part(name, filename)
        if name in LARGE or filename is not None:
            self.gate()
        if filename and name == "files":  # a file input left empty sends a part with an empty filename: ignored
            suffix = Path(filename).suffix.lower()
            if suffix not in SUPPORTED:
                raise Rejected(415, f"{filename}: unsupported file type {suffix or '(none)'}; "
                                    f"upload {', '.join(SUPPORTED)} files")
            if len(self.got.paths) >= MAX_FILES:
                raise Rejected(400, f"at most {MAX_FILES} files at a time")
            part.path = os.path.join(self.folder, f"upload-{len(self.got.paths):02d}{suffix}")
            part.handle = await run_in_threadpool(open, part.path, "wb")  # disk off the event loop
            self.got.paths.append(part.path)
            self.got.names[part.path] = filename

    async def data(self, chunk: bytes) -> None:
        part = self.part
        if part is None:
            return
        part.size += len(chunk)
        if part.handle is not None:
            if part.size > self.limit:
                raise Rejected(413, f"{part.filename}: larger than the limit of {mb(self.limit)} per file")
            await run_in_threadpool(part.handle.write, chunk)
        elif part.filename is None:
            cap = self.limit if part.name == "text" else FIELD_BYTES
            if part.size > cap:
                raise Rejected(413, f"the pasted text is larger than the limit of {mb(self.limit)}"
                               if part.name == "text" else f"the field {part.name[:40]!r} is too long")
            part.data.extend(chunk)

    async def end(self) -> None:
        part, self.part = self.part, None
        if part is None:
            return
        if part.handle is not None:
            part.handle.close()
            if part.size == 0:
                raise Rejected(400, f"{part.filename}: the file is empty")
        elif part.filename is None:
            self.field(part.name, part.data.decode("utf-8", errors="replace"))

    def field(self, name: str, value: str) -> None:
        if name == "collection" and self.got.collection and value.strip() \
                and value.strip() != self.got.collection:
            raise Rejected(400, "send the collection before the files and the pasted text")
        if name == "text":
            self.text = value
        else:
            self.fields.setdefault(name, value)

    def close(self) -> None:
        if self.part is not None and self.part.handle is not None:
            self.part.handle.close()

    def finish(self) -> Received:
        self.gate()
        if self.text.strip():
            pasted(self.text, self.folder, self.limit, self.got)
        if not self.got.paths:
            raise Rejected(400, "nothing to add: choose files, or paste text or URLs")
        self.got.publisher = self.fields.get("publisher", "").strip() or None
        return self.got


def pasted(text: str, folder: str, limit: int, got: Received) -> None:
    """Pasted URLs (one per line) are inputs as they are; other text is saved as one file."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if all(is_url(line) for line in lines):
        if len(lines) > MAX_FILES:
            raise Rejected(400, f"at most {MAX_FILES} URLs at a time ({len(lines)} given)")
        got.paths += lines
        return
    data = text.encode("utf-8")
    if len(data) > limit:
        raise Rejected(413, f"the pasted text is larger than the limit of {mb(limit)}")
    path = os.path.join(folder, "pasted.txt")
    Path(path).write_bytes(data)
    got.paths.append(path)
    got.names[path] = "pasted text"


async def _multipart(receiver: Receiver, boundary: bytes) -> None:
    async for kind, name, value in parts(receiver.request.stream(), boundary, receiver.count):
        if kind == "begin":
            await receiver.begin(name, value.decode("utf-8", "replace") if value is not None else None)
        elif kind == "data":
            await receiver.data(value or b"")
        else:
            await receiver.end()


async def _urlencoded(receiver: Receiver) -> None:
    """A form without files (a script's, or the page without JavaScript): small, read into memory."""
    body = bytearray()
    cap = 3 * receiver.limit + MAX_FIELDS * FIELD_BYTES  # percent-encoding triples a byte at most
    async for chunk in receiver.request.stream():
        body += chunk
        if len(body) > cap:
            raise Rejected(413, f"the pasted text is larger than the limit of {mb(receiver.limit)}")
    pairs = parse_qsl(body.decode("latin-1"), keep_blank_values=True, encoding="utf-8")
    for key, value in pairs:
        if key != "text" and len(value) > FIELD_BYTES:
            raise Rejected(413, f"the field {key[:40]!r} is too long")
        if key != "text":
            receiver.field(key, value)
    receiver.gate()  # the token came in the body: checked before anything is saved
    for key, value in pairs:
        if key == "text" and len(value.encode("utf-8")) > receiver.limit:
            raise Rejected(413, f"the pasted text is larger than the limit of {mb(receiver.limit)}")
        if key == "text":
            receiver.field(key, value)


async def receive(request: Request, access: Access, folder: str, limit: int, need_token: bool) -> Received:
    """The form's files (saved in `folder`), pasted text and options; see the module's docstring."""
    receiver = Receiver(request, access, folder, limit, need_token)
    kind, options = parse_options_header(request.headers.get("content-type", ""))
    try:
        if kind == b"multipart/form-data" and options.get(b"boundary"):
            await _multipart(receiver, options[b"boundary"])
        elif kind == b"application/x-www-form-urlencoded":
            await _urlencoded(receiver)
        else:
            raise Rejected(400, "send the form as multipart/form-data")
    except FormParserError:
        raise Rejected(400, "could not read the upload: invalid multipart data") from None
    except InputError as exc:
        raise Rejected(400, f"could not read the upload: {exc.reason}") from None
    finally:
        receiver.close()
    return receiver.finish()
