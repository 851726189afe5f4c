#!/usr/bin/env bash
# Installs the system packages Kotoutus needs to build, run and test, if any
# are missing: a C compiler and the X11/OpenGL headers for Fyne (cgo), Xvfb
# and X tools for the headless smoke test, the readers the export tests
# read their output back with, and Chromium with axe-core (npm) for the
# HTML export's accessibility test. Uses apt-get as root, sudo otherwise.
set -euo pipefail

packages=(gcc pkg-config libgl1-mesa-dev xorg-dev xvfb x11-utils xdotool poppler-utils qpdf pandoc libreoffice-writer-nogui python3-pikepdf chromium)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# npm (Debian's, unless Node.js is installed otherwise) for axe-core.
command -v npm >/dev/null 2>&1 || missing+=(npm)

# axe-core, which the HTML export's accessibility test runs in headless
# Chromium, from the npm registry at the version of its lock file.
install_axe() {
  local dir
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/export/testdata/axe"
  [ -f "$dir/node_modules/axe-core/axe.min.js" ] && return 0
  echo "Installing axe-core into $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
}
[ ${#missing[@]} -eq 0 ] && { install_axe; exit 0; }

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Kotoutus needs these system packages, and this system has no apt-get to install them:" >&2
  echo "  ${missing[*]}" >&2
  echo "Install the equivalents with your package manager (a C compiler, X11 and OpenGL development files, Xvfb, poppler-utils, qpdf, pandoc, LibreOffice Writer, python3-pikepdf, Chromium, npm) and run make again." >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Missing system packages: ${missing[*]}. Run as root, or install sudo, to install them." >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_axe
