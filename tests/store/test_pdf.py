"""`materiel add` reads PDFs by their text layer; a PDF without one gives one clear line."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from materiel.cli import app
from materiel.sources.pdf import NO_TEXT, read_pdf

runner = CliRunner()


def minimal_pdf(lines: list[str] | None, title: str | None = None) -> bytes:
    """A one-page PDF written by hand: a Helvetica BT/ET text object per line, or (lines=None) a page
    with nothing but a drawn rectangle, as a scan without OCR has no text either."""
    if lines is None:
        content = b"q 0.5 g 72 72 200 100 re f Q"
    else:
        ops = [b"BT /F1 12 Tf 14 TL 72 720 Td"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + esc.encode("latin-1") + b") Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    if title:
        objects.append(b"<< /Title (" + title.encode("latin-1") + b") >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    info = b" /Info %d 0 R" % len(objects) if title else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    return bytes(out)


def test_pdf_text_layer_and_scans(db: str, tmp_path: Path) -> None:
    d = tmp_path / "pdfs"
    d.mkdir()
    (d / "a_report.pdf").write_bytes(minimal_pdf(
        ["Germany has offered ten Leopard 2 tanks to Poland, the German", "government said on Friday."],
        title="German tanks for Poland"))
    (d / "b_scan.pdf").write_bytes(minimal_pdf(None))
    (d / "c_broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog\ngarbage")
    (d / "d_note.txt").write_text("Spain has delivered six howitzers to Ukraine.\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "--db", db, "-q", "--json", str(d)])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["added"] == 2 and summary["failed"] == 2
    reasons = {Path(f["source"]).name: f["reason"] for f in summary["failures"]}
    assert reasons["b_scan.pdf"] == NO_TEXT == "PDF has no text layer (scanned?)"
    assert reasons["c_broken.pdf"].startswith(("not a readable PDF", "PDF has no text layer"))
    show = runner.invoke(app, ["register", "--db", db, "--json"])
    rows = [json.loads(x) for x in show.stdout.splitlines() if x.strip()]
    assert {(r["supplier_id"], r["recipient_id"]) for r in rows} == {("DEU", "POL"), ("ESP", "UKR")}


def test_pdf_failure_is_one_line(db: str, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(minimal_pdf(None))
    result = runner.invoke(app, ["add", "--db", db, "-q", str(scan)])
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if NO_TEXT in x]
    assert len(lines) == 2 and lines[0].startswith("failed:")  # the line as it happens, and in the summary


def test_pdf_title(tmp_path: Path) -> None:
    p = tmp_path / "t.pdf"
    p.write_bytes(minimal_pdf(["Chile sold two frigates to Peru."], title="Frigates"))
    doc = read_pdf(str(p), 1 << 20)
    assert doc.title == "Frigates" and "Chile sold two frigates to Peru." in doc.text
