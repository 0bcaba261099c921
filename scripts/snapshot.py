"""Behaviour snapshot of materiel (issue #14): a refactoring must not change what materiel prints.

For every document of ../shared/examples/*.txt, ../shared/examples/real-dev/*.txt and
tests/fixtures/dev*/*.txt, the line `materiel extract --json --published DATE` prints (DATE from the
set's gold.json), and for each set the `materiel register --json --all` of a store that `materiel add`
built from its documents. Only a sha256 of each output is kept (no text of ../shared enters the
repository). Everything runs in this process, through the Typer app, with one loaded model.

    python scripts/snapshot.py --write     record tests/snapshots/extract.json
    python scripts/snapshot.py             compare, print the documents that differ (exit 1)
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "snapshots" / "extract.json"
SHARED = Path(os.environ.get("MATERIEL_SHARED", ROOT.parent / "shared"))


def shared_sets(shared: Path = SHARED) -> dict[str, Path]:
    """Name -> folder (holding gold.json) of the sets read from the shared folder."""
    return {"examples": shared / "examples", "real-dev": shared / "examples" / "real-dev"}


def fixture_sets() -> dict[str, Path]:
    return {f"fixtures/{p.parent.name}": p.parent for p in sorted((ROOT / "tests" / "fixtures").glob("dev*/gold.json"))}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@contextlib.contextmanager
def inside(folder: Path) -> Iterator[None]:
    """Run with `folder` as working directory, so a document's source is its bare file name."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def published_dates(folder: Path) -> dict[str, str]:
    """File name -> publication date, for the .txt files of `folder` that its gold.json lists."""
    docs = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["docs"]
    return {name: doc["published"] for name, doc in sorted(docs.items())
            if "/" not in name and (folder / name).suffix == ".txt" and (folder / name).is_file()}


def invoke(args: list[str]) -> str:
    from typer.testing import CliRunner

    from materiel.cli import app

    result = CliRunner().invoke(app, args, catch_exceptions=False)
    if result.exit_code != 0:
        raise RuntimeError(f"materiel {' '.join(args)} exited {result.exit_code}: {result.output[-2000:]}")
    return result.stdout


def snapshot_set(name: str, folder: Path) -> dict[str, str]:
    """`NAME/FILE` -> sha256 of its extract line, and `NAME/register` -> sha256 of the store's register."""
    out: dict[str, str] = {}
    dates = published_dates(folder)
    with tempfile.TemporaryDirectory() as tmp, inside(folder):
        db = str(Path(tmp) / "snapshot.db")
        for file, day in dates.items():
            out[f"{name}/{file}"] = sha(invoke(["extract", "--json", "--published", day, file]))
            invoke(["add", file, "--published", day, "--db", db, "--quiet", "--json"])
        out[f"{name}/register"] = sha(invoke(["register", "--json", "--all", "--db", db]))
    return out


def compute(sets: dict[str, Path]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, folder in sets.items():
        found.update(snapshot_set(name, folder))
    return found


def differences(expected: dict[str, str], found: dict[str, str]) -> list[str]:
    """The keys whose hash changed, appeared or disappeared (only among the sets that were computed)."""
    prefixes = {key.rsplit("/", 1)[0] for key in found}
    keys = {k for k in expected if k.rsplit("/", 1)[0] in prefixes} | set(found)
    return sorted(k for k in keys if expected.get(k) != found.get(k))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="record the snapshot instead of comparing")
    a = ap.parse_args()
    sets = fixture_sets()
    if all((p / "gold.json").is_file() for p in shared_sets().values()):
        sets = shared_sets() | sets
    elif a.write:
        sys.exit(f"snapshot: {SHARED} has no examples/gold.json and examples/real-dev/gold.json; not writing")
    else:
        print(f"snapshot: {SHARED} absent; comparing the fixtures only", file=sys.stderr)
    found = compute(sets)
    if a.write:
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"snapshot: wrote {len(found)} hashes to {SNAPSHOT.relative_to(ROOT)}")
        return 0
    changed = differences(json.loads(SNAPSHOT.read_text(encoding="utf-8")), found)
    for key in changed:
        print(f"changed: {key}")
    print(f"snapshot: {len(found)} outputs compared, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
