# materiel — set-up, demo, tests and scoring. Run `make demo` or `make test` on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# python3.11 when installed, otherwise python3 (pyproject requires Python >= 3.11).
PYTHON := $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Exact versions of every dependency (extras test, pg, cluster, ftm and fuzz), made by pip-compile: `make lock`.
LOCK := requirements.lock
PIP_INSTALL = $(BIN)/python -m pip install --quiet --disable-pip-version-check --progress-bar off
# ICU's headers for PyICU (followthemoney), from Debian's packages when root; fails quietly elsewhere.
ICU_HEADERS = command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && (dpkg -s libicu-dev pkg-config >/dev/null 2>&1 || \
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libicu-dev pkg-config) >/dev/null 2>&1)
# The shared folder (gold data for `make score`) sits beside the repository.
SHARED ?= ../shared
# Publication date of examples/arms-report.txt: relative dates ("last month") resolve against it.
DEMO_DATE := 2024-05-14

.PHONY: help venv lock lint demo serve test test-slow score score-real score-dev evaluate calibrate bench clean

help:
	@echo "make demo       set up .venv and print the transfer register of examples/arms-report.txt"
	@echo "make serve      set up .venv, add the example article to ./materiel.db and open the workbench on :8000"
	@echo "make test       set up .venv and run the test suite (tests marked slow excluded)"
	@echo "make test-slow  run only the tests marked slow"
	@echo "make score      score against the gold rows in $(SHARED)/examples"
	@echo "make score-real score the real published articles of $(SHARED)/examples/real-dev (strict and lenient)"
	@echo "make score-dev  score against materiel's own development sets (tests/fixtures/dev*)"
	@echo "make evaluate   precision/recall/F1 on every public gold set in $(SHARED)/eval (test split)"
	@echo "make calibrate  re-fit src/materiel/lexicon/data/calibration.toml (confidence) after the rules change"
	@echo "make bench      throughput against plain spaCy, the prefilter, workers and Dask, growth (BBC News, shared folder)"
	@echo "make venv       create .venv and install materiel with its test extras (from PyPI, versions of $(LOCK))"
	@echo "make lock       refresh $(LOCK) (pip-compile: the newest versions pyproject.toml allows)"
	@echo "make lint       ruff check (src, tests, bench, scripts) and mypy over src; make test runs it first"
	@echo "make clean      remove .venv and build/test leftovers"

venv: $(STAMP)

