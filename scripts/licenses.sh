#!/usr/bin/env bash
# Writes assets/licenses/THIRD_PARTY.txt: the licence text of every Go
# module linked into the kotoutus binary, each under a header line
#   == MODULE VERSION (LICENCE)
# which the About dialog lists. Run it (make licenses) after changing go.mod;
# a test in package main fails while a linked module is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/licenses/THIRD_PARTY.txt

# licence_of FILE: a short name for the licence text in FILE.
licence_of() {
  local f=$1
  if grep -q 'Apache License' "$f"; then echo "Apache-2.0"
  elif grep -q 'UNLICENSE' "$f"; then echo "Unlicense OR BSD-3-Clause"
  elif grep -q 'Permission is hereby granted, free of charge' "$f"; then echo "MIT"
  elif grep -q 'Permission to use, copy, modify, and/or distribute' "$f"; then echo "ISC"
  elif grep -q 'Neither the name' "$f"; then echo "BSD-3-Clause"
  elif grep -q 'Redistribution and use' "$f"; then echo "BSD-2-Clause"
  else echo "see text"
  fi
}

{
  echo "Kotoutus links these Go modules; their licence texts follow."
  echo "Written by scripts/licenses.sh from the module cache."
  go list -tags migrated_fynedo -deps -f '{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}} {{.Dir}}{{end}}{{end}}' . | sort -u |
    while read -r path version dir; do
      file=$(find "$dir" -maxdepth 1 -type f \( -iname 'licen[cs]e*' -o -iname 'copying*' -o -iname 'unlicense*' \) | sort | head -1)
      if [ -z "$file" ]; then echo "no licence file in $dir" >&2; exit 1; fi
      echo
      echo "== $path $version ($(licence_of "$file"))"
      echo
      sed 's/\r$//' "$file"
    done
} >"$out"
echo "wrote $out"
