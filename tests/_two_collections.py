"""A store with two collections for the need-to-know tests (`tests/store/test_scope.py`,
`tests/web/test_need_to_know.py`): "public", and "sealedroom", which a restricted user may not read.

Both collections report Norway's patrol boats for Ghana (one transfer, two records: a record never mixes
collections). Only the sealed collection names Mongolia, Belarus and Kazakhstan, the Zhukovsky howitzers,
the frigates, and its publisher, the Quiet Ledger; its documents are older than the public ones, so that
Norway's global first sighting differs from the public one. The texts are invented for these tests.
"""
from __future__ import annotations

import json
from pathlib import Path

from materiel.store import add, open_store

PUBLIC, SECRET = "public", "sealedroom"

PUBLIC_DOCS = [
    {"title": "Patrol boats reach Ghana", "source": "Harbour Gazette", "published": "2024-03-05",
     "text": "Norway has delivered four patrol boats to Ghana, the Norwegian defence ministry said on Monday.\n\n"
             "The boats will guard the coast."},
    {"title": "Trucks for Chile", "source": "Andes Daily", "published": "2024-03-08",
     "text": "Brazil sold twelve armoured trucks to Chile, officials in Santiago said on Friday. "
             "Chile also criticised Peru over the border."},
]
SECRET_DOCS = [
    {"title": "Cable confirms the boats", "source": "Quiet Ledger", "published": "2024-02-20",
     "text": "Norway delivered four patrol boats to Ghana in March, according to a confidential cable seen by the "
             "desk.\n\nNorway has also offered two frigates to Mongolia, the cable says."},
    {"title": "Steppe artillery order", "source": "Quiet Ledger", "published": "2024-01-10",
     "text": "Mongolia has ordered six Zhukovsky howitzers from Belarus, a source in Ulaanbaatar said. "
             "Mongolia accused Kazakhstan of spying."},
]
# Words only the sealed collection holds: none may reach a user who can read "public" only.
MARKERS = ("Mongolia", "MNG", "Belarus", "BLR", "Kazakhstan", "KAZ", "Zhukovsky", "Ulaanbaatar", "frigate",
           "Quiet Ledger", "quiet ledger", "confidential cable", "Steppe artillery", "Cable confirms", SECRET)


def write_corpus(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, docs in (("public.jsonl", PUBLIC_DOCS), ("sealed.jsonl", SECRET_DOCS)):
        path = folder / name
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def build(url: str, folder: Path) -> str:
    public, sealed = write_corpus(folder)
    with open_store(url) as store:
        for path, collection in ((public, PUBLIC), (sealed, SECRET)):
            summary = add(store, [str(path)], collection=collection)
            assert summary.added == 2 and not summary.failed, summary.as_dict()
    return url


def leaks(text: str, secret_ids: list[str]) -> list[str]:
    """The markers and secret document ids (whole or their 12-character short form) found in `text`."""
    found = [m for m in MARKERS if m in text]
    found += [i for i in secret_ids if i[:12] in text]
    return found
