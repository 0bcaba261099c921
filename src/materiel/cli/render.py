"""Human-readable output: the register of one document as a Rich table."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from materiel.evaluation.base import SetResult
from materiel.record.models import Actor, Report, Transfer


def _actor(a: Actor | None) -> str:
    if a is None:
        return "—"
    return a.name if not a.country or a.kind != "state" else f"{a.name} ({a.country})"


def _item(t: Transfer) -> Text:
    text = t.item.text
    if t.item.designation and t.item.designation.lower() not in text.lower():
        text += f" [{t.item.designation}]"
    return Text(text + "\n") + Text(t.item.category, style="dim")


def _qty(t: Transfer) -> str:
    if t.quantity is not None:
        return f"{t.quantity:,}"
    return t.quantity_text or ""


def report_table(report: Report) -> Table:
    title = report.document.title or report.document.source
    table = Table(title=Text(f"{title} — {len(report.transfers)} transfer row(s)", style="table.title"), show_lines=True,
                  title_justify="left")
    for col in ("supplier", "recipient", "item", "qty", "stage", "factuality", "according to", "when / where"):
        table.add_column(col, overflow="fold")
    for t in report.transfers:
        fact = t.factuality + (f"\nby {_actor(t.denied_by)}" if t.denied_by else "")
        src = t.attribution.text if t.attribution else ""
        whenwhere = " ".join(x for x in ((t.when.text if t.when else ""), (f"in {t.where.text}" if t.where else "")) if x)
        sup = _actor(t.supplier) + (f"\nvia {_actor(t.intermediary)}" if t.intermediary else "")
        stage = t.stage + (f"\nby {_actor(t.intercepted_by)}" if t.intercepted_by else "")
        table.add_row(Text(sup), Text(_actor(t.recipient)), _item(t), _qty(t), stage, Text(fact), Text(src),
                      Text(whenwhere))  # document text is never read as Rich markup
    return table


def print_report(report: Report, console: Console, evidence: bool = False) -> None:
    console.print(report_table(report))
    if evidence:
        for i, t in enumerate(report.transfers, 1):
            console.print(f"[bold]{i}[/bold] [dim]{t.rule} {t.confidence:.2f} "
                          f"@{t.evidence.start}-{t.evidence.end}[/dim] {escape(t.evidence.text)}")


# how the transfer gold sets' two register scores are labelled (materiel.evaluation.transfers)
SCORE_LABELS = {"strict": "strict one-to-one (headline)", "lenient": "lenient (score_transfers.py)"}


def print_evaluation(results: list[SetResult], console: Console, misses: int = 8) -> None:
    table = Table(title="materiel evaluate", show_lines=False, title_justify="left")
    for col in ("set", "split", "docs", "dimension", "P", "R", "F1", "tp/fp/fn"):
        table.add_column(col, overflow="fold")
    for r in results:
        if r.skipped:
            table.add_row(r.set, r.split, "", f"[yellow]skipped: {r.skipped}[/yellow]", "", "", "", "")
            continue
        for i, s in enumerate(r.scores):
            table.add_row(r.set if i == 0 else "", r.split if i == 0 else "", str(r.documents) if i == 0 else "",
                          SCORE_LABELS.get(s.name, s.name), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", f"{s.tp}/{s.fp}/{s.fn}")
        table.add_section()
    console.print(table)
    for r in results:
        if r.skipped or not (r.misses or r.note):
            continue
        console.print(f"[bold]{r.set}[/bold] [dim]{r.note}[/dim]")
        for line in r.misses[:misses]:
            console.print(f"  {line}", markup=False)


def print_calibration(out: dict[str, Any], console: Console) -> None:
    """`materiel evaluate --calibration`: rows per confidence band and the share matching gold."""
    for group, kinds in out["bands"].items():
        table = Table(title=f"confidence bands: {group} (share of rows matching gold, lenient)",
                      title_justify="left")
        for col in ("band", "raw rows", "raw right", "calibrated rows", "calibrated right"):
            table.add_column(col)
        for raw, cal in zip(kinds["raw"], kinds["calibrated"], strict=False):
            table.add_row(raw["band"], str(raw["rows"]), _share(raw), str(cal["rows"]), _share(cal))
        console.print(table)
    if out.get("skipped"):
        console.print(f"[yellow]skipped (not found): {', '.join(out['skipped'])}[/yellow]")
    if out.get("written"):
        console.print(f"wrote {out['written']} ({len(out.get('families') or {})} rule families, "
                      f"{out['rows']} rows of {', '.join(out['sets'])})")


def _share(band: dict[str, Any]) -> str:
    return "" if band["share"] is None else f"{band['share']:.2f} ({band['right']})"
