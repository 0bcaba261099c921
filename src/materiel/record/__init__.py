"""The output contract: the rows, events and reports materiel writes, their vocabularies, its errors."""
