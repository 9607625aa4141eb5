#!/usr/bin/env bash
# The static model builder's cost as a ratio to the parse floor, at two sizes.
#
# For each size: generate a DAG program (bench/gen_dag.py), then time, best of 3,
#   floor:   clang++-22 -fsyntax-only            (parsing and semantic analysis only)
#   inspect: taskgroup inspect --format=json    (the same parse plus the model builder)
# and print (inspect - floor) / floor: the builder's share. It also checks that the static
# model equals the program's own --json (the correctness the speed is worth nothing without).
# Usage: bench/model_ratio.sh [BUILD_DIR] [SIZE...]   (default: build 1000 10000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
shift || true
sizes=("${@:-1000}")
[[ $# -eq 0 ]] && sizes=(1000 10000)
tool="$build/tool/taskgroup"
[[ -x $tool ]] || { echo "build $tool first (ninja -C $build taskgroup-cli)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(-std=c++20 -Iinclude)

best_of_3() { # prints the best wall time in seconds of the command
  local best=
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    best=$(python3 -c "import sys; a=float(sys.argv[1]); b=sys.argv[2]; print(a if b=='' or a<float(b) else b)" \
           "$(python3 -c "print($end-$start)")" "$best")
  done
  echo "$best"
}

printf '%-8s %-7s %-9s %-9s %-8s %s\n' tasks lines floor_s inspect_s builder equal
for size in "${sizes[@]}"; do
  src="$work/bench_$size.cpp"
  python3 bench/gen_dag.py --tasks "$size" -o "$src"
  floor=$(best_of_3 clang++-22 -fsyntax-only "${flags[@]}" "$src")
  inspect=$(best_of_3 "$tool" inspect --format=json "$src" -- "${flags[@]}")
  g++ "${flags[@]}" -O0 "$src" -lfmt -o "$work/bench_$size"
  if diff -q <("$work/bench_$size" --json) <("$tool" inspect --format=json --compare "$src" -- "${flags[@]}" 2>/dev/null) >/dev/null; then
    equal=yes
  else
    equal=NO
  fi
  python3 - "$size" "$(wc -l <"$src")" "$floor" "$inspect" "$equal" <<'PY'
import sys
size, lines, floor, inspect, equal = sys.argv[1:]
floor, inspect = float(floor), float(inspect)
print(f"{size:<8} {lines:<7} {floor:<9.3f} {inspect:<9.3f} {100 * (inspect - floor) / floor:>6.1f}%  {equal}")
PY
done
