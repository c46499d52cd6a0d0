#!/usr/bin/env bash
# Install factdesk with its test extras and the optional stores and engines the tests cover
# (Milvus Lite, Ray Data; CPU torch, no CUDA), Debian's chromium for the browser tests, then
# run the whole test suite (slow and browser tests included).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check "torch==2.13.0" -e ".[test,milvus,ray]"

if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

python3 -m pytest "$@"
