# ATMP Academy: the two commands a fresh machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast test-future install install-dev icu-deps node-deps validator-deps browser-deps gettext-deps messages migrate demo serve lint check clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: icu-deps $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: icu-deps $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

# PyICU (names sorted in each language's order) is built against Debian's ICU.
icu-deps:
	@{ command -v pkg-config >/dev/null && pkg-config --exists icu-i18n; } || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config libicu-dev >/dev/null; \
		else echo "PyICU needs ICU's headers: sudo apt-get install pkg-config libicu-dev" >&2; exit 1; fi; }

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

serve:
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Set up a local virtual environment, migrate SQLite, load the demo and serve http://127.0.0.1:8000
run: demo serve

# Test tools from npm, locked in package-lock.json: axe-core and the Nu Html Checker (vnu-jar).
# --ignore-scripts: vnu-jar's install script would download a Java runtime when none is found;
# validator-deps installs Debian's instead.
node-deps:
	@command -v npm >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
		else echo "The tests need npm (Node.js): sudo apt-get install npm" >&2; exit 1; fi; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# The HTML validity tests (tests/accessibility) run vnu.jar on Java 11 or later.
validator-deps: node-deps
	@command -v java >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
		else echo "The HTML validity tests need Java: sudo apt-get install default-jre-headless" >&2; exit 1; fi; }

# Browser tests need axe-core from npm and Debian's Chromium.
browser-deps: node-deps
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "Browser tests need Chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

# The catalogue tests run GNU gettext's xgettext, msgmerge and msgfmt.
gettext-deps:
	@command -v msgfmt >/dev/null && command -v xgettext >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
		else echo "The translation tests need GNU gettext: sudo apt-get install gettext" >&2; exit 1; fi; }

## Refresh the Swedish catalogue from the sources and compile it (commit both files)
MESSAGES_IGNORE := --ignore=bench --ignore=.venv --ignore=node_modules --ignore=tests --ignore=static --ignore=media
messages: install-dev gettext-deps
	$(BIN)/python manage.py makemessages --locale=sv --no-obsolete $(MESSAGES_IGNORE)
	$(BIN)/python manage.py compilemessages --locale=sv $(MESSAGES_IGNORE)

# A third language by settings alone (German added in lms.settings.test_third_language): a run
# of its own, since settings cannot change between the tests of one run.
THIRD_LANGUAGE := $(BIN)/python -m pytest --ds=lms.settings.test_third_language tests/i18n/test_third_language.py

# The suite runs on two processes (pytest-xdist): each builds its own test database and demo.
WORKERS ?= 2
PARALLEL := -n $(WORKERS)

## Install the test dependencies and run the whole test suite, browser tests included
## (SQLite, or PostgreSQL when DATABASE_URL is set)
test: install-dev browser-deps validator-deps gettext-deps
	$(BIN)/python -m pytest -m "not e2e" $(PARALLEL) $(PYTEST_ARGS)
	$(THIRD_LANGUAGE) $(PYTEST_ARGS)
	@# Browser tests in a run of their own: under Playwright's greenlets Django's serialized
	@# rollback cannot restore what other transactional tests flushed away.
	$(BIN)/python -m pytest -m e2e $(PYTEST_ARGS)

## The suite without the browser tests (no Chromium needed; npm and Java for the HTML checker)
test-fast: install-dev validator-deps gettext-deps
	$(BIN)/python -m pytest -m "not e2e" $(PARALLEL) $(PYTEST_ARGS)
	$(THIRD_LANGUAGE) $(PYTEST_ARGS)

## The date-sensitive part of the suite (records, HR, certificates, courses, i18n) with the clock 400
## days ahead (Debian's faketime): no test may depend on today's date except through freezegun
## or dates computed from now.
FUTURE ?= +400d
FUTURE_TESTS ?= tests/lms tests/certificates tests/courses tests/home tests/i18n tests/test_factories.py
test-future: install-dev validator-deps gettext-deps
	@command -v faketime >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null; \
		else echo "The future run needs faketime: sudo apt-get install faketime" >&2; exit 1; fi; }
	faketime -f "$(FUTURE)" date +"The tests run as if it were %F."
	@# One process: under faketime, xdist's workers see time.sleep fail (EINVAL) in subprocesses.
	FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$(FUTURE)" $(BIN)/python -m pytest -m "not e2e" $(FUTURE_TESTS) $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The deploy check as a production machine would run it: a shared cache (Redis), the public
# admin address, a reverse proxy that names the visitor's address, and no database yet.
check: install-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=lms.settings.production \
	SECRET_KEY=ci-throwaway-secret-key-0123456789-abcdefghijklmnop \
	ALLOWED_HOSTS=academy.atmp-vast.se WAGTAILADMIN_BASE_URL=https://academy.atmp-vast.se \
	REDIS_URL=redis://127.0.0.1:6379/0 CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR \
	DATABASE_URL=sqlite:///$(CURDIR)/.deploy-check.sqlite3 \
	$(BIN)/python manage.py check --deploy --fail-level WARNING
	rm -f .deploy-check.sqlite3

## Run every benchmark and print one table (PostgreSQL on 127.0.0.1:5432; see bench/README.md)
## BENCH_ARGS="--only quiz,exports" runs some of them.
PEER_VENV := bench/.peer-venv
$(PEER_VENV)/bin/gunicorn:
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/pip install --quiet "wagtail==8.0.1" "wagtail-lms==0.11.1" \
		"psycopg[binary]>=3.2,<4" "gunicorn>=23,<24"

$(VENV)/.bench-deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	touch $@

bench: $(VENV)/.bench-deps $(PEER_VENV)/bin/gunicorn
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3
