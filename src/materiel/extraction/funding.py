"""A state that funds materiel for another pledges it: "Norway and Denmark said they would jointly fund 18 X
tanks for Y", "Z will finance 12 W vehicles for Y" (the offer class's verbs of funding, `predicates.toml`
[classes.offer], named in `words.toml` [funding]). Only in the active voice: "another 10, paid for jointly by
A and B", "30 jets financed by French banks", "the frigates were co-funded by X" names who pays for another's
purchase, not who supplies it."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.handed_packages import lend_funders

FUNDING = lexicon.word_set("funding", "verbs")


def funded_frames(frames: list[Frame]) -> list[Frame]:
    """The frames but those of a verb of funding in the passive or as a participle ("financed by X"), before
    they lend their parties to the other frames of their sentence."""
    frames = lend_funders(frames)  # "The N A, funded by Y, were delivered to X by FIRM": Y supplies
    return [f for f in frames if not (f.trigger.lemma_.lower() in FUNDING and f.trigger.pos_ == "VERB"
                                      and (":passive" in f.rule or f.trigger.tag_ == "VBN"
                                           and (f.trigger.dep_ in ("acl", "relcl", "amod") or _by_agent(f))))]


def _by_agent(f: Frame) -> bool:
    """"were co-funded by X" read as an adjective complement: a participle with a "by" agent is passive."""
    return any(c.dep_ == "agent" for c in f.trigger.children)
