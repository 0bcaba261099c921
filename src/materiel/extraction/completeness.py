"""Which rows the register keeps: a complete row (both parties, no party the other's own state, a
particular item, no general statement) that is no civil deal, quoted charge or conveyance of the load, nor a claim
the text withdraws (`retracted_claims`)."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction import civil_use, packages, quoted, unnamed_requests, unnamed_suppliers
from materiel.extraction.ability_modals import ability_told
from materiel.extraction.advice import advice
from materiel.extraction.chain_exports import untold_first_leg
from materiel.extraction.civil_customers import civil_customer
from materiel.extraction.consent_items import consent_item
from materiel.extraction.continued_deals import one_of_a_ranking
from materiel.extraction.conveyance_items import carrier_not_item
from materiel.extraction.conveyance_parties import conveyance_supplier
from materiel.extraction.deployments import deployed
from materiel.extraction.discourse import Row
from materiel.extraction.distributive_parts import distributed_part
from materiel.extraction.fitted_items import fitted
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import INTERCEPTOR, NEEDS_DESTINATION
from materiel.extraction.frames.frames import Frame
from materiel.extraction.frames.rankings import ranks_a_kind
from materiel.extraction.general_statements import general_statement
from materiel.extraction.general_topics import general_topic
from materiel.extraction.glued_speakers import speaker_glued
from materiel.extraction.group_recipients import group_bound, state_for_group
from materiel.extraction.habits import habitual_sourcing
from materiel.extraction.habitual_groups import habitual_to_groups
from materiel.extraction.hypotheticals import hypothetical
from materiel.extraction.leaders import titled
from materiel.extraction.mentions.resolve import Resolved
from materiel.extraction.motive_denials import denied_motive
from materiel.extraction.no_transfer_rows import no_transfer
from materiel.extraction.non_items import non_item
from materiel.extraction.not_counted import set_aside
from materiel.extraction.origin_leaks import still_leaked
from materiel.extraction.paid_before import paid_before
from materiel.extraction.pending_licences import pending_licence
from materiel.extraction.refits import refitted
from materiel.extraction.restated_rankings import restated_ranking
from materiel.extraction.retracted_claims import retracted
from materiel.extraction.speaker_parties import speaker_party
from materiel.extraction.standing_clauses import standing
from materiel.extraction.topic_mentions import topic_mention
from materiel.extraction.unneeded import unneeded_or_unaddressed
from materiel.extraction.unsourced_holdings import unsourced_holding
from materiel.record.models import Actor


def clear_generic(rows: list[Row]) -> None:
    """A role the text gives to no one in particular stays empty, unless the frame itself names its party too
    ("had not ordered arms from X or from anyone else": X)."""
    for row, role in ((r, g) for r in rows for g in r.frame.generic):
        party = getattr(row, role)
        if party is None or all(party.actor.id != o.actor.id for o in row.frame.roles.get(role, [])):
            setattr(row, role, None)


def internal(s: Resolved, r: Resolved) -> bool:
    """Supplier and recipient are one state ("Uganda's president handed rifles to its army"), or a
    titled leader arms a government body ("President X handed rifles to the army"): no transfer."""
    sa, ra = s.actor, r.actor
    official = ("state", "government_body")
    if sa.country and sa.country == ra.country and sa.kind in (*official, "company") and ra.kind in official:
        return True  # a state's own forces, or its own industry building for them: no transfer
    return sa.kind == "person" and ra.kind == "government_body" and titled(s.token)


def seizer(f: Frame) -> Actor | None:
    """Who seized the shipment (stage intercepted), as a state when a company seized it."""
    found = f.roles.get(INTERCEPTOR) or []
    return found[0].actor if found and f.stage == seizure.STAGE else None


GENERIC_DETS = lexicon.word_set("frame_words", "generic_dets")


def kept(r: Row) -> bool:
    """A complete row that is no civil deal, no quoted charge, no buyer's habit, and whose item is materiel and no
    conveyance of the load."""
    return complete(r) and civil_use.civil_deal(r) is None and not quoted.quoted_charge(r) and \
        not carrier_not_item(r) and non_item(r) is None and not habitual_sourcing(r) and not hypothetical(r) \
        and not standing(r) and not fitted(r) and not general_topic(r) and not topic_mention(r) and not denied_motive(r) \
        and not still_leaked(r) and not speaker_party(r) and not deployed(r) and not state_for_group(r) \
        and not civil_customer(r) and not advice(r) and not distributed_part(r) \
        and not habitual_to_groups(r) and not speaker_glued(r) \
        and not conveyance_supplier(r) \
        and not retracted(r) and not set_aside(r) and not untold_first_leg(r) and not no_transfer(r) \
        and not ability_told(r) and not pending_licence(r) and not restated_ranking(r) \
        and not paid_before(r) and not consent_item(r) and not unneeded_or_unaddressed(r) \
        and not refitted(r) and not unsourced_holding(r)


def complete(r: Row) -> bool:
    """Both parties (or a place or seizer as the source), a particular item, no party its counterparty's own."""
    if r.supplier and r.recipient and (r.supplier.actor.id == r.recipient.actor.id or internal(r.supplier, r.recipient)):
        return False  # a party filled from context turned out to be the other party's own state
    if r.item.anaphoric and not r.designation:
        return False
    t = r.frame.trigger
    implicit_item = bool(r.frame.implicit) and r.item.span.start == t.i  # "military exports": no item named
    if any(c.lower_ in GENERIC_DETS for c in (*t.children, *r.item.head.children) if c.dep_ == "det") and \
            not (r.frame.negated or (r.reading.factuality in ("denied", "negated") or r.frame.stage == "refused") and
                 r.frame.roles["recipient"]):  # "denied sending any arms to X", "would not send any more X to Y"
        return False  # "any delivery of X would be ...", "every rocket sent to X": no transfer in particular
    if t.pos_ in ("NOUN", "PROPN") and r.inherited and packages.ranked_by_superlative(t) and \
            one_of_a_ranking(t, r.item.quantity, r.item.head):
        return False  # "one of India's largest weapons exports": a ranking, not a transfer to someone
    if t.pos_ in ("NOUN", "PROPN") and r.inherited and ranks_a_kind(t, r.item.head):
        return False  # "..., the first purchase of a Chinese jet by a US partner": the order told before
    if t.dep_ == "acl" and t.head.pos_ == "NOUN" and ranks_a_kind(t.head, r.item.head):
        return False  # "X's first attempt to sell Y a warship": a ranking of attempts, no transfer in particular
    if r.frame.trigger.pos_ in ("NOUN", "PROPN") and (r.standalone or implicit_item) and not any(r.frame.roles.values()):
        return False  # "Away from the military deals, ...": a noun with neither item nor party of its own
    has_source = r.supplier is not None or (bool(r.frame.places) and r.frame.cls != "arrive") or \
        seizer(r.frame) is not None or \
        (r.frame.stage == seizure.STAGE and bool(r.frame.roles["recipient"])) or \
        (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in NEEDS_DESTINATION and bool(r.frame.roles["recipient"])) or \
        unnamed_suppliers.kept_unnamed(r) or group_bound(r) or \
        unnamed_requests.asked_unnamed(r)  # a load ...; a supplier the text does not name; "asked its partners for X"
    # seized, or carried, on its way to X: the route of a verb that needs a destination is the load's source
    return has_source and r.recipient is not None and not general_statement(r)  # "rules that bar X": none
