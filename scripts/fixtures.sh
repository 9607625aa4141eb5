#!/usr/bin/env bash
# The main command: installs what is missing, builds, then runs our clang-tidy checks
# (`taskgroup-tidy --checks='-*,taskgroup-*'`) over every curriculum fixture and shows the
# findings, one line each. Success fixtures should show none; the failure fixtures show what
# fixtures/FINDINGS.md expects.
#   scripts/fixtures.sh [--full] [--tree] [SUBSTRING...]
#     --full   clang-tidy's full output (source lines, notes, fix-its)
#     --tree   also the hierarchy the program builds (`<fixture> --tree`)
#     SUBSTRING  only fixtures whose name contains one of them
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

full=0
tree=0
patterns=()
for arg in "$@"; do
  case "$arg" in
    --full) full=1 ;;
    --tree) tree=1 ;;
    *) patterns+=("$arg") ;;
  esac
done

scripts/bootstrap.sh >&2
scripts/build.sh --keep-going >&2 || echo "fixtures.sh: some targets failed to build (see above)" >&2

tidy=build/tool/taskgroup-tidy
if [[ ! -x "$tidy" ]]; then
  echo "fixtures.sh: $tidy was not built (see the errors above)" >&2
  exit 1
fi

shown=0
total=0
with_findings=0
for source in fixtures/63_*.cpp; do
  stem="$(basename "$source" .cpp)"
  if [[ ${#patterns[@]} -gt 0 ]]; then
    match=0
    for pattern in "${patterns[@]}"; do
      [[ "$stem" == *"$pattern"* ]] && match=1
    done
    [[ $match -eq 1 ]] || continue
  fi
  shown=$((shown + 1))
  title="$(sed -n '1s|^// *||p' "$source")"
  echo
  echo "=== $stem${title:+  —  $title}"
  output="$("$tidy" --checks='-*,taskgroup-*' --quiet "$source" -- -std=c++20 -Iinclude -Ifixtures 2>&1 || true)"
  count="$(grep -c ': warning: .*\[taskgroup-' <<<"$output" || true)"
  if [[ $full -eq 1 ]]; then
    printf '%s\n' "$output"
  else
    grep ': warning: .*\[taskgroup-' <<<"$output" | sed "s|^$PWD/||" || true
  fi
  [[ $count -gt 0 ]] && with_findings=$((with_findings + 1))
  total=$((total + count))
  echo "($count finding(s))"
  if [[ $tree -eq 1 && -x "build/fixtures/$stem" ]]; then
    "build/fixtures/$stem" --tree 2>&1 || echo "(exited with status $?)"
  fi
done

echo
echo "$shown fixture(s) checked: $total finding(s) in $with_findings fixture(s)"
