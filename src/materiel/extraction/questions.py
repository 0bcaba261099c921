"""Direct questions assert nothing: "Has the Government approved the export of X to Y?" or "Will the
Government approve the delivery of ...?" (a parliamentary question) gives no row; the answer that
follows ("Yes. On 10 January the Government approved ...") is an assertion. A direct question is a
sentence that ends with a question mark and opens (after any numbering) with an auxiliary or a
question word; a statement with a question tagged on ("X sent tanks, but will it send more?") is not one."""
from __future__ import annotations

from spacy.tokens import Span

from materiel import lexicon

OPENERS = lexicon.word_set("resolve", "question_openers")


def is_direct_question(sent: Span) -> bool:
    words = [t for t in sent if not (t.is_space or t.is_punct or t.like_num)]
    solid = [t for t in sent if not t.is_space]
    if not words or not solid or solid[-1].text != "?":
        return False
    return words[0].lower_ in OPENERS
