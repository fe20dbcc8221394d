# shellcheck shell=bash
# Shell functions shared by bench/run.sh and bench/peer.sh: sourced, not run. The caller has set -euo pipefail and
# changed to the repository's root.

# psql and pgbench connection options, from the application's own environment variables.
pg=(-h "${ALLIANCE_DB_HOST:-127.0.0.1}" -p "${ALLIANCE_DB_PORT:-5432}" -U "${ALLIANCE_DB_USER:-postgres}")

ensure_jar() {  # the packaged application, built if missing
  if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -q -B package -DskipTests
  fi
}

ensure_db() {  # $1: database, $2: statements. Created once: migrations and seeds by the application, then generate.sql
  local db="$1" statements="$2" start
  if ! psql "${pg[@]}" -Atc "select 1 from pg_database where datname = '$db'" postgres | grep -q 1; then
    echo "== creating $db with $statements statements"
    psql "${pg[@]}" -qc "create database $db" postgres
    ALLIANCE_DB_NAME="$db" java -jar target/quarkus-app/quarkus-run.jar load-seeds >/dev/null
    start=$(date +%s)
    psql "${pg[@]}" -q -v statements="$statements" -f bench/generate.sql "$db"
    echo "generated in $(( $(date +%s) - start )) s"
  fi
}

# Memory cgroups, standing in for a container's memory limit (no Docker needed; root and a writable cgroup file
# system are). On cgroup v1 the new cgroup is a child of this shell's own memory cgroup, so limits above it still hold.
cgroup=""
new_cgroup() {  # $1: limit (e.g. 640M); sets $cgroup, or returns 1 if it cannot be created
  local name="alliance-bench-$$-$RANDOM" own
  if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
    cgroup="/sys/fs/cgroup/$name"
    mkdir "$cgroup" || { cgroup=""; return 1; }
    numfmt --from=iec "$1" > "$cgroup/memory.max" || { rmdir "$cgroup"; cgroup=""; return 1; }
  else
    own=$(awk -F: '$2 == "memory" { print $3 }' /proc/self/cgroup)
    cgroup="/sys/fs/cgroup/memory${own%/}/$name"
    mkdir "$cgroup" || { cgroup=""; return 1; }
    numfmt --from=iec "$1" > "$cgroup/memory.limit_in_bytes" || { rmdir "$cgroup"; cgroup=""; return 1; }
  fi
}
cgroup_peak_mb() {
  local bytes
  if [ -f "$cgroup/memory.peak" ]; then bytes=$(cat "$cgroup/memory.peak"); else bytes=$(cat "$cgroup/memory.max_usage_in_bytes"); fi
  echo $(( bytes / 1024 / 1024 ))
}
cgroup_killed() {  # OOM kills in the cgroup
  if [ -f "$cgroup/memory.events" ]; then awk '/^oom_kill / { print $2 }' "$cgroup/memory.events"
  else awk '/^oom_kill / { print $2 }' "$cgroup/memory.oom_control"; fi
}
remove_cgroup() {  # once its processes have ended
  if [ -n "$cgroup" ]; then
    rmdir "$cgroup" 2>/dev/null || true
    cgroup=""
  fi
}

await_ready() {  # $1: port. Until the application there answers its readiness check (at most 90 s)
  for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" > /dev/null && return 0
    sleep 1
  done
  return 1
}
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }  # utime + stime (fields 14, 15)
clk=$(getconf CLK_TCK)
postgres_ticks() {  # $1: database. "pid ticks" of the PostgreSQL backends connected to it
  local p
  for p in $(psql "${pg[@]}" -Atc "select pid from pg_stat_activity where datname = '$1'" postgres); do
    echo "$p $(cpu_ticks "$p" 2>/dev/null || echo 0)"
  done
}
postgres_delta() {  # $1, $2: postgres_ticks before and after; ticks spent in between (by processes alive after)
  awk 'NR == FNR { before[$1] = $2; next } { t += $2 - before[$1] } END { print t + 0 }' "$1" "$2"
}
per_request() {  # $1: clock ticks, $2: requests; milliseconds per request
  awk -v t="$1" -v n="${2:-0}" -v clk="$clk" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / clk / n; else print "-" }'
}

body() { python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$1"; }
ms() {  # wrk latency (e.g. 850.00us, 12.30ms, 1.20s) in milliseconds
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
                         else printf "%.2f", v * 1000 }'
}
