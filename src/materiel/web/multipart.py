"""A multipart/form-data body read as a stream of events, with nothing buffered beyond one chunk.

`parts(stream, boundary, count)` yields ("begin", name, filename or None), ("data", "", bytes) and
("end", "", None) as the body arrives; `count(n)` is called with each chunk's size before it is parsed
(the caller's running limit: raising there stops the reading). python-multipart does the parsing and
raises its FormParserError on a malformed body.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from python_multipart.multipart import MultipartParser, parse_options_header

from materiel.record.errors import InputError

Event = tuple[str, str, bytes | None]


class _Events:
    """python-multipart's callbacks, turned into a list of (kind, value) handled after each chunk."""

    def __init__(self) -> None:
        self.events: list[tuple[str, bytes]] = []
        self.head: dict[bytes, bytes] = {}
        self.header, self.value = b"", b""

    def callbacks(self) -> dict[str, Any]:
        return {"on_part_begin": self.head.clear, "on_header_field": self.on_field, "on_header_value": self.on_value,
                "on_header_end": self.on_header_end, "on_headers_finished": self.on_headers,
                "on_part_data": self.on_data, "on_part_end": lambda: self.events.append(("end", b""))}

    def on_field(self, data: bytes, start: int, end: int) -> None:
        self.header += data[start:end]

    def on_value(self, data: bytes, start: int, end: int) -> None:
        self.value += data[start:end]

    def on_header_end(self) -> None:
        self.head[self.header.lower()] = self.value
        self.header, self.value = b"", b""

    def on_headers(self) -> None:
        self.events.append(("begin", self.head.get(b"content-disposition", b"")))

    def on_data(self, data: bytes, start: int, end: int) -> None:
        self.events.append(("data", bytes(data[start:end])))


async def parts(stream: AsyncIterator[bytes], boundary: bytes, count: Callable[[int], None]) -> AsyncIterator[Event]:
    parsed = _Events()
    parser = MultipartParser(boundary, parsed.callbacks())  # type: ignore[arg-type]  # a dict of the callbacks
    async for chunk in stream:
        count(len(chunk))
        parser.write(chunk)
        for kind, value in parsed.events:
            if kind == "begin":
                _, options = parse_options_header(value)
                if b"name" not in options:
                    raise InputError("upload", "a part of the form has no name")
                yield kind, options[b"name"].decode("utf-8", "replace"), options.get(b"filename")
            else:
                yield kind, "", value if kind == "data" else None
        parsed.events.clear()
    parser.finalize()
