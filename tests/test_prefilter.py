"""The prefilter parses less and changes no transfer row: on the bundled and shared examples and on
the development sets, extraction with and without it gives the same rows; events it keeps are
events of the full parse; every evidence offset points into the original text."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from materiel import lexicon
from materiel.extraction.pipeline import Extractor, get_extractor
from materiel.extraction.prefilter import Prefilter, cue_lemmas, inflections, lead_end
from materiel.sources.document import Document

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = Path(os.environ.get("MATERIEL_SHARED", REPO.parent / "shared"))


def _corpus() -> list[tuple[Path, date | None]]:
    out: list[tuple[Path, date | None]] = []
    for gold in sorted((HERE / "fixtures").glob("dev*/gold.json")) + [SHARED / "examples" / "gold.json"]:
        if gold.exists():
            for name, d in json.loads(gold.read_text(encoding="utf-8"))["docs"].items():
                pub = d.get("published")
                out.append((gold.parent / name, date.fromisoformat(pub) if pub else None))
    named = {p for p, _ in out}
    for p in sorted((REPO / "examples").glob("*.txt")) + sorted((SHARED / "examples").glob("*.txt")):
        if p not in named:
            out.append((p, date(2024, 5, 14)))
    return out


CORPUS = _corpus()


@pytest.fixture(scope="module")
def pre() -> Extractor:
    return get_extractor(prefilter=True)


# each text parsed once in the session, shared with the behaviour snapshot and the floors (tests/_parses.py)
@pytest.mark.usefixtures("shared_parses")
@pytest.mark.parametrize("path,published", CORPUS, ids=[f"{p.parent.name}/{p.name}" for p, _ in CORPUS])
def test_same_register_with_and_without_prefilter(path: Path, published: date | None, extractor: Extractor,
                                                   pre: Extractor) -> None:
    doc = Document(text=path.read_text(encoding="utf-8"), source=str(path), published=published)
    full, fast = extractor.extract(doc), pre.extract(doc)
    assert [t.model_dump() for t in fast.transfers] == [t.model_dump() for t in full.transfers]
    kept = [e.model_dump() for e in full.events]
    assert all(e.model_dump() in kept for e in fast.events)
    for x in [*fast.transfers, *fast.events]:
        assert doc.text[x.evidence.start: x.evidence.end] == x.evidence.text


FILLER_PARAGRAPH = ("The city council met on Tuesday to discuss the new parking rules. Residents said the fees were "
                    "too high. A decision is expected next month.\n\n")


def test_unrelated_text_is_not_parsed_and_offsets_hold(pre: Extractor, extractor: Extractor) -> None:
    head = "Officials spoke to reporters on Monday.\n\n"
    body = "Norway delivered 12 howitzers to Estonia last year, the defence ministry said.\n\n"
    text = head + FILLER_PARAGRAPH * 4 + body + FILLER_PARAGRAPH * 3
    assert pre.prefilter is not None
    selection = pre.prefilter.select(text)
    assert 0 < selection.kept < selection.sentences
    reduced, _ = pre.prefilter.reduce(text, selection)
    assert len(reduced) == len(text)
    report = pre.extract(Document(text=text))
    assert report.transfers, "the howitzer delivery is read"
    assert [t.model_dump() for t in report.transfers] == \
        [t.model_dump() for t in extractor.extract(Document(text=text)).transfers]
    for t in report.transfers:
        assert text[t.evidence.start: t.evidence.end] == t.evidence.text


def test_a_document_without_transfer_language_is_not_parsed(pre: Extractor) -> None:
    assert pre.prefilter is not None
    assert pre.prefilter.parse(FILLER_PARAGRAPH * 3) is None
    report = pre.extract(Document(text=FILLER_PARAGRAPH * 3, published=date(2024, 1, 2)))
    assert report.transfers == [] and report.events == [] and report.document.published == "2024-01-02"


def test_cues_come_from_the_predicate_data(pre: Extractor) -> None:
    cues, implicit = cue_lemmas()
    assert implicit and implicit <= cues
    assert isinstance(pre.prefilter, Prefilter)
    assert all(inflections(c) <= pre.prefilter.cues for c in cues)


def test_inflections() -> None:
    assert {"ships", "shipped", "shipping"} <= inflections("ship")
    assert {"supplies", "supplied", "supplying"} <= inflections("supply")
    assert {"delivers", "delivered"} <= inflections("deliver")
    assert "sent" in inflections("send") and "sold" in inflections("sell")
    assert "turned" in inflections("turn down")


BBC = SHARED / "eval" / "bbc-news"


@pytest.mark.slow
@pytest.mark.skipif(not (BBC / "bbc.jsonl").exists(), reason=f"the BBC News set is not at {BBC}")
def test_same_rows_on_general_news(extractor: Extractor, pre: Extractor) -> None:
    """General news (the BBC arms subset and the first 600 articles): the prefilter changes no row."""
    lines = (BBC / "arms.jsonl").read_text(encoding="utf-8").splitlines()
    with (BBC / "bbc.jsonl").open(encoding="utf-8") as fh:
        lines += [line for _, line in zip(range(600), fh, strict=False)]
    rows = 0
    for line in filter(None, lines):
        doc = Document(text=json.loads(line)["text"])
        full = [t.model_dump() for t in extractor.extract(doc).transfers]
        assert [t.model_dump() for t in pre.extract(doc).transfers] == full, doc.text[:80]
        rows += len(full)
    assert rows


def _spacy_irregular_forms(nlp: Language) -> dict[str, set[str]]:
    """lemma -> the verb forms spaCy's English lemmatizer lists as exceptions (an independent table)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    exceptions = lemmatizer.lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]
    out: dict[str, set[str]] = {}
    for form, lemmas in exceptions.items():
        for lemma in lemmas:
            out.setdefault(lemma, set()).add(form)
    return out


