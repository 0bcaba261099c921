"""The bounds materiel puts on hostile or pathological input, in one place (README "Hostile input").

Each limit is refused with a one-line InputError naming the file or URL; none truncates silently.
Sizes of files and responses (`--max-size`, 20 MB) and the URL timeout (`--timeout`, 20 s) are options
of the CLI; the rest are constants here.
"""
from __future__ import annotations

# One document's text handed to spaCy (spaCy's own default max_length). The parser needs roughly
# 1 GB of memory per 100,000 words, and time grows with it: longer texts are refused, not cut.
MAX_TEXT_CHARS = 1_000_000
# ... and words and punctuation marks (about spaCy's tokens): what parsing time and memory follow. News
# prose has about one per 5 characters, so 100,000 is about 500 KB of prose (a 200-page report), parsed
# in a minute or two with 1-2 GB of memory; a text of tiny sentences or of numbers reaches it sooner.
MAX_TEXT_WORDS = 100_000
# Seconds for reading one parsed document (frames, cues, parties), checked between sentences and frames:
# a guard against texts whose shape makes that work grow faster than their length (one "sentence" of
# thousands of words, such as a table without full stops).
EXTRACT_SECONDS = 120.0

# HTML: opening tags counted before trafilatura/lxml parse the page (a long news page has a few
# thousand; parsing time grows faster than linearly with them). libxml2 itself stops at 256 levels of
# nesting without huge_tree, which materiel never sets.
MAX_HTML_ELEMENTS = 50_000
# Longer pages skip htmldate's page-wide date search (regular expressions over the whole page, seconds
# per MB); their date still comes from their metadata.
HTML_FULL_DATE_SEARCH_CHARS = 1_000_000

# PDF (pypdf): pages read, characters of text extracted, seconds spent on one file (checked between
# pages), and the bytes any one stream may decompress to (pypdf's own default is 75 MB).
PDF_MAX_PAGES = 2_000
PDF_MAX_TEXT_CHARS = MAX_TEXT_CHARS
PDF_SECONDS = 60.0
PDF_MAX_STREAM_BYTES = 16 * 1024 * 1024
PDF_MAX_DECODING_WORK = 64 * 1024 * 1024

# RSS/Atom: items read from one feed (each item's link is a fetch of its own, with its own timeout).
FEED_MAX_ITEMS = 200

# The workbench's Add page: seconds allowed for receiving one upload form (files and pasted text).
UPLOAD_SECONDS = 120.0

# The workbench's add jobs: at most JOBS_RUNNING at once and one per user (the others wait their turn,
# user by user); each may run JOB_SECONDS and read JOB_MAX_ITEMS inputs (a feed's items and a JSON Lines
# file's lines count one each), then stops, keeping what it added. `materiel add` has no such limits.
JOBS_RUNNING = 4
JOB_SECONDS = 30 * 60.0
JOB_MAX_ITEMS = 1000
