"""Aid withheld: "Ruritania suspended its military assistance to X", "cut off security aid", "froze support for
the army". Aid or assistance withheld as a whole names no materiel: its refusal is a policy on help of every kind
(training, funds, advice), not a transfer of arms refused, and gives no row. An item with a designation or a count,
or one with a head that names materiel, stays. The words are words.toml [refused_aid]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.record.models import Transfer

AID_HEADS = lexicon.word_set("refused_aid", "aid_heads")

Pair = tuple[Frame, Transfer]


def _aid_only(t: Transfer) -> bool:
    words = t.item.text.lower().replace("-", " ").split()
    return bool(words) and words[-1] in AID_HEADS and not t.item.designation and t.quantity is None


def drop_refused_aid(pairs: list[Pair]) -> list[Pair]:
    """The pairs without refusals of aid as a whole (see the module's text)."""
    return [(f, t) for f, t in pairs if not (t.stage == "refused" and _aid_only(t))]