def test_every_cue_verb_has_its_irregular_forms(pre: Extractor) -> None:
    """Each cue lemma of predicates.toml (verbs, nouns, governors) is recognised by the prefilter in
    every form spaCy knows as irregular: "flew" for fly, "sent" for send, "equipped" for equip."""
    if "lemmatizer" not in pre.nlp.pipe_names:
        pytest.skip("the installed spaCy model has no rule lemmatizer to check against")
    irregular = _spacy_irregular_forms(pre.nlp)
    cues, _ = cue_lemmas()
    missing = {c: sorted(irregular[w] - pre.prefilter.cues) for c in cues
               if (w := c.lower().replace("_", " ").split()[0]) in irregular and irregular[w] - pre.prefilter.cues}
    assert not missing, f"add these forms to lexicon/data/inflections.toml: {missing}"


def test_flew_is_a_transfer_form() -> None:
    assert {"flew", "flown", "flies", "flying"} <= inflections("fly")
    assert {"equipped", "equipping"} <= inflections("equip")


def test_inflection_table_is_data() -> None:
    """inflections.toml: lower-case lemmas to non-empty lists of distinct lower-case forms."""
    table = lexicon.toml("inflections.toml")["verbs"]
    assert table
    for lemma, forms in table.items():
        assert lemma == lemma.lower() and forms and len(set(forms)) == len(forms), lemma
        assert all(isinstance(f, str) and f == f.lower() and f.strip() for f in forms), lemma


def test_the_lead_paragraph_is_kept_past_a_byline() -> None:
    """The topic state is read from the headline and the lead (mentions/topic.py): the prefilter keeps the first
    paragraph after the headline that is no byline or date line, whatever it names."""
    text = ("Aid for the coast guard\n\nBy A. Writer\n\nPORT LOUIS - The island's government said on Monday it "
            "would ask its neighbours for help in patrolling its waters.\n\nThe first boats arrive in May.")
    assert text[:lead_end(text)].endswith("patrolling its waters.")
    assert lead_end("A single line with no break.") == len("A single line with no break.")
