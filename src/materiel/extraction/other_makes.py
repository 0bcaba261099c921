"""A supplier told for one system lends itself to no system made elsewhere: "X ordered 16 A from Acme Aircraft
Corporation ... and its air force later signed for two B" (B made in state Q) does not give B the firm told for A when that
firm's state is not known (discourse._made_elsewhere compares a known state with the row's maker). A row with a
designated item of a known maker state borrows no supplier of the same recipient from an earlier row with another
designated item when that supplier's state is unknown (the earlier item's maker may be unknown too: the firm was
told for it, not for B), nor when both items have known makers that differ and the supplier is not of the row's
maker state. The same item again keeps the firm; fill_from_origin then names the row's maker."""
from __future__ import annotations

from materiel import lexicon


def other_make(designation: str | None, donor: str | None, supplier_country: str | None) -> bool:
    """The row's designated item (designation) is made in a known state other than the earlier row's (donor's),
    and the earlier row's supplier is of no known state, or of another state than the row's maker."""
    if not designation or not donor or designation == donor:
        return False
    lex = lexicon.load()
    mine, theirs = lex.origin_of(designation), lex.origin_of(donor)
    if supplier_country is None:  # a firm of no known state, told for another system: the row's maker sells it
        return bool(mine and theirs != mine)
    return bool(mine and theirs and mine != theirs and supplier_country != mine)
