"""A wire dateline opening a line stands alone as a sentence where the parser would fold it into the lead:
- a count opening the lead after the dateline's date ("TARVO, May 2 - Two X were ..."), which the tagger reads
  as part of the date ("May 2 - Two") and the lead then loses;
- a dateline naming its agency in brackets ("TARVO, May 2 (Agency) - Two X were handed over to ..."), which the
  parser reads as the lead's subject phrase ("TARVO ... (Agency)" a passive subject, a party of no row).
A dateline of a place and date alone before a worded lead ("TARVO, May 2 - The brigade ...") keeps the parse
the rest of the pipeline reads. Runs before the parser: the token after the dateline's dash starts a sentence."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from materiel.extraction.mentions.titled_datelines import AGENCY, DATE, TITLED

CAPS = re.compile(rf"[A-Z][A-Z.'/ ]*[A-Z](?:, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?(?:,? {DATE})?(?: {AGENCY})?"
                  r"\s*(?:--|[-\u2013\u2014:])\s")
BRACKETED = re.compile(AGENCY)


def _line_starts(doc: Doc) -> list[int]:
    """Character offsets of the text's line openings."""
    return [0] + [m.end() for m in re.finditer(r"\n\s*", doc.text)]


@Language.component("materiel_dateline_breaks")
def dateline_breaks(doc: Doc) -> Doc:
    by_char = {t.idx: t.i for t in doc}
    for start in _line_starts(doc):
        line = doc.text[start:start + 120]
        m = CAPS.match(line) or TITLED.match(line)
        if m is None:
            continue
        end = start + m.end()
        while end < len(doc.text) and doc.text[end].isspace():
            end += 1
        i = by_char.get(end)
        if i is None or i == 0 or not (doc[i].like_num or BRACKETED.search(m.group(0)) and doc[i].is_alpha):
            continue
        doc[i].is_sent_start = True
        if i + 1 < len(doc) and not doc[i + 1].is_punct and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = False  # the lead's first two words stay one sentence
    return doc
