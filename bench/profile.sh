#!/usr/bin/env bash
# Profile: bench/profile.sh [QUERY] [STATEMENTS]   (default 1-point and 100000)
#
# Starts the packaged application (built if missing) on the benchmark database (made by bench/run.sh or peer.sh, or
# made here) with the Deployment's JVM options, warms it up with wrk, then records a JFR profile of BENCH_DURATION
# (default 20s) of wrk with 8 connections on bench/queries/QUERY.graphql, and prints where the CPU samples are: the
# hottest frames, and the share of samples under each of the request's stages (the front door, the policy, the
# engine, the response's JSON, the database client). The recording stays in bench/results/profile-QUERY.jfr for
# `jfr print` or JDK Mission Control.
# Needs: JDK 17+ (jcmd, jfr), PostgreSQL, wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

query="${1:-1-point}"
statements="${2:-100000}"
port="${BENCH_PORT:-8089}"
duration="${BENCH_DURATION:-20s}"
db="alliance_bench_$statements"
out=bench/results
mkdir -p "$out"
[ -f "bench/queries/$query.graphql" ] || { echo "no bench/queries/$query.graphql" >&2; exit 1; }

ensure_jar
ensure_db "$db" "$statements"
ALLIANCE_DB_NAME="$db" java -XX:MaxRAMPercentage=60 -Xmx384m -XX:+UseSerialGC -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar > "$out/profile-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
await_ready "$port"
export BENCH_BODY
BENCH_BODY=$(body "bench/queries/$query.graphql")
url="http://127.0.0.1:$port/graphql"
wrk -t2 -c8 -d30s -s bench/post.lua "$url" > /dev/null
jfr="$(pwd)/$out/profile-$query.jfr"
jcmd "$app" JFR.start name=profile settings=profile > /dev/null
wrk -t2 -c8 -d"$duration" -s bench/post.lua "$url" | awk '/Requests\/sec/ { print "requests/s while profiled: " $2 }'
jcmd "$app" JFR.dump name=profile filename="$jfr" > /dev/null
jcmd "$app" JFR.stop name=profile > /dev/null
jfr print --events jdk.ExecutionSample --stack-depth 200 "$jfr" | python3 -c '
import collections, re, sys
stages = [
    ("front door (http.FrontDoor, GraphQLRequest)", ("org.alliancegraph.http.FrontDoor", "org.alliancegraph.http.GraphQLRequest")),
    ("policy (policy.OperationPolicy, EnginePolicy)", ("org.alliancegraph.policy.",)),
    ("response JSON (http.ResultJson)", ("org.alliancegraph.http.ResultJson",)),
    ("read plans (graphql.ReadPlans)", ("org.alliancegraph.graphql.ReadPlans",)),
    ("graphql-java execution", ("graphql.execution.",)),
    ("SmallRye GraphQL", ("io.smallrye.graphql.",)),
    ("Hibernate Reactive", ("org.hibernate.reactive.",)),
    ("Vert.x PostgreSQL client", ("io.vertx.pgclient.", "io.vertx.sqlclient.")),
    ("Netty / Vert.x HTTP", ("io.netty.", "io.vertx.core.http.")),
]
samples, top, under = 0, collections.Counter(), collections.Counter()
frames = []
def flush():
    global samples
    if not frames:
        return
    samples += 1
    top[frames[0]] += 1
    for name, prefixes in stages:
        if any(f.startswith(prefixes) for f in frames):
            under[name] += 1
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush()
        frames = []
    m = re.match(r"\s+([\w$.]+)\(", line)
    if m and "stackTrace" not in line:
        frames.append(m.group(1))
flush()
print(f"{samples} CPU samples")
print("share of samples under each stage (a sample may be under several):")
for name, _ in stages:
    print(f"  {100.0 * under[name] / max(samples, 1):5.1f} %  {name}")
print("hottest frames (self):")
for frame, n in top.most_common(15):
    print(f"  {100.0 * n / max(samples, 1):5.1f} %  {frame}")
'
