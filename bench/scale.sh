#!/usr/bin/env bash
# Scale: bench/scale.sh [QUERY...]   (queries default to 3-filtered-page 4-search 5-aggregate)
#
# The scale issue's targets measured as a ratio in one run: the packaged application started twice, on
# alliance_bench_100000 and alliance_bench_1000000 (made by bench/run.sh if missing), side by side, and each query of
# bench/queries driven with wrk (8 connections) against one then the other, BENCH_ROUNDS rounds (default 3) of
# BENCH_DURATION (default 15s) after a warm-up each. Prints, per round, requests/s, p50 and p99 and the CPU time per
# request of the application and of PostgreSQL's backends (/proc/PID/stat); then the medians and the 1M/100k ratios.
# Needs: JDK 17+, PostgreSQL, wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(3-filtered-page 4-search 5-aggregate)
rounds="${BENCH_ROUNDS:-3}"
duration="${BENCH_DURATION:-15s}"
out="bench/results"
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
ensure_jar
ensure_db alliance_bench_100000 100000
ensure_db alliance_bench_1000000 1000000

start() {  # $1: statements, $2: port; prints the pid
  ALLIANCE_DB_NAME="alliance_bench_$1" java -Xms64m -Xmx256m -XX:+UseSerialGC -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$2" -jar target/quarkus-app/quarkus-run.jar > "$out/scale-$1.log" 2>&1 &
  echo $!
}
pid_small=$(start 100000 8093)
pid_large=$(start 1000000 8094)
trap 'kill $pid_small $pid_large 2>/dev/null || true' EXIT
await_ready 8093
await_ready 8094

run() {  # $1: statements, $2: port, $3: pid; prints "requests/s p50 p99 cpu-ms pg-cpu-ms" per request
  local t0 t1 result requests
  wrk -t2 -c8 -d5s -s bench/post.lua "http://127.0.0.1:$2/graphql" > /dev/null
  postgres_ticks "alliance_bench_$1" > "$out/scale-pg-before.tmp"
  t0=$(cpu_ticks "$3")
  result=$(wrk -t2 -c8 -d"$duration" --latency -s bench/post.lua "http://127.0.0.1:$2/graphql")
  t1=$(cpu_ticks "$3")
  postgres_ticks "alliance_bench_$1" > "$out/scale-pg-after.tmp"
  requests=$(awk '/requests in/ { print $1 }' <<<"$result")
  echo "$(awk '/Requests\/sec/ { print $2 }' <<<"$result") $(ms "$(awk '$1 == "50%" { print $2 }' <<<"$result")")" \
    "$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$result")")" "$(per_request $(( t1 - t0 )) "$requests")" \
    "$(per_request "$(postgres_delta "$out/scale-pg-before.tmp" "$out/scale-pg-after.tmp")" "$requests")"
}
export BENCH_BODY
: > "$out/scale-rows"
for query in "${queries[@]}"; do
  BENCH_BODY=$(body "bench/queries/$query.graphql")
  for round in $(seq 1 "$rounds"); do
    echo "$query 100k $round $(run 100000 8093 "$pid_small")" | tee -a "$out/scale-rows"
    echo "$query 1M $round $(run 1000000 8094 "$pid_large")" | tee -a "$out/scale-rows"
  done
done
python3 - "$out/scale-rows" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print("| query | size | requests/s | p50 ms | p99 ms | CPU ms/request | PostgreSQL CPU ms/request | p99 1M / 100k |")
print("|---|---|---|---|---|---|---|---|")
for query in dict.fromkeys(r[0] for r in rows):
    med = {size: [statistics.median(float(r[i]) for r in rows if r[0] == query and r[1] == size) for i in range(3, 8)]
           for size in ("100k", "1M")}
    for size in ("100k", "1M"):
        ratio = f"{med['1M'][2] / med['100k'][2]:.2f}" if size == "1M" else ""
        print(f"| {query} | {size} | " + " | ".join(f"{v:.1f}" if i < 3 else f"{v:.2f}" for i, v in enumerate(med[size]))
              + f" | {ratio} |")
PY
