"""One count of one kind of materiel told in two sentences with two nouns, neither naming a model: "Navy
commissions two ex-German warships" in the headline and "the navy commissioned two fast attack craft
acquired from Germany" in the body; "signed for two multipurpose patrol vessels ... the contract covers the two
90 m ships". With the same parties, stage and factuality (`duplicates._party`), the same count of two or more
and the same category, the two tellings are one transfer when the words that tell a kind in one (all but class
nouns such as "ships", "craft", plain modifiers such as "new" and numbers) are all in the other: "warships" and
"fast attack craft", "interceptor boats" and "fast interceptor craft". Two counts told in one sentence ("two
frigates and two corvettes") stay two rows, and so do two kinds ("four patrol vessels" and, later, "four landing
craft"; "two transport helicopters" and "two attack helicopters", which a headline's "two helicopters" does not
join), and two single craft ("a coast guard ship", "the offshore patrol vessel X")."""
from __future__ import annotations

from materiel import lexicon
from materiel.record.models import Transfer

CLASS_NOUNS = lexicon.word_set("duplicates", "class_nouns")
PLAIN = lexicon.word_set("duplicates", "plain_modifiers")
BROAD = lexicon.word_set("duplicates", "broad_categories")


def retold_count(a: Transfer, b: Transfer, words_a: list[str], words_b: list[str]) -> bool:
    """True when `a` and `b` (items with no designation, their words as `duplicates.item_words` gives them) tell
    one counted delivery twice: one's words of kind are all among the other's."""
    if not _counted_pair(a, b, words_a, words_b):
        return False
    kind_a, kind_b = _kind_words(words_a), _kind_words(words_b)
    return kind_a <= kind_b or kind_b <= kind_a


def kinds_differ(a: Transfer, b: Transfer, words_a: list[str], words_b: list[str]) -> bool:
    """"two transport helicopters" and "two attack helicopters": one count of two kinds, which a class noun
    told with the same count ("two helicopters") does not join into one transfer."""
    if not _counted_pair(a, b, words_a, words_b) or a.item.designation or b.item.designation:
        return False
    kind_a, kind_b = _kind_words(words_a), _kind_words(words_b)
    return not (kind_a <= kind_b or kind_b <= kind_a)


def _counted_pair(a: Transfer, b: Transfer, words_a: list[str], words_b: list[str]) -> bool:
    """Two sentences, one count of two or more, one category that names a kind of materiel."""
    if a.evidence.start == b.evidence.start or a.quantity is None or a.quantity != b.quantity or a.quantity < 2:
        return False
    cat = a.item.category
    return bool(cat) and cat not in BROAD and cat == b.item.category and bool(words_a) and bool(words_b)


def _kind_words(words: list[str]) -> set[str]:
    """The words that tell a kind: not a class noun ("ships", "craft"), a plain modifier ("new") or a number."""
    return {w for w in words if w not in CLASS_NOUNS and w not in PLAIN and not any(c.isdigit() for c in w)}
