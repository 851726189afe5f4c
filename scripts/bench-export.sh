#!/usr/bin/env bash
# Times Kotoutus' PDF and Markdown export and, in the same run, pandoc with
# wkhtmltopdf and with weasyprint on the same Markdown, and prints the
# ratios. The Kotoutus figures come from the Go benchmarks of package export
# (demo programme and a generated programme of over 100 pages); the other
# tools convert the Markdown those benchmarks' programmes export to.
#
#   scripts/bench-export.sh          # 3 runs of each outside tool
#   RUNS=5 scripts/bench-export.sh
#
# Tools that are not installed are reported and skipped; on Debian:
#   apt-get install -y pandoc wkhtmltopdf weasyprint poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
TAGS=migrated_fynedo
RUNS=${RUNS:-3}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

have() { command -v "$1" >/dev/null 2>&1; }

missing=()
for t in pandoc wkhtmltopdf weasyprint pdfinfo; do
  have "$t" || missing+=("$t")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Not installed, skipped: ${missing[*]} (apt-get install -y pandoc wkhtmltopdf weasyprint poppler-utils)"
fi

echo "== Kotoutus (go test -bench, package export)"
"$GO" run -tags "$TAGS" ./export/internal/sample/cmd/benchdata "$work"
"$GO" test -tags "$TAGS" -run '^$' -bench '^Benchmark(PDF|Markdown)(Demo|Large)$' -benchmem -count=1 ./export/ |
  tee "$work/go.txt" | grep '^Benchmark'

# go_ms NAME: milliseconds per operation of a Go benchmark.
go_ms() { awk -v n="$1" '$1 ~ "^"n"(-[0-9]+)?$" { printf "%.1f", $3 / 1e6 }' "$work/go.txt"; }
go_pages() { awk -v n="$1" '$1 ~ "^"n"(-[0-9]+)?$" { for (i = 1; i < NF; i++) if ($(i+1) == "pages") printf "%d", $i }' "$work/go.txt"; }

now_ns() { date +%s%N; }

# tool_ms ENGINE IN OUT: average wall time of pandoc with a PDF engine.
tool_ms() {
  local engine=$1 in=$2 out=$3 total=0 start end
  for _ in $(seq "$RUNS"); do
    start=$(now_ns)
    pandoc -f gfm "$in" -o "$out" --pdf-engine="$engine" --metadata title=Kotouttamisohjelma >"$work/$engine.log" 2>&1 || {
      echo "failed" ; return 1; }
    end=$(now_ns)
    total=$((total + end - start))
  done
  awk -v t="$total" -v r="$RUNS" 'BEGIN { printf "%.1f", t / r / 1e6 }'
}

pages_of() {
  if have pdfinfo; then pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; else echo "?"; fi
}

echo
printf '%-8s %-34s %10s %7s %12s\n' "input" "tool" "ms/export" "pages" "vs Kotoutus"
for name in demo large; do
  kname=$(tr '[:lower:]' '[:upper:]' <<<"${name:0:1}")${name:1}
  kms=$(go_ms "BenchmarkPDF$kname")
  printf '%-8s %-34s %10s %7s %12s\n' "$name" "Kotoutus PDF (Go, in process)" "$kms" "$(go_pages "BenchmarkPDF$kname")" "1.0x"
  printf '%-8s %-34s %10s %7s %12s\n' "$name" "Kotoutus Markdown" "$(go_ms "BenchmarkMarkdown$kname")" "" ""
  have pandoc || continue
  for engine in wkhtmltopdf weasyprint; do
    have "$engine" || continue
    if ms=$(tool_ms "$engine" "$work/$name.md" "$work/$name-$engine.pdf"); then
      ratio=$(awk -v a="$ms" -v b="$kms" 'BEGIN { printf "%.1fx", a / b }')
      printf '%-8s %-34s %10s %7s %12s\n' "$name" "pandoc + $engine" "$ms" "$(pages_of "$work/$name-$engine.pdf")" "$ratio"
    else
      printf '%-8s %-34s %10s\n' "$name" "pandoc + $engine" "failed (see its log)"
    fi
  done
done
echo
echo "Times are wall-clock averages of $RUNS runs for the outside tools (process start included) and"
echo "go test -bench averages for Kotoutus; 'vs Kotoutus' is how many times longer the tool took."
