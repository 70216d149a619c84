#!/usr/bin/env bash
# Installs the Debian 12 packages brochure needs to build, run and test, but only those missing,
# so a machine that has them all needs no network. Run as root.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build pkg-config
  # libraries
  libpoco-dev libhpdf-dev libpugixml-dev libharfbuzz-dev libunibreak-dev libqrencode-dev
  libpng-dev libjpeg-dev libfreetype-dev libxxhash-dev nettle-dev
  # the print edition's output intent: Ghostscript's CMYK output profile (default_cmyk.icc, docs/print.md)
  libgs-common
  # tests: the Catch2 framework and the real PDF readers the tests check our output with
  catch2 qpdf poppler-utils
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
