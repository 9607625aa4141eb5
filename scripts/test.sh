#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test with
# ctest and exits with ctest's status (ctest's summary is the last output).
# A target that fails to build does not stop the other tests: its tests fail
# in ctest instead (and if ctest passes, the build failure still fails this).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/bootstrap.sh

build_status=0
scripts/build.sh --keep-going || build_status=$?
if [[ $build_status -ne 0 ]]; then
  if [[ ! -f build/CTestTestfile.cmake ]]; then
    echo "test.sh: configuring build/ failed (status $build_status)" >&2
    exit "$build_status"
  fi
  echo "test.sh: some targets failed to build (status $build_status); running the tests anyway" >&2
fi

status=0
ctest --test-dir build -j2 --output-on-failure || status=$?
if [[ $status -eq 0 && $build_status -ne 0 ]]; then
  status=$build_status
fi
exit "$status"
