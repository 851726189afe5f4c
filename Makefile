# Kotoutus: `make run` builds and starts the app; `make test` runs every test
# headless. Both install missing system packages first (scripts/install-deps.sh).

GO       ?= go
# Fyne's thread checks are on (fyne.Do) only with this tag outside the fyne tool.
TAGS     := migrated_fynedo
BIN      := bin/kotoutus
CLIBIN   := bin/kotoutus-cli
# The version has one source, FyneApp.toml's [Details] Version: the binary
# embeds that file, the fyne tool reads it, and this reads it for names.
VERSION  := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)

.PHONY: run build test deps tools vet bench fuzz soak clean version licenses package

# Linters, pinned and installed from the Go module proxy into GOBIN when
# missing (CI starts on a fresh machine).
GOBIN            := $(shell $(GO) env GOPATH)/bin
STATICCHECK      := $(GOBIN)/staticcheck
GOFUMPT          := $(GOBIN)/gofumpt
# staticcheck 2026.2.2 is the module version v0.8.2; the module proxy serves
# it by that version only (the release name is refused).
STATICCHECK_VER  := 2026.2.2
STATICCHECK_MOD  := v0.8.2
GOFUMPT_VER      := v0.12.0

run: deps build
	./$(BIN) $(ARGS)

# bin/kotoutus is the app (window and command line); bin/kotoutus-cli the
# command line alone, static and without the GUI driver, for scripts and
# exports (faster to start, less memory).
build:
	$(GO) build -tags $(TAGS) -o $(BIN) .
	CGO_ENABLED=0 $(GO) build -tags $(TAGS),nogui -o $(CLIBIN) .

deps:
	@scripts/install-deps.sh

tools:
	@$(STATICCHECK) -version 2>/dev/null | grep -q '$(STATICCHECK_VER)' || \
		GOFLAGS= $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_MOD)
	@$(GOFUMPT) -version 2>/dev/null | grep -q '$(GOFUMPT_VER)' || \
		GOFLAGS= $(GO) install mvdan.cc/gofumpt@$(GOFUMPT_VER)

# vet, gofumpt (a stricter gofmt) and staticcheck (staticcheck.conf).
vet: tools
	$(GO) vet -tags $(TAGS) ./...
	@unformatted=$$($(GOFUMPT) -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofumpt needed: $$unformatted"; exit 1; fi
	$(STATICCHECK) -tags $(TAGS) ./...

# The smoke test starts the real binary under Xvfb; the UI tests use Fyne's
# headless test driver. -race because saving runs beside the UI by design.
test: deps vet
	$(GO) test -race -tags $(TAGS) -count=1 -timeout 20m ./...

# Bounded runs of the fuzz engine, one target at a time (the seed corpora,
# a fixed set of DOCX mutations and a deterministic database-damage sweep
# already run inside `make test`): the DOCX importer and opening a damaged
# database. FUZZTIME=5m for longer runs.
FUZZTIME ?= 30s
fuzz:
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzDOCXImport$$' -fuzztime $(FUZZTIME) ./programme/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzOpenDamaged$$' -fuzztime $(FUZZTIME) ./programme/

# Long runs of the crash harness (SIGKILL of a real writer) and the
# shutdown loop; `make test` runs 200 kills and 50 quits.
soak: deps
	KOTOUTUS_CRASH_KILLS=3000 $(GO) test -tags $(TAGS) -count=1 -timeout 2h -run '^TestCrashHarness$$' ./programme/
	KOTOUTUS_SHUTDOWN_QUITS=300 $(GO) test -tags $(TAGS) -count=1 -timeout 2h -run '^TestShutdownLoop$$' .

# The speed table (README, Performance): whole-process exports against
# pandoc + wkhtmltopdf and pandoc + weasyprint, and the in-process
# benchmarks against the raw-fpdf floor. Not part of `make test`.
# RUNS=5, SIZES=demo,100 to change what it runs.
bench: deps
	@scripts/bench.sh

version:
	@echo $(VERSION)

# The Linux desktop bundle (fyne tool): dist/kotoutus-VERSION-linux-ARCH.tar.xz
# with the .desktop entry, the icon and make install / make user-install.
package: deps
	@scripts/package.sh

# The licence texts of the linked Go modules, for the About dialog and the
# bundle (assets/licenses/THIRD_PARTY.txt); run after changing go.mod.
licenses:
	scripts/licenses.sh

clean:
	rm -rf bin dist
