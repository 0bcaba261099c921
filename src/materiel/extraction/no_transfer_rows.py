"""Rows told in a sentence with no transfer in it (completeness.kept calls `no_transfer`): a state's own industry
building for its forces (`home_industry`), replicas, props and museum pieces (`replica_items`), a civil carrier
taking delivery (`civil_takers`), figurative arming (`figurative_arming`), people sent somewhere with arms
(`sent_with`), the craft of a bought service (`service_vehicles`), a domestic programme told as such
(`domestic_programmes`), an act named only as what a penalty punishes (`penalised_acts`), a transfer by
"no country" (`quantified_subjects`), goods sent away "for overhaul" (`service_trips`), a body asking its own
government for money or kit (`own_budgets`) and an alliance told only as the qualifier of an unnamed member
("from another NATO ally": `member_parties`)."""
from __future__ import annotations

from materiel.extraction.civil_takers import civil_taker
from materiel.extraction.discourse import Row
from materiel.extraction.domestic_programmes import domestic_programme
from materiel.extraction.figurative_arming import figurative
from materiel.extraction.home_industry import home_made
from materiel.extraction.member_parties import unnamed_member
from materiel.extraction.own_budgets import own_budget
from materiel.extraction.penalised_acts import penalised
from materiel.extraction.quantified_subjects import quantified_subject
from materiel.extraction.replica_items import replica
from materiel.extraction.sent_with import sent_along
from materiel.extraction.service_trips import service_trip
from materiel.extraction.service_vehicles import service_vehicle

CHECKS = (home_made, replica, civil_taker, figurative, sent_along, service_vehicle, domestic_programme,
          penalised, quantified_subject, service_trip, own_budget,
          unnamed_member)


def no_transfer(r: Row) -> bool:
    """One of the checks finds no transfer in the row's sentence."""
    return any(check(r) for check in CHECKS)
