"""Transfer frames: a verb or noun of transfer with its parties, item, governor, time and place."""
