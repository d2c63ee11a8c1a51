# Glocal — build, test, run and benchmark with the Swift toolchain alone.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
DATA ?= .build/demo-data
PORT ?= 8080

.PHONY: run test e2e bench bench-http bench-compare fuzz fuzz-api build deps test-deps clean

## Install the two C libraries if missing (apt-get as root), else say what to run.
deps:
	@missing=""; \
	pkg-config --exists sqlite3 || missing="$$missing libsqlite3-dev"; \
	pkg-config --exists openssl || missing="$$missing libssl-dev"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			echo "installing$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config$$missing; \
		else \
			echo "Glocal needs these system libraries:$$missing"; \
			echo "install them with:  sudo apt-get install pkg-config$$missing"; \
			exit 1; \
		fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is required: put /opt/swift/usr/bin (or your toolchain) on PATH"; exit 1; }

build: deps
	$(SWIFT) build

## Builds, loads the demo towns into a fresh data folder (one login per role, printed),
## and serves it.
run: deps
	$(SWIFT) build -c release --product glocal
	rm -rf $(DATA)
	.build/release/glocal serve --demo --data $(DATA) --seeds Seeds --port $(PORT)

## Python's aiosmtpd (from PyPI): the real mail server the mail tests talk to, kept in
## .build/python when Python does not have it already.
test-deps:
	@python3 -c "import sys; sys.path.insert(0, '.build/python'); import aiosmtpd" 2>/dev/null || { \
		command -v python3 >/dev/null || { echo "the tests need python3 with pip:  sudo apt-get install python3 python3-pip"; exit 1; }; \
		echo "installing aiosmtpd into .build/python"; \
		python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --target .build/python aiosmtpd \
			|| { echo "the mail tests need aiosmtpd:  python3 -m pip install aiosmtpd"; exit 1; }; }

## Builds and runs every test.
test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Loads every main page of the demo in headless Chromium (installed from Debian's
## packages if missing): screenshots in .build/e2e/, fails on a console error or a broken
## link. Not part of `make test`.
e2e: deps
	SWIFT=$(SWIFT) scripts/e2e.sh

## Benchmarks, one JSON line per figure with its raw baseline; BENCH=<suite> runs one.
BENCH ?= ledger http scrypt registry captable contracts challenge pages mail scale tiles
bench: deps
	$(SWIFT) build -c release --product glocal-bench
	.build/release/glocal-bench $(BENCH)

## Measures `glocal serve` with wrk (-t2 -c64 -d10s), if wrk is installed.
bench-http: deps
	$(SWIFT) build -c release --product glocal
	SWIFT=$(SWIFT) scripts/bench-http.sh

# Before and after: `make bench-compare BASE=<revision> [SUITES="http pages registry"]`.
bench-compare: deps
	SWIFT=$(SWIFT) scripts/bench-compare.sh $(BASE) $(SUITES)

## Fuzzes the served OpenAPI document with schemathesis (installed from PyPI if missing),
## signed out and as Union staff: fails on a 5xx, an undeclared status or a body outside its
## schema. Not part of `make test`.
fuzz-api: deps
	SWIFT=$(SWIFT) scripts/fuzz-api.sh

## Fuzzes the HTTP request parser with libFuzzer + ASan; FUZZ passes libFuzzer options.
FUZZ ?= -runs=10000000
fuzz:
	SWIFT=$(SWIFT) Fuzz/run-http-parser-fuzzer.sh $(FUZZ)

clean:
	rm -rf .build
