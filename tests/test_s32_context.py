"""Session 32 (round 2), context: parties found through the article's context.

Pattern (extraction/any_groups.py): a denial to a class of groups, not a named one ("X has never shipped guns to
any armed group in Y", "to any <demonym> group", "to any rebels in Y"). The quantified phrase stands for the group
the accusation named before (an earlier row of the same supplier, or a group named in a sentence that also names
the supplier, "<Name> fighters"); it is not the state of the demonym or of the "in" phrase. With no group named
before, or a phrase without "any"/"no", the row keeps its recipient."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                    d.get("factuality", "")))
    return out


def _denials(text: str) -> list[tuple[str, str]]:
    return [(s, r) for s, r, f in _rows(text) if f in ("denied", "negated")]


@pytest.mark.parametrize("text,supplier,group", [
    ("UN experts said Angola supplied rifles and mortars to the M23 in 2012. "
     "Angola said it had never shipped arms to any Congolese group.", "Angola", "M23"),
    ("Iran has shipped missiles to the Houthis, according to the report. "
     "Tehran said it had not provided arms to any armed group in Yemen.", "Iran", "Houthis"),
    ("The report cites four former M23 fighters who described the training in Rwanda. "
     "Kigali has never shipped guns to any rebels in Congo.", "Rwanda", "M23"),
    ("Witnesses said Rwandan officers gave rifles to M23 commanders near Goma. "
     "Rwanda said it had provided no weapons to any Congolese group.", "Rwanda", "M23"),
])
def test_any_group_is_the_group_named_before(text: str, supplier: str, group: str) -> None:
    denials = _denials(text)
    assert (supplier, group) in denials
    assert all(r == group for s, r in denials if s == supplier)  # not the state of "Congolese" / "in Yemen"


def test_no_group_named_before_keeps_the_phrase() -> None:
    denials = _denials("Portugal said it had never sold arms to any armed group in Chad.")
    assert denials and all(s == "Portugal" and r != "" for s, r in denials)


def test_another_suppliers_group_is_not_taken() -> None:
    denials = _denials("Rwanda supplied rifles to the M23 in 2012, the panel said. "
                       "Uganda has never shipped guns to any armed group in Congo.")
    assert ("Uganda", "M23") not in denials


def test_named_recipient_without_any_is_kept() -> None:
    denials = _denials("Rwanda supplied rifles to the M23 in 2012. "
                       "Uganda has never supplied weapons to the Congolese army.")
    assert ("Uganda", "M23") not in denials
    assert any(s == "Uganda" and "Congo" in r for s, r in denials)
