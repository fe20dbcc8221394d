#!/usr/bin/env bash
# How long draftAnnotations takes: bench/draft.sh [STATEMENTS]   (default 100000: the benchmark database's size)
#
# Starts the packaged application on alliance_bench_STATEMENTS (made as bench/run.sh makes it, if missing) with
# -Xmx384m, trusting the dev key pair in dev/jwt for this run only, and drafts a 5,000-character French article (the
# seed article followed by the French test article, cut at 5,000 characters) BENCH_WARMUP times (default 100), then
# BENCH_REQUESTS times (default 300), one at a time. Prints the latency (median, p90, p99, max) of the measured requests
# and the process's CPU time per request (/proc/PID/stat), with the share of it the known names' queries take
# (measured apart with a one-word text). With BENCH_PROFILE=1 it records the rounds with JFR (bench/results/draft.jfr)
# and prints the hottest frames and the share of CPU samples in each step: reading the known names, indexing them,
# reading the text, writing and checking the YAML, and elsewhere.
# Needs: JDK 17+ (jcmd and jfr for the profile), PostgreSQL, openssl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

statements="${1:-100000}"
db="alliance_bench_$statements"
warmup="${BENCH_WARMUP:-100}"
requests="${BENCH_REQUESTS:-300}"
port=18093
out=$(mktemp -d)

ensure_jar
ensure_db "$db" "$statements"

ALLIANCE_DB_NAME="$db" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/public.pem" \
  java -Xmx384m -XX:FlightRecorderOptions=stackdepth=256 -Dquarkus.http.port="$port" \
  -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$out"' EXIT
await_ready "$port" || { cat "$out/app.log"; exit 1; }
token=$(dev/token.sh editor bench)
profile="${BENCH_PROFILE:-}"
if [ -n "$profile" ]; then
  mkdir -p bench/results
  export BENCH_JFR_START="jcmd $pid JFR.start name=draft settings=profile filename=$PWD/bench/results/draft.jfr"
fi

python3 - "$port" "$token" "$pid" "$warmup" "$requests" "$clk" <<'PY'
import http.client, json, statistics, sys, time
port, token, pid, warmup, requests, clk = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
seed = open("seeds/000_ab42d079f1321106.txt", encoding="utf-8").read()
article = (seed + "\n" + open("src/test/resources/drafts/baltic-brigade-fr.txt", encoding="utf-8").read() + "\n"
           + seed)[:5000]
query = ("query($text: String!) { draftAnnotations(text: $text, language: \"fr\", published: \"2026\") "
         "{ yaml statements { slug } } }")
connection = http.client.HTTPConnection("127.0.0.1", int(port))

def draft(text):
    body = json.dumps({"query": query, "variables": {"text": text}})
    start = time.perf_counter()
    connection.request("POST", "/graphql", body, {"Content-Type": "application/json",
                                                   "Authorization": "Bearer " + token})
    answer = json.loads(connection.getresponse().read())
    elapsed = (time.perf_counter() - start) * 1000
    if answer.get("errors"):
        sys.exit(json.dumps(answer["errors"]))
    return elapsed, answer

def ticks():
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])

def run(text, n):
    before = ticks()
    latencies = [draft(text)[0] for _ in range(n)]
    return latencies, (ticks() - before) * 1000 / clk / n

for _ in range(warmup):
    draft(article)
import os, subprocess
if os.environ.get("BENCH_JFR_START"):
    subprocess.run(os.environ["BENCH_JFR_START"].split(), check=True, capture_output=True)
_, answer = draft(article)
print(f"article: {len(article)} characters, {len(answer['data']['draftAnnotations']['statements'])} statements drafted")
for round in range(2):
    latencies, cpu = run(article, requests)
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    print(f"round {round + 1}: {requests} drafts, median {statistics.median(latencies):.1f} ms, p90 {q[89]:.1f} ms, "
          f"p99 {q[98]:.1f} ms, max {latencies[-1]:.1f} ms; CPU {cpu:.1f} ms a draft")
    _, names_cpu = run("Texte.", requests // 3)
    print(f"         a one-word text (the known names' queries alone): CPU {names_cpu:.1f} ms a draft")
PY
if [ -n "$profile" ]; then
  jcmd "$pid" JFR.stop name=draft > /dev/null
  jfr print --stack-depth 256 --events jdk.ExecutionSample bench/results/draft.jfr | python3 -c '
import collections, re, sys
samples, top, where = 0, collections.Counter(), collections.Counter()
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    samples += 1
    top[frames[0]] += 1
    stack = " ".join(frames)
    where["the draft checked against the seed schema" if "SeedParser" in stack
          else "writing the YAML" if "DraftYaml" in stack
          else "drafter: reading the text" if "Drafter$Reading" in stack
          else "drafter: indexing the known names" if "alliancegraph.draft.Drafter" in stack
          else "reading the known names (Hibernate, database client)" if "KnownNames" in stack
          or "hibernate" in stack or "pgclient" in stack
          else "elsewhere (HTTP, GraphQL, JSON, JIT)"] += 1
print(f"JFR: {samples} CPU samples")
for name, count in where.most_common():
    print(f"  {100 * count / samples:5.1f} %  {name}")
print("hottest frames:")
for name, count in top.most_common(12):
    print(f"  {100 * count / samples:5.1f} %  {name}")'
fi
