"""Parties a verb frame takes after its own arguments are read: from an "on behalf of" phrase on its item ("bought
500 rifles on X's behalf"), from the item's carrier ("a plane landed in X
carrying Y"), its owner and its user ("drones supplied by X were used by Y"), and the agent of a transfer noun the
verb governs ("blocked the sale of X by Y"), and the place of the making joined to a passive sale ("produced in
X and sold to Y")."""
from __future__ import annotations

from typing import Any

from materiel.extraction.frames import (
    aboard,
    agreed_with,
    arrival_loads,
    arrival_speakers,
    behalf,
    carriers,
    deal_partners,
    made_in,
    notified,
    owners,
    prior_deals,
)
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.held_sellers import held_sellers
from materiel.extraction.frames.nominal_agents import read_agent, read_noun_agent
from materiel.extraction.frames.relative_parts import read_relative_part
from materiel.extraction.frames.speaker_parties import read_speaker_parties
from materiel.extraction.frames.unnamed_parties import (
    abroad,
    generic_party,
    joint_partners,
    unnamed_subject,
    unplaced_leader,
)
from materiel.extraction.frames.users import user_as_recipient


def read(finder: Any, f: Frame) -> Frame:
    """f with the parties its carrier, owner, user and governed noun's agent give (`finder` a FrameFinder)."""
    arrival_loads.read_load(finder, f)  # "a Russian plane landed in X with 40 armoured vehicles"
    aboard.read_aboard(finder, f)  # "the first six arrived in X aboard a Y Air Force C-17"
    behalf.on_items(f, finder.res, finder.classes)
    carriers.carried_to(finder.res, f, finder.seizure.conveyances, finder.items)
    owners.read_owners(finder.res, f, finder.items.containers)
    user_as_recipient(finder.res, f)
    read_agent(finder.res, finder.nouns, finder.classes, f)
    made_in.made_in(finder.res, f)  # "were produced in X and sold to Y"
    unnamed_subject(finder, f)  # "an unnamed customer has ordered X": no buyer from the context
    abroad(f)  # "has never sold X abroad": no buyer from the context
    unplaced_leader(finder, f)  # "sold X to the government of President Y": Y's state is not told
    deal_partners.read_deal_partner(finder, f)  # "Under a contract with X, Y ordered Z": X sells
    agreed_with.read_agreed_with(finder, f)  # "Y agreed with X to buy Z": X sells
    arrival_speakers.read_arrival_speaker(finder, f)  # "the ministry said X from Y would arrive": its state
    prior_deals.read_prior_deal(finder, f)  # "Y signed a deal with X. It will deliver Z": X buys
    read_speaker_parties(finder, f)  # '"X never gave us a single gun," a rebel commander said': no one from context
    read_relative_part(finder, f)  # "flies X jets, the first four of which arrived": its own stage, the holder
    return f


def read_noun(finder: Any, f: Frame) -> Frame:
    """A noun frame with the agent of its noun's "by" phrase ("vetoed the export of X by Y") in its class's role; a
    party noun that is its own frame and names no one ("an undisclosed customer for X") leaves its role generic."""
    spec = finder.classes[f.cls]
    if spec.get("possessor") and not f.roles[spec["possessor"]] and generic_party(f.trigger):
        f.generic.add(spec["possessor"])
    abroad(f)  # "its sales abroad": no buyer from the context
    joint_partners(f)  # "a joint procurement with X": X buys alongside
    notified.read(finder, f)  # "X notified the Sanctions Committee of the delivery of Z to Y": X sends
    held_sellers(f, finder.res)  # "placed an order for Y's jets": Y sells them
    return read_noun_agent(finder.res, spec, f)
