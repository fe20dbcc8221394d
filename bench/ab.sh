#!/usr/bin/env bash
# Before and after: bench/ab.sh BEFORE [AFTER] [QUERY...]   (AFTER defaults to HEAD; queries to 1-point 3-filtered-page)
#
# Builds two commits of this repository (each in a throwaway worktree under BENCH_AB_DIR, default /tmp/alliance-bench-ab),
# starts both on the benchmark database alliance_bench_STATEMENTS (BENCH_STATEMENTS, default 100000; made by
# bench/run.sh or peer.sh if missing) with -Xmx384m -XX:+UseSerialGC, side by side, and drives each query of
# bench/queries with wrk (8 connections), alternating between the two, BENCH_ROUNDS rounds (default 3) of
# BENCH_DURATION (default 15s) after a warm-up each. Prints requests/s and the process's CPU time per request
# (/proc/PID/stat) of every round, and the medians' ratio after/before.
# Needs: JDK 17+, git, PostgreSQL, wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

[ $# -ge 1 ] || { echo "usage: bench/ab.sh BEFORE [AFTER] [QUERY...]" >&2; exit 1; }
before=$(git rev-parse --short "$1")
after=$(git rev-parse --short "${2:-HEAD}")
shift $(( $# >= 2 ? 2 : 1 ))
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(1-point 3-filtered-page)
statements="${BENCH_STATEMENTS:-100000}"
db="alliance_bench_$statements"
rounds="${BENCH_ROUNDS:-3}"
duration="${BENCH_DURATION:-15s}"
dir="${BENCH_AB_DIR:-/tmp/alliance-bench-ab}"

build() {  # $1: commit; prints the directory of its packaged application
  local tree="$dir/$1"
  if [ ! -f "$tree/target/quarkus-app/quarkus-run.jar" ]; then
    rm -rf "$tree"
    git worktree add --detach "$tree" "$1" > /dev/null 2>&1
    (cd "$tree" && ./mvnw -q -B package -DskipTests > /dev/null)
  fi
  echo "$tree"
}
mkdir -p "$dir"
echo "== building $before and $after" >&2
tree_before=$(build "$before")
tree_after=$(build "$after")
ensure_jar
ensure_db "$db" "$statements"

start() {  # $1: tree, $2: port; prints the pid
  ALLIANCE_DB_NAME="$db" java -Xmx384m -XX:+UseSerialGC -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" \
    -jar "$1/target/quarkus-app/quarkus-run.jar" > "$dir/app-$2.log" 2>&1 &
  echo $!
}
pid_before=$(start "$tree_before" 8091)
pid_after=$(start "$tree_after" 8092)
trap 'kill $pid_before $pid_after 2>/dev/null || true' EXIT
await_ready 8091
await_ready 8092

run() {  # $1: port, $2: pid; prints "requests/s cpu-ms-per-request"
  local t0 t1 result
  wrk -t2 -c8 -d5s -s bench/post.lua "http://127.0.0.1:$1/graphql" > /dev/null
  t0=$(cpu_ticks "$2")
  result=$(wrk -t2 -c8 -d"$duration" -s bench/post.lua "http://127.0.0.1:$1/graphql")
  t1=$(cpu_ticks "$2")
  awk -v t=$(( t1 - t0 )) -v clk="$clk" '/requests in/ { n = $1 } /Requests\/sec/ { r = $2 }
    END { printf "%.1f %.3f\n", r, t * 1000 / clk / n }' <<<"$result"
}
export BENCH_BODY
for query in "${queries[@]}"; do
  BENCH_BODY=$(body "bench/queries/$query.graphql")
  : > "$dir/rows"
  for round in $(seq 1 "$rounds"); do
    read -r rps cpu <<<"$(run 8091 "$pid_before")"
    echo "$query before $round $rps $cpu" | tee -a "$dir/rows"
    read -r rps cpu <<<"$(run 8092 "$pid_after")"
    echo "$query after $round $rps $cpu" | tee -a "$dir/rows"
  done
  python3 - "$dir/rows" "$query" "$before" "$after" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = lambda side, i: statistics.median(float(r[i]) for r in rows if r[1] == side)
print(f"{sys.argv[2]}: before ({sys.argv[3]}) {med('before', 3):.1f} requests/s, {med('before', 4):.3f} ms CPU/request;"
      f" after ({sys.argv[4]}) {med('after', 3):.1f} requests/s, {med('after', 4):.3f} ms CPU/request;"
      f" after/before {med('after', 3) / med('before', 3):.2f} x requests/s, {med('after', 4) / med('before', 4):.2f} x CPU")
EOF
done