# Everything, the English spaCy model included, comes from PyPI here: nothing is downloaded at run time.
# The versions are those of $(LOCK), given as constraints (-c): they pin what gets installed and add nothing.
$(STAMP): pyproject.toml $(LOCK)
	@test -n "$(PYTHON)" || { echo "make venv: no python3.11 or python3 found" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip
	$(PIP_INSTALL) -c $(LOCK) -e '.[test,pg,cluster]'
	@# followthemoney 3.5.9 (the version Aleph 4.1 pins) builds PyICU from source: it needs ICU's headers.
	@# Without it the FtM validation tests are skipped with a message; nothing else depends on it.
	-@$(ICU_HEADERS)
	-$(PIP_INSTALL) -c $(LOCK) -e '.[ftm]' || echo "make venv: followthemoney not installed; FtM tests will be skipped"
	@# atheris (scripts/fuzz.py) comes as a wheel for CPython 3.11 on x86_64 Linux; elsewhere it builds with clang.
	-$(PIP_INSTALL) -c $(LOCK) -e '.[fuzz]' || echo "make venv: atheris not installed; its fuzzing test will be skipped"
	@# followthemoney requires sqlalchemy2-stubs, types for SQLAlchemy 1.4 that would hide SQLAlchemy 2's own from
	@# mypy (`make lint`). Nothing imports them at run time; removed, `pip check` names them as missing.
	-@$(BIN)/python -m pip uninstall --quiet --yes sqlalchemy2-stubs 2>/dev/null
	touch $(STAMP)

# pip-tools goes into .venv beside materiel (it is not in the lock). The lock is for Python 3.11 on Linux.
# Building the ftm extra's PyICU for its metadata needs ICU's headers (libicu-dev), as `make venv` does.
lock:
	@test -n "$(PYTHON)" || { echo "make lock: no python3.11 or python3 found" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip pip-tools
	-@$(ICU_HEADERS)
	$(BIN)/pip-compile --quiet --upgrade --no-emit-index-url --no-emit-find-links --strip-extras --allow-unsafe \
	  --extra test --extra pg --extra cluster --extra ftm --extra fuzz --output-file $(LOCK) pyproject.toml

# Settings in pyproject.toml ([tool.ruff], [tool.mypy]); both run over src whatever the other finds.
lint: venv
	$(BIN)/ruff check src tests bench scripts; r=$$?; $(BIN)/mypy src; m=$$?; [ $$r -eq 0 ] && [ $$m -eq 0 ]

demo: venv
	$(BIN)/materiel extract examples/arms-report.txt --published $(DEMO_DATE)

serve: venv
	$(BIN)/materiel add examples/arms-report.txt --published $(DEMO_DATE) --quiet
	$(BIN)/materiel serve

# The store tests also run against a real PostgreSQL server on loopback, which scripts/test-postgres.sh
# installs (Debian's package) and starts; where it cannot, those runs are skipped with a message.
# The workbench's browser tests drive Debian's headless Chromium (/usr/bin/chromium) with Playwright for
# Python (pip, in the test extra; never `playwright install`, which downloads a browser). Where it cannot be
# installed (not root, no apt-get) those tests are skipped with a message; so are the TLS tests without openssl.
# MATERIEL_STRICT=1 (as .ci/run sets) turns every skip into a failure. pytest's exit 5 (no test collected) is an
# error here: the suite has hundreds of tests, so none means a broken collection, never a pass.
test: venv lint
	-@command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && ([ -x /usr/bin/chromium ] && command -v openssl >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium openssl) >/dev/null 2>&1 || \
	  echo "make test: could not install chromium and openssl; the browser and TLS tests will be skipped")
	@url=$$(scripts/test-postgres.sh) || echo "make test: no PostgreSQL server; its store tests will be skipped"; \
	MATERIEL_TEST_PG=$$url $(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no test (exit 5)" >&2; fi; exit $$rc

# pytest exits 5 when it selects no test: not an error while no test is marked slow.
test-slow: venv
	@$(BIN)/python -m pytest -q -m slow; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test-slow: no test is marked slow"; rc=0; fi; exit $$rc

score:
	@if [ ! -f "$(SHARED)/examples/score_transfers.py" ]; then \
	  echo "make score: skipped: $(SHARED)/examples/score_transfers.py not found (the gold data lives in the shared folder beside the repository; set SHARED=DIR to point elsewhere)"; \
	  exit 0; \
	fi; \
	$(MAKE) --no-print-directory venv && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python "$(SHARED)/examples/score_transfers.py" $(SCORE_ARGS)

# The 30 real published articles of $(SHARED)/examples/real-dev: strict and lenient, in one process.
score-real: venv
	@if [ ! -f "$(SHARED)/examples/real-dev/gold.json" ]; then \
	  echo "make score-real: skipped: $(SHARED)/examples/real-dev/gold.json not found (set SHARED=DIR)"; exit 0; fi; \
	$(BIN)/materiel evaluate real-dev

score-dev: venv
	@for g in tests/fixtures/dev*/gold.json; do echo "== $$g"; \
	  PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python "$(SHARED)/examples/score_transfers.py" --gold $$g | tail -n 2; done

evaluate: venv
	MATERIEL_EVAL=$(SHARED)/eval $(BIN)/materiel evaluate --split $${SPLIT:-test}

# One command after the rules change: rows per confidence band, and the calibration table fitted again.
calibrate: venv
	MATERIEL_EVAL=$(SHARED)/eval $(BIN)/materiel evaluate --calibration --fit

bench: venv
	$(BIN)/python bench/throughput.py --shared $(SHARED)
	$(BIN)/python bench/prefilter.py --shared $(SHARED)
	$(BIN)/python bench/parallel.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis .mypy_cache .ruff_cache
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
