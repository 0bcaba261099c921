"""Items: from a noun phrase in a transfer's object slot to one item per coordinated noun.

"drones, electronic warfare systems and howitzers" gives three items; "supplies of weapons" and "half of the
unnamed weapons" give "weapons"; "weapons, such as howitzers and radars" gives the named kinds, not the generic."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions import count_words, counts, cut_names
from materiel.extraction.mentions.apposed_members import generic_gives_way
from materiel.extraction.mentions.apposed_models import apposed_model, named_antecedent
from materiel.extraction.mentions.as_well_as import added_after_modifier
from materiel.extraction.mentions.contents import content_preps, names_contents
from materiel.extraction.mentions.item_mention import ItemMention, distinct_mentions
from materiel.extraction.mentions.item_phrases import ItemPhrases
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.shared_heads import split_kinds

ANAPHORIC_DETS = lexicon.word_set("items", "anaphoric_dets")
EXAMPLE_PREPS = lexicon.word_set("items", "example_preps")
VALUE_MODIFIERS = lexicon.word_set("items", "value_modifiers")


class ItemFinder(ItemPhrases):
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        cues = lexicon.toml("cues.toml")["items"]
        self.containers = set(cues["containers"]) | set(cues["unit_containers"])
        self.context = set(cues["context"])
        self.mass = set(cues["mass"])
        self.span_at: dict[int, Span] = {}
        for s in doc.spans.get("materiel", []):
            for i in range(s.start, s.end):
                self.span_at[i] = s
        self.actor_tokens = {i for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}

    def items(self, tok: Token, depth: int = 0) -> list[ItemMention]:
        """Items named by the phrase headed by tok and the phrases coordinated with it."""
        out: list[ItemMention] = []
        if depth == 0 and self.is_materiel(tok) and (name := named_antecedent(tok, self._named)) is not None:
            return self.items(name, depth)  # "the Mi-17, a helicopter that X sold": the Mi-17
        names = self.is_materiel(tok) or self._modified_item(tok)
        listed = [a for a in tok.children if a.dep_ == "appos" and (
            (self.is_materiel(a) and any(c.dep_ == "nummod" for c in a.children))  # "400 A, 120 B and six C"
            or (names and any(self.is_materiel(x) for x in a.conjuncts)))]  # "40 A-1 jets, B helicopters and C guns"
        members = [x for a in listed for x in (a, *a.conjuncts)]
        first = [] if members and not self._named(tok) and (all(self._named(x) for x in members) or
                                                            generic_gives_way(tok, members)) else [tok]
        if depth == 0 and not members and (model := apposed_model(tok, self._named)) is not None:
            first, members = [], [model] if model.dep_ == "appos" else []  # "the tank, the Z-40,": the model
        members += added_after_modifier(tok) if depth == 0 else []  # "80 A, refurbished by X, as well as B"
        for t in [*first, *tok.conjuncts, *members] if depth == 0 else [tok, *members]:  # "systems, A and B": A and B
            found = self._one(t, depth)  # "two A-class and two B-class boats": the A-class boats too
            out.extend(k for m in found for k in (split_kinds(t, m, self.span_at) if m.head.i == t.i else [m]))
        return distinct_mentions(out)

    def _named(self, tok: Token) -> bool:
        """The phrase headed by tok names a system ("Huey helicopters"), not only a kind ("helicopters")."""
        return any(self.span_at[i].kb_id_ for i in range(tok.left_edge.i, tok.i + 1) if i in self.span_at)

    def _one(self, tok: Token, depth: int) -> list[ItemMention]:
        if depth > 4:
            return []
        examples = self._examples(tok, depth)
        if examples:
            return examples
        if self.is_materiel(tok):
            return [self._mention(tok)]
        # "XK-7 launchers" where only the compound is matched, or "weapons deliveries".
        if tok.lemma_.lower() in self.containers or tok.lower_ in self.containers or tok.pos_ in ("NUM", "PRON", "DET", "ADJ") \
                or tok.like_num or (counts.is_money(tok) and tok.pos_ in ("NOUN", "SYM")):
            found: list[ItemMention] = []
            preps = content_preps(tok)  # "for A and for B", "crates filled with X"
            for c in preps:
                if c.dep_ == "prep" and c.lower_ == "of" and not any(p.dep_ == "pobj" for p in c.children):
                    found.extend(self._after(c))  # "hundreds of drones" misparsed
                if c.dep_ in ("prep", "conj") and (names_contents(c) or (c.lower_ == "in" and counts.is_money(tok))):
                    for p in c.children:  # "$9 million in weapons and vehicles": a value, then the items
                        if p.dep_ == "pobj":
                            found.extend(self.items(p, depth + 1) if depth == 0 else self._one(p, depth + 1))
                            found.extend(m for q in p.conjuncts for m in self._one(q, depth + 1))
            if found:
                if (tok.like_num or tok.pos_ == "NUM" or counts.part_of_whole(tok) or counts.counted_more(tok)) and not counts.is_money(tok):  # "three of the five"
                    q, qtext = count_words.scaled(tok)  # "the second of those batteries": one of them; "2 million of"
                    for m in found:  # "the second of six vessels": one, of a whole of six
                        whole = m.quantity if counts.counted_part(tok) and (m.quantity or 0) > (q or 1) else m.whole
                        m.quantity, m.quantity_text, m.whole = q if q is not None else counts.one_of(tok), qtext, whole
                return counts.batched(tok, found)  # "two batches of six A": twelve
        nxt = tok.doc[tok.i + 1] if tok.like_num and tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.head.i != tok.i and nxt.i in self.span_at and self.span_at[nxt.i].kb_id_ and \
                nxt.dep_ in ("punct", "dep", "npadvmod", "appos"):  # "ordered 34 F-35A from": a name the parser cut off
            m = self._mention(nxt)
            m.quantity, m.quantity_text = parse_quantity(tok.text), tok.text
            return [m]
        if depth == 0 and (counts.bare_count(tok) or counts.batch_part(tok) or counts.bare_batch(tok)):
            m = self._mention(tok)  # "Paraguay ordered six in 2024": six of the system named before
            m.anaphoric = True  # "a batch that X delivered": an uncounted batch of it
            m.quantity, m.quantity_text = (None, None) if counts.vague_part(tok) else (parse_quantity(tok.text), tok.text) \
                if tok.pos_ == "NUM" else counts.batch_count(tok) if counts.bare_batch(tok) else (1, tok.text)
            return [m]
        if self._modified_item(tok):
            return [self._mention(tok)]
        if tok.lower_ in counts.MORE_WORDS and depth > 0 or \
                (tok.lower_ == "more" and any(c.dep_ in ("amod", "nummod", "advmod") for c in tok.children)):
            m = self._mention(tok)  # "the purchase of several more": the item named before
            m.anaphoric = True
            return [m]
        if tok.lower_ in self.context or tok.lemma_.lower() in self.context:
            if any(c.lower_ in ANAPHORIC_DETS or c.dep_ == "nummod" for c in tok.children):
                m = self._mention(tok)
                m.anaphoric = True
                return [m]
        return []

    def _modified_item(self, tok: Token) -> bool:
        """"XK-7 launchers" where only the modifier is matched: a named system's or a weapon noun's phrase."""
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "nummod") and self.is_materiel(c)] + \
            [d for c in tok.children if c.dep_ in ("compound", "nmod") and not self.is_materiel(c)  # "A-1 II units"
             for d in c.subtree if d.i < c.i and d.dep_ in ("compound", "nmod") and self.is_materiel(d)]
        k = tok.i - 1  # "two dozen Su-35 heavy fighters": a designation before the adjectives, however attached
        while k >= 0 and self.doc[k].dep_ in ("amod", "compound") and self.doc[k].head.i == tok.i and \
                not self.is_materiel(self.doc[k]):
            k -= 1
        if k >= 0 and (k < tok.i - 1 or cut_names.to_count(self.doc[k], tok)) and self._in_designation(self.doc[k]):
            mods.append(self.doc[k])
        named = any(self.span_at[c.i].kb_id_ for c in mods)
        return bool(mods) and tok.pos_ in ("NOUN", "PROPN") and (named or tok.lower_ in self.context | self.containers)

    def pronoun(self, tok: Token) -> ItemMention:
        """An object pronoun standing for the items told just before (see extraction/pronoun_items.py)."""
        m = self._mention(tok)
        m.anaphoric = m.pronoun = True
        return m

    def _after(self, prep: Token) -> list[ItemMention]:
        """The materiel phrases that follow a dangling preposition, up to the clause's end."""
        out: list[ItemMention] = []
        seen: set[int] = set()
        for t in self.doc[prep.i + 1: prep.sent.end]:
            if t.text in ".;:" or (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")):
                break
            span = self.span_at.get(t.i)
            if span is not None and span.start not in seen:
                seen.add(span.start)
                head = max(span, key=lambda x: x.i) if span.root.i < span.start else span.root
                out.append(self._mention(head))
        return out

    def _examples(self, tok: Token, depth: int) -> list[ItemMention]:
        """"weapons such as howitzers and radars": the named examples replace the generic noun; so do
        those hung under its value ("support worth EUR 8 million, including A and B")."""
        worth = [w for c in tok.children if c.dep_ in ("amod", "acl", "prep") and c.lower_ in VALUE_MODIFIERS
                 for w in c.subtree if w.dep_ == "prep" and w.lower_ in EXAMPLE_PREPS]
        for c in [*tok.children, *worth]:
            if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS | {"as"}:
                if c.lower_ == "as" and self._role_of_contents(tok, c):
                    continue  # "a batch of A and B as military aid": the role of the contents, not an example
                pobj = [p for p in c.subtree if p.dep_ == "pobj" and p.head.i == c.i]
                if c.lower_ == "such" or (c.lower_ == "as" and c.i > 0 and self.doc[c.i - 1].lower_ == "such"):
                    pobj = pobj or [p for p in c.children if p.dep_ == "pobj"]
                found = [m for p in pobj for m in self.items(p, 0)] if pobj else []
                for m in found:
                    m.generic = m.generic or tok
                if found:
                    return found
        if not self.is_materiel(tok) and not self._modified_item(tok):
            for c in tok.children:  # "its own version, the XK-9"
                if c.dep_ == "appos" and depth < 3:
                    found = self._one(c, depth + 1)
                    if found:
                        return found
        return []

    def _role_of_contents(self, tok: Token, prep: Token) -> bool:
        """A plain "as" on a container that names its contents ("a shipment of rifles as a gift")."""
        if prep.i > 0 and self.doc[prep.i - 1].lower_ == "such":
            return False
        return (tok.lemma_.lower() in self.containers or tok.lower_ in self.containers) and \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
