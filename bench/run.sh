#!/usr/bin/env bash
# Benchmark: bench/run.sh [STATEMENTS]   (default 100000; 1000000 for the large run)
#
# Creates (once) the database alliance_bench_STATEMENTS with the migrations, the seeds and bench/generate.sql's
# synthetic data, starts the packaged application against it with the container heap settings, and for each query
# in bench/queries measures SQL statements per request, then requests/s, p50 and p99 with wrk at 8 and 32
# connections, and the application's peak RSS. Finally runs the dashboard's equivalent SQL with pgbench.
# Needs: JDK 17+, PostgreSQL on ALLIANCE_DB_HOST:ALLIANCE_DB_PORT (default 127.0.0.1:5432), wrk and pgbench
# (Debian packages wrk and postgresql-client). Traffic goes to 127.0.0.1 only.
#
# BENCH_CONTAINER=640M runs the application as the Deployment does (k8s/base/deployment.yaml): in a memory cgroup of
# that limit (root and a writable cgroup file system needed; no Docker) with the Deployment's JVM options, and reports
# the cgroup's peak memory (what the container limit counts) and whether the kernel killed the process.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

statements="${1:-100000}"
db="alliance_bench_${statements}"
port="${BENCH_PORT:-8089}"
duration="${BENCH_DURATION:-15s}"
container="${BENCH_CONTAINER:-}"
if [ -n "$container" ]; then
  heap="${BENCH_JAVA_OPTS:--XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
else
  heap="${BENCH_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}"
fi
out="bench/results"
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

ensure_jar
ensure_db "$db" "$statements"

app_pid=""
start_app() {  # $1: extra JVM options
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use: stop what listens there, or set BENCH_PORT" >&2
    exit 1
  fi
  if [ -n "$container" ]; then
    new_cgroup "$container"
    # The JVM must start inside the cgroup to size its heap from the limit, as in a container.
    # shellcheck disable=SC2086
    ALLIANCE_DB_NAME="$db" sh -c 'echo $$ > "$1/cgroup.procs"; shift; exec "$@"' sh "$cgroup" \
      java $heap $1 -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    ALLIANCE_DB_NAME="$db" java $heap $1 -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar \
      > "$out/app.log" 2>&1 &
  fi
  app_pid=$!
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && return 0
    sleep 1
  done
  echo "the application did not start; see $out/app.log" >&2
  exit 1
}
stop_app() {  # a JVM that ran out of memory may ignore SIGTERM
  kill "$app_pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  remove_cgroup
}
post() { curl -sf "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$1"; }

# 1. SQL statements per request, from Hibernate's SQL log (switched on for this pass only).
start_app "-Dquarkus.log.category.\"org.hibernate.SQL\".level=DEBUG"
declare -A sql
for q in bench/queries/*.graphql; do
  name=$(basename "$q" .graphql)
  b=$(body "$q")
  post "$b" > /dev/null  # warm-up
  before=$(grep -ac 'org.hibernate.SQL' "$out/app.log" || true)
  answer=$(post "$b")
  sleep 0.5
  after=$(grep -ac 'org.hibernate.SQL' "$out/app.log" || true)
  if grep -q '"errors"' <<<"$answer"; then echo "$name answered with errors: $answer" >&2; exit 1; fi
  sql[$name]=$(( after - before ))
done
stop_app

# 2. Throughput and latency with wrk, peak RSS of the application; a fresh application for each query, so that one
#    query's failure (an OutOfMemoryError, say) does not spoil the next one's figures.
memory_column="peak RSS MB"
[ -n "$container" ] && memory_column="peak cgroup memory MB (limit $container)"
table="| query | SQL/request | connections | requests/s | p50 ms | p99 ms | errors | $memory_column |\n"
table+="|---|---|---|---|---|---|---|---|\n"
for q in bench/queries/*.graphql; do
  name=$(basename "$q" .graphql)
  export BENCH_BODY
  BENCH_BODY=$(body "$q")
  start_app ""
  wrk -t2 -c8 -d5s --timeout 10s -s bench/post.lua "http://127.0.0.1:$port/graphql" > /dev/null  # warm-up
  for c in 8 32; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      table+="| $name | ${sql[$name]} | $c | - | - | - | application died (see app.log) | - |\n"
      continue
    fi
    ( while kill -0 "$app_pid" 2>/dev/null; do ps -o rss= -p "$app_pid"; sleep 0.5; done ) > "$out/rss.txt" &
    sampler=$!
    result=$(wrk -t2 -c"$c" -d"$duration" --timeout 10s --latency -s bench/post.lua \
      "http://127.0.0.1:$port/graphql" || true)
    kill "$sampler" 2>/dev/null || true
    peak=$(sort -n "$out/rss.txt" | tail -n 1)
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$result")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$result")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$result")")
    errors=$(awk '/Non-2xx/ { print $NF " non-2xx" } /Socket errors/ { print $NF " timeouts" }' <<<"$result" | paste -sd' ')
    grep -q OutOfMemoryError "$out/app.log" && errors="$errors OutOfMemoryError"
    if [ -n "$container" ]; then
      [ "$(cgroup_killed)" != "0" ] && errors="$errors killed by the cgroup's OOM killer"
      peak=$(( $(cgroup_peak_mb) * 1024 ))
    fi
    table+="| $name | ${sql[$name]} | $c | $rps | $p50 | $p99 | ${errors:-0} | $(( ${peak:-0} / 1024 )) |\n"
  done
  cp "$out/app.log" "$out/app-$name.log"
  stop_app
done

# 3. The dashboard query's SQL alone, same data and connections.
raw="| dashboard SQL (pgbench) | connections | transactions/s |\n|---|---|---|\n"
for c in 8 32; do
  tps=$(pgbench "${pg[@]}" -n -c "$c" -j 2 -T "${duration%s}" -f bench/dashboard.sql "$db" 2>/dev/null \
        | awk '/^tps/ { print $3 }')
  raw+="| one statement | $c | $tps |\n"
done

report="$out/$statements${container:+-container-$container}.md"
{
  echo "## $statements statements, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB"
  echo
  echo "JVM: $heap. wrk: 2 threads, $duration per run after a 5 s warm-up."
  echo
  printf '%b\n' "$table"
  printf '%b\n' "$raw"
} | tee "$report"
