#!/usr/bin/env bash
# Configures build/ (Ninja, Release, clang++-22) and builds everything with -j2.
# Used by scripts/test.sh and scripts/fixtures.sh; run scripts/bootstrap.sh first.
#   --keep-going   build every target that can be built even when some fail
#                  (the exit status still reports the failure)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=build
ninja_args=()
for arg in "$@"; do
  case "$arg" in
    --keep-going) ninja_args=(-k 0) ;;
    *) echo "build.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

# A build/ configured with another generator or compiler cannot be reused.
if [[ -f "$BUILD_DIR/CMakeCache.txt" ]] &&
   { ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$BUILD_DIR/CMakeCache.txt" ||
     ! grep -q '^CMAKE_CXX_COMPILER:.*clang++-22$' "$BUILD_DIR/CMakeCache.txt"; }; then
  echo "build.sh: $BUILD_DIR/ was configured with another generator or compiler; starting afresh"
  rm -rf "$BUILD_DIR"
fi

cmake -S . -B "$BUILD_DIR" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER=clang++-22
if [[ ${#ninja_args[@]} -gt 0 ]]; then
  cmake --build "$BUILD_DIR" -j2 -- "${ninja_args[@]}"
else
  cmake --build "$BUILD_DIR" -j2
fi
