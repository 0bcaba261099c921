"""The noun phrase of one item for `items.ItemFinder`: its tokens (a designation's name, calibres and model numbers
kept, the buyer's name and counts left out), its designation and category, its count as written ("half a million
shells", "30 more jets", "a howitzer"), a part of a whole ("six of 24") and whether it is told as definite."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions import count_words, counts
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.lead_counts import count_before_name
from materiel.extraction.mentions.name_numbers import calibre as _calibre
from materiel.extraction.mentions.name_numbers import calibre_number, model_number, name_number, rest_of_name
from materiel.extraction.mentions.part_of import whole_systems
from materiel.extraction.mentions.quantities import parse_quantity

SKIP_DEPS = {"det", "poss", "nummod", "quantmod", "predet", "punct", "case", "cc", "preconj", "neg",
             "relcl", "acl", "appos", "prep", "conj", "advmod"}
QUANTITY_ADJ = lexicon.word_set("items", "quantity_adjectives")
NUMBER_LEAD = lexicon.word_set("items", "number_lead")
ORDINALS = lexicon.word_set("items", "ordinals")
DEFINITE_DETS = lexicon.word_set("item_words", "definite_dets")
FOLLOW_ON = lexicon.word_set("item_words", "follow_on_words")
BATCH_NOUNS = lexicon.word_set("item_words", "batch_nouns")
BATCH_WORDS = lexicon.word_set("item_words", "follow_on_batch_words")
SINGULAR_DETS = lexicon.word_set("item_words", "singular_dets")


class ItemPhrases:
    """The phrase readings of `items.ItemFinder`, which sets this state."""

    doc: Doc
    span_at: dict[int, Span]
    actor_tokens: set[int]
    mass: set[str]

    def is_materiel(self, tok: Token) -> bool:
        return tok.i in self.span_at

    def _mention(self, head: Token) -> ItemMention:
        toks = self._np_tokens(head)
        span = self.doc[toks[0].i: toks[-1].i + 1] if toks else self.doc[head.i: head.i + 1]
        inner = [self.span_at[i] for i in range(span.start, span.end) if i in self.span_at]
        named = [s for s in inner if s.kb_id_] or whole_systems(head, self.span_at)  # "components of the X-9"
        designation = named[0].kb_id_ if named else None
        head_span = self.span_at.get(head.i)
        category = (named[0].label_ if named else head_span.label_ if head_span else
                    inner[-1].label_ if inner else "equipment")
        q, qtext = self._quantity(head, designation is not None)
        if q is None:  # "six Sea Kite 300 helicopters" parsed with "six" on "Kite": the count before the name
            q, qtext = count_before_name(span, self.span_at) or count_words.outer_count(head, self.is_materiel)
        whole = None
        nums = [t for t in head.subtree if t.i < head.i and t.like_num and t.pos_ == "NUM" and not self._in_designation(t)]
        if (part := counts.partitive_count(head, nums)) is not None:  # "six of 24", "the fourth of six"
            q, qtext, whole = part
        elif qtext is not None and nums:
            qtext = self._follow_on_text(head, nums[0], qtext)
        definite = any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or
                       (c.dep_ == "amod" and c.lower_ in ORDINALS) for c in head.children)
        return ItemMention(head, span, designation, category, q, qtext, definite and not designation, whole=whole)

    def _follow_on_text(self, head: Token, num: Token, qtext: str) -> str:
        """"30 more jets", "an additional 12": the count with its follow-on words, as written (`store.clusters`)."""
        marks = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "advmod") and c.lower_ in FOLLOW_ON]
        up = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if up is not None and up.head.lemma_.lower() in BATCH_NOUNS:
            marks += [c for c in up.head.children if c.dep_ == "amod" and c.i < up.head.i and c.lower_ in BATCH_WORDS]
        if not marks:
            return qtext
        ends = [m.i for m in marks] + [num.i]
        return self.doc[min(ends): max(ends) + 1].text

    def _np_tokens(self, head: Token) -> list[Token]:
        left: list[Token] = []
        before = [t for t in head.subtree if t.i < head.i]
        for c in head.lefts:
            if c.dep_ == "nummod" and (_calibre(c) or model_number(c, before)):
                left.extend([c, *calibre_number(c)])  # "12 Zorvan 2000 155 mm howitzers", "30 Kestrel 2 missiles"
                continue
            if self._in_designation(c):
                left.extend(t for t in c.subtree if self._in_designation(t) or _calibre(t) or name_number(t) or
                            (t.dep_ not in ("nummod", "det", "quantmod", "punct") and not t.like_num))
                continue
            hyphenated = c.i + 1 < len(self.doc) and self.doc[c.i + 1].text == "-"
            if c.dep_ in SKIP_DEPS or (c.i in self.actor_tokens and not hyphenated) or c.lower_ in QUANTITY_ADJ:
                continue
            if c.pos_ in ("DET", "PRON", "NUM", "PUNCT") and not _calibre(c):
                continue
            left.extend(t for t in c.subtree if (t.i not in self.actor_tokens or self.doc[min(t.i + 1, len(self.doc) - 1)].text == "-") and
                        (_calibre(t) or name_number(t) or t.text == "-" or t.dep_ not in ("det", "poss", "nummod", "punct")))
        toks = sorted({*left, head}, key=lambda t: t.i)
        run = [head]  # keep a contiguous run ending at the head
        for t in reversed(toks[:-1]):
            if t.i == run[0].i - 1 or (t.i == run[0].i - 2 and self.doc[t.i + 1].text in ("-", "/", "x", "\u00d7")):
                run.insert(0, t)
            else:
                break
        # a designation right before the phrase belongs to it, however the parser attached it
        while run[0].i > 0 and self._in_designation(self.doc[run[0].i - 1]):
            run.insert(0, self.doc[run[0].i - 1])
        # "rounds of 7.62mm ammunition": keep the of-phrase when it names materiel
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj and self.is_materiel(pobj[0]) and c.i == run[-1].i + 1:
                    run.extend(self.doc[c.i: pobj[0].i + 1])
        return run + rest_of_name(head, self.span_at.get(head.i), run)  # "four Zorvan Z-40"

    def in_designation(self, t: Token) -> bool:
        """t is part of a designation's name ("Borvian" in "Borvian Extended Range Coastal Missile Battery")."""
        return self._in_designation(t)

    def _in_designation(self, t: Token) -> bool:
        return bool(t.i in self.span_at and self.span_at[t.i].kb_id_)

    def _quantity(self, head: Token, named: bool) -> tuple[int | float | None, str | None]:
        if (before := count_words.count_before_calibre(head)) is not None:
            return before  # "half a million 7.62 mm rounds"
        left = [t for t in head.subtree if t.i < head.i]
        for c in [c for c in head.children if c.i < head.i] + left:
            if _calibre(c) or self._in_designation(c) or model_number(c, left) or count_words.no_count(c):
                continue
            if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.pos_ == "NUM"):
                sub = list(c.subtree)
                while len(sub) > 1 and sub[0].lower_ in counts.BATCH_ORDINALS | counts.PART_ORDINALS:
                    sub = sub[1:]  # "the first four tanks": four, the first of a batch
                start = sub[0].i  # "half a million shells": the words before the number belong to it
                while start > 0 and self.doc[start - 1].lower_ in NUMBER_LEAD and self.doc[start - 1].head.i in (head.i, c.i):
                    start -= 1
                text = self.doc[start: sub[-1].i + 1].text
                value = parse_quantity(text)
                if value is None and c.dep_ == "quantmod":
                    continue  # "hand over 14 jets" parsed with "over" as a quantity modifier
                return value, text
        for c in left:
            if count_words.bare_number(c) and not self._in_designation(c) and c.dep_ in ("compound", "amod", "nmod"):
                return count_words.scaled(c)  # "2 million 7.62 mm rounds": the scale word split off by the parser
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of" and head.pos_ == "NUM":
                return count_words.scaled(head)
        det = [c for c in head.children if c.dep_ == "det" and c.lower_ in SINGULAR_DETS]
        if det and head.tag_ in ("NN", "NNP") and head.lower_ not in self.mass and head.lemma_.lower() not in self.mass:
            cat = self.span_at.get(head.i)
            if named or cat is None or cat.label_ not in ("weapons", "equipment", "ammunition"):
                return 1, det[0].text
        return None, None
