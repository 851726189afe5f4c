#!/usr/bin/env bash
# make package: the Linux desktop bundle, made by the fyne tool
# (fyne.io/tools, pinned, installed from the Go module proxy when missing):
# dist/kotoutus-VERSION-linux-ARCH.tar.xz holds usr/local/bin/kotoutus, the
# .desktop entry, the icon and a Makefile with `make user-install` (into
# ~/.local) and `make install` (system-wide, PREFIX=/usr/local, DESTDIR for
# staging). The version, name, ID and icon come from FyneApp.toml.
#
#   scripts/package.sh                 # Linux, this machine's architecture
#   TARGET=windows scripts/package.sh  # see the README for Windows and macOS
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
FYNE_VERSION=v1.7.4
TARGET=${TARGET:-linux}
fyne="$($GO env GOPATH)/bin/fyne"
if ! "$fyne" version 2>/dev/null | grep -q "${FYNE_VERSION#v}"; then
  echo "Installing the fyne tool $FYNE_VERSION"
  GOFLAGS= "$GO" install "fyne.io/tools/cmd/fyne@$FYNE_VERSION"
fi

version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
arch=$("$GO" env GOARCH)
mkdir -p dist
# The fyne tool reads FyneApp.toml (its [Migrations] fyneDo adds the
# migrated_fynedo tag) and writes the bundle into the current folder.
"$fyne" package --target "$TARGET" --release
case "$TARGET" in
  linux)
    out="dist/kotoutus-$version-linux-$arch.tar.xz"
    mv Kotoutus.tar.xz "$out"
    ;;
  *)
    out="dist/"
    mv Kotoutus.* dist/ 2>/dev/null || true
    ;;
esac
echo "wrote $out"
