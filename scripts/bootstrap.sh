#!/usr/bin/env bash
# Installs the Debian packages taskgroup-tidy needs to build and test, and any packages
# given as arguments (.ci/sanitize adds the sanitizers' runtime).
# Idempotent: installs only what is missing. Run as root on Debian 12 (bookworm);
# LLVM 22 comes from bookworm-security, which is already configured on our machines.
set -euo pipefail

# Everything the build, the tests and (later) the tools need. Add packages here
# (e.g. clangd-22, gRPC's -dev packages) rather than installing them by hand.
TASKGROUP_PACKAGES=(
  g++
  cmake
  ninja-build
  python3
  libfmt-dev
  libgtest-dev
  clang-22
  clang-tidy-22
  clang-tools-22
  libclang-22-dev
  llvm-22-dev
  llvm-22-tools
  clangd-22
  libgrpc++-dev
  libprotobuf-dev
  protobuf-compiler-grpc
  graphviz
  chromium
  nodejs
)
# The browser test installs playwright-core with npm: Debian packages npm apart from nodejs,
# while NodeSource's nodejs ships it (and conflicts with Debian's npm).
command -v npm >/dev/null 2>&1 || TASKGROUP_PACKAGES+=(npm)
TASKGROUP_PACKAGES+=("$@")

missing=()
for pkg in "${TASKGROUP_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
  if [[ "$status" != "installed" ]]; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "bootstrap: all ${#TASKGROUP_PACKAGES[@]} packages already installed"
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "bootstrap: missing packages: ${missing[*]}" >&2
  echo "bootstrap: run this script as root to install them" >&2
  exit 1
fi

echo "bootstrap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
