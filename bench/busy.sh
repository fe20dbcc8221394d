#!/usr/bin/env bash
# An instance under dashboards: bench/busy.sh [STATEMENTS]   (default 100000)
#
# Runs the packaged application as the Deployment does (k8s/base/deployment.yaml: -XX:MaxRAMPercentage=60
# -XX:+UseSerialGC in a 640M memory cgroup) on the benchmark database of bench/run.sh, sends it the dashboard query
# (bench/queries/2-dashboard.graphql) with wrk at 8 and then 32 connections, and meanwhile, from another client, the
# point lookup (bench/queries/1-point.graphql) every 0.2 s. Prints per load: dashboards answered (2xx/s), refused
# (503 SERVER_BUSY, per second), p99 of the dashboards answered, the point lookups' p50 and max, the process CPU per
# dashboard answered, and the cgroup's peak memory. What it shows: whether the budget of cost in flight
# (ALLIANCE_MAX_COST_IN_FLIGHT) keeps the instance's throughput and memory, and cheap queries fast, when more
# dashboards arrive than it can run. Needs what bench/peer.sh needs (root and a writable cgroup file system for the
# cgroup; without one it runs with -Xmx384m and says so). Traffic goes to 127.0.0.1 only.
#
# Settings (environment): BENCH_PORT (default 8089), BENCH_DURATION (default 15s), BENCH_CONTAINER (default 640M).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

statements="${1:-100000}"
db="alliance_bench_${statements}"
port="${BENCH_PORT:-8089}"
duration="${BENCH_DURATION:-15s}"
limit="${BENCH_CONTAINER:-640M}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
ensure_jar
ensure_db "$db" "$statements"

jvm="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
if ! new_cgroup "$limit"; then
  echo "NOTE: no memory cgroup could be made; running with -Xmx384m instead" >&2
  jvm="-Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
fi
log=$(mktemp)
# shellcheck disable=SC2086
ALLIANCE_DB_NAME="$db" sh -c '[ -z "$1" ] || echo $$ > "$1/cgroup.procs"; shift; exec "$@"' sh "$cgroup" \
  java $jvm -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; remove_cgroup; rm -f "$log"' EXIT
await_ready "$port" || true

export BENCH_BODY
BENCH_BODY=$(body bench/queries/2-dashboard.graphql)
point=$(body bench/queries/1-point.graphql)
url="http://127.0.0.1:$port/graphql"
wrk -t2 -c8 -d10s --timeout 10s -s bench/post.lua "$url" > /dev/null  # warm-up
sleep 5

printf '| dashboard connections | answered/s | refused (503)/s | p99 answered ms | point lookup p50 ms | point lookup max ms | CPU ms per answer | cgroup peak MB |\n|---|---|---|---|---|---|---|---|\n'
for c in 8 32; do
  probes=$(mktemp)
  ( end=$(( $(date +%s) + ${duration%s} )); sleep 1
    while [ "$(date +%s)" -lt "$end" ]; do
      curl -s -o /dev/null -w '%{time_total}\n' "$url" -H 'Content-Type: application/json' -d "$point" >> "$probes"
      sleep 0.2
    done ) &
  prober=$!
  before=$(awk '{ print $14 + $15 }' "/proc/$app/stat")
  result=$(wrk -t2 -c"$c" -d"$duration" --timeout 10s --latency -s bench/post.lua "$url")
  after=$(awk '{ print $14 + $15 }' "/proc/$app/stat")
  wait "$prober"
  total=$(awk '/requests in/ { print $1 }' <<<"$result")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$result"); non2xx=${non2xx:-0}
  seconds=${duration%s}
  answered=$(( total - non2xx ))
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$result")")
  read -r p50 max < <(sort -n "$probes" | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int((NR + 1) / 2)] * 1000, v[NR] * 1000 }')
  cpu=$(awk -v t="$(( after - before ))" -v hz="$(getconf CLK_TCK)" -v n="$answered" 'BEGIN { printf "%.0f", n ? t * 1000 / hz / n : 0 }')
  peak=$([ -n "$cgroup" ] && cgroup_peak_mb || awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$app/status")
  printf '| %s | %.1f | %.1f | %s | %s | %s | %s | %s |\n' "$c" "$(awk -v a="$answered" -v s="$seconds" 'BEGIN { print a / s }')" \
    "$(awk -v a="$non2xx" -v s="$seconds" 'BEGIN { print a / s }')" "$p99" "$p50" "$max" "$cpu" "$peak"
  rm -f "$probes"
  # let the instance finish what wrk left in flight before the next load
  for _ in $(seq 1 30); do
    a=$(awk '{ print $14 + $15 }' "/proc/$app/stat"); sleep 1; b=$(awk '{ print $14 + $15 }' "/proc/$app/stat")
    [ $(( b - a )) -lt 5 ] && break
  done
done
[ -n "$cgroup" ] && echo "OOM kills in the cgroup: $(cgroup_killed)"
