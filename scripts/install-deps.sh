#!/usr/bin/env bash
# Installs the system packages Kotoutus needs to build, run and test, if any
# are missing: a C compiler and the X11/OpenGL headers for Fyne (cgo), Xvfb
# and X tools for the headless smoke test, and the PDF readers the export
# tests read their output back with. Uses apt-get as root, sudo otherwise.
set -euo pipefail

packages=(gcc pkg-config libgl1-mesa-dev xorg-dev xvfb x11-utils xdotool poppler-utils qpdf pandoc libreoffice-writer-nogui python3-pikepdf)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Kotoutus needs these system packages, and this system has no apt-get to install them:" >&2
  echo "  ${missing[*]}" >&2
  echo "Install the equivalents with your package manager (a C compiler, X11 and OpenGL development files, Xvfb, poppler-utils, qpdf, pandoc, LibreOffice Writer, python3-pikepdf) and run make again." >&2
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
