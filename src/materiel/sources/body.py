"""A response body as it arrives (`Body`): decompressed (gzip, deflate) no further than the size limit,
so a small compressed body cannot grow into a large one in memory (used by `materiel.sources.fetch`)."""
from __future__ import annotations

import zlib

from materiel.record.errors import InputError


def mb(n: int) -> str:
    return f"{n / (1 << 20):g} MB"


def too_large(url: str, max_bytes: int) -> InputError:
    return InputError(url, f"response is larger than the limit of {mb(max_bytes)} (set --max-size)")


class Body:
    """The body as it arrives, decompressed (gzip, deflate) no further than max_bytes + 1 bytes."""

    def __init__(self, url: str, encoding: str, max_bytes: int) -> None:
        codings = [c.strip() for c in encoding.lower().split(",") if c.strip() and c.strip() != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise InputError(url, f"unsupported Content-Encoding {encoding!r} (materiel reads gzip and deflate)")
        self.url, self.max_bytes, self.data = url, max_bytes, bytearray()
        self._coding = codings[0] if codings else None
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16) if self._coding in ("gzip", "x-gzip") else \
            zlib.decompressobj() if self._coding == "deflate" else None
        self._first = True

    def feed(self, chunk: bytes) -> None:
        room = self.max_bytes + 1 - len(self.data)
        if self._z is None:
            self.data += chunk[:room]
        else:
            try:
                self.data += self._z.decompress(chunk, room)
            except zlib.error:
                if not (self._first and self._coding == "deflate"):
                    raise InputError(self.url, f"{self._coding} body is corrupt") from None
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send it
                self.data += self._z.decompress(chunk, room)
        self._first = False
        if len(self.data) > self.max_bytes:
            raise too_large(self.url, self.max_bytes)
