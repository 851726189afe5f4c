#!/usr/bin/env bash
# make bench: one table of whole-process exports (Kotoutus PDF and Markdown
# of the demo, a ~100-page and a ~1,000-page generated programme) against
# pandoc + wkhtmltopdf and pandoc + weasyprint on the same Markdown, paired
# runs A B A B with medians, pair-by-pair ratios, peak memory and file sizes,
# then the in-process Go benchmarks against the raw-fpdf floor
# (internal/bench). Installs the Debian packages of the peers when missing.
#
#   scripts/bench.sh                      # 3 pairs of runs
#   RUNS=5 scripts/bench.sh
#   SIZES=demo,100 scripts/bench.sh       # skip the ~1,000-page programme (weasyprint takes minutes there)
#   PEERS=wkhtmltopdf scripts/bench.sh    # one peer only
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
RUNS=${RUNS:-3}
SIZES=${SIZES:-demo,100,1000}
PEERS=${PEERS:-wkhtmltopdf,weasyprint}

packages=(pandoc wkhtmltopdf weasyprint poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  [ "$(id -u)" -ne 0 ] && as_root=(sudo)
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The binaries `make build` makes, so the table times what users run: the
# command-line build for the exports, as scripts use it.
make -s build
exec "$GO" run -tags migrated_fynedo ./internal/bench -runs "$RUNS" -sizes "$SIZES" -peers "$PEERS" -bin bin/kotoutus-cli
