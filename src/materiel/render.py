"""Human-readable output: the register of one document as a Rich table."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from materiel.evaluation.base import SetResult
from materiel.models import Actor, Report, Transfer


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
                          s.name, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", f"{s.tp}/{s.fp}/{s.fn}")
        table.add_section()
    console.print(table)
    for r in results:
        if r.skipped or not (r.misses or r.note):
            continue
        console.print(f"[bold]{r.set}[/bold] [dim]{r.note}[/dim]")
        for line in r.misses[:misses]:
            console.print(f"  {line}", markup=False)
