# make brief: set up .venv if missing, install, build a brief from seeds/ into out/
# make test:  same set-up, then lint (ruff), types (mypy) and the whole test suite (pytest)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: brief test lint golden bench eval clean wheel-check

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

brief: $(STAMP)
	$(BIN)/briefing build seeds --out out

lint: $(STAMP)
	$(BIN)/ruff check briefing tests benchmarks
	$(BIN)/ruff format --check briefing tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: lint
	$(BIN)/pytest

# Regenerate the golden files under tests/golden/ (review the diff before committing).
golden: $(STAMP)
	$(BIN)/python -m tests.golden_update

# Figures on the held-out invented events (benchmarks/data/held/README.md: score, never read).
eval-held: $(STAMP)
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/held/h5
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/held/h6
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/held/h7

# Quality figures on ../shared/eval (skipped when it is absent).
eval: $(STAMP)
	$(BIN)/python -m benchmarks.eval_gold
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-a
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-b
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-c
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-d
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-e
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-f
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-g
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-h
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-i
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-j
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-k
	$(BIN)/python -m benchmarks.eval_gold --events benchmarks/data/events/set-l
	$(BIN)/python -m benchmarks.readability
	$(BIN)/python -m benchmarks.eval_basil
	$(BIN)/python -m benchmarks.eval_neus
	$(BIN)/python -m benchmarks.eval_quotes
	$(BIN)/python -m benchmarks.eval_speakers
	$(BIN)/python -m benchmarks.eval_attribution
	$(BIN)/python -m benchmarks.eval_clusters
	$(BIN)/python -m benchmarks.bench_segment
	$(BIN)/python -m benchmarks.eval_tagger

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench_scale
	$(BIN)/python -m benchmarks.bench_wire
	$(BIN)/python -m benchmarks.bench_delivery

# Build the wheel, install it (not editable) into a fresh venv, and build the seeds from a
# folder outside the repo: templates and word lists must ship inside the package. CI runs it.
wheel-check: $(STAMP)
	set -e; dir=$$(mktemp -d); \
	$(BIN)/python -m pip wheel --quiet --no-deps -w $$dir/dist .; \
	$(PYTHON) -m venv $$dir/venv; \
	$$dir/venv/bin/python -m pip install --quiet $$dir/dist/*.whl; \
	cp -r seeds $$dir/articles; \
	cd $$dir && venv/bin/briefing build articles --out out; \
	test -s out/brief.html && test -s out/brief.txt && test -s out/brief.json; \
	rm -rf $$dir

clean:
	rm -rf out/* .briefing
