"""A charge quoted as someone's words is no transfer row: in 'Moscow said Washington was "arming Kyiv for a
war"' or 'X accused Y of "arming Z"', the verb alone implies the weapons and it stands inside a quoted
fragment whose subject (the supplier) is outside the quote: the text reports what a party called the
supplier's conduct, not a transfer. A supplier's own words ('"We are arming Z," the minister said') keep
their row, as does any row whose item the text names."""
from __future__ import annotations

from spacy.tokens import Span

from materiel.extraction.discourse import Row


def quote_around(sent: Span, i: int) -> tuple[int, int] | None:
    """The token range (after the opening mark, before the closing one) of the quotation holding token i
    in its sentence, when an odd number of quotation marks of the sentence stand before it."""
    marks = [t.i for t in sent if t.is_quote and t.text not in ("'", "\u2019")]
    before = [m for m in marks if m < i]
    if len(before) % 2 == 0:
        return None
    after = [m for m in marks if m > i]
    return before[-1] + 1, after[0] if after else sent.end


def quoted_charge(r: Row) -> bool:
    """An implied item ("arming X") told in a quoted fragment whose supplier stands outside the quote."""
    if not (r.frame.implicit and r.item.span.start == r.frame.trigger.i):
        return False
    quote = quote_around(r.sent, r.frame.trigger.i)
    if quote is None:
        return False
    return r.supplier is None or not quote[0] <= r.supplier.token.i < quote[1]


__all__ = ["quote_around", "quoted_charge"]
