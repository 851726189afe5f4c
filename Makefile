# Kotoutus: `make run` builds and starts the app; `make test` runs every test
# headless. Both install missing system packages first (scripts/install-deps.sh).

GO       ?= go
# Fyne's thread checks are on (fyne.Do) only with this tag outside the fyne tool.
TAGS     := migrated_fynedo
BIN      := bin/kotoutus
VERSION  ?= 0.1.0
LDFLAGS  := -X fi.kotoutus/kotoutus/internal/cli.Version=$(VERSION)

.PHONY: run build test deps vet bench fuzz clean

run: deps build
	./$(BIN) $(ARGS)

build:
	$(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) .

deps:
	@scripts/install-deps.sh

vet:
	$(GO) vet -tags $(TAGS) ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi

# The smoke test starts the real binary under Xvfb; the UI tests use Fyne's
# headless test driver. -race because saving runs beside the UI by design.
test: deps vet
	$(GO) test -race -tags $(TAGS) -count=1 -timeout 20m ./...

# A bounded run of the DOCX importer's fuzz target (the seed corpus and a
# fixed set of mutations already run inside `make test`). FUZZTIME=5m for
# a longer run.
FUZZTIME ?= 30s
fuzz:
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzDOCXImport$$' -fuzztime $(FUZZTIME) ./programme/

bench: deps
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
