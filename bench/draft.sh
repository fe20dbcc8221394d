#!/usr/bin/env bash
# How long draftAnnotations takes: bench/draft.sh [STATEMENTS]   (default 100000: the benchmark database's size)
#
# Starts the packaged application on alliance_bench_STATEMENTS (made as bench/run.sh makes it, if missing) with
# -Xmx384m, trusting the dev key pair in dev/jwt for this run only, and drafts a 5,000-character French article (the
# seed article followed by the French test article, cut at 5,000 characters) BENCH_WARMUP times (default 100), then
# BENCH_REQUESTS times (default 300), one at a time. Prints the latency (median, p90, p99, max) of the measured requests
# and the process's CPU time per request (/proc/PID/stat), with the share of it the known names' queries take
# (measured apart with a one-word text).
# Needs: JDK 17+, PostgreSQL, openssl, python3.
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
  java -Xmx384m -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$out"' EXIT
await_ready "$port" || { cat "$out/app.log"; exit 1; }
token=$(dev/token.sh editor bench)

python3 - "$port" "$token" "$pid" "$warmup" "$requests" "$clk" <<'PY'
import http.client, json, statistics, sys, time
port, token, pid, warmup, requests, clk = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
article = (open("seeds/000_ab42d079f1321106.txt", encoding="utf-8").read() + "\n"
           + open("src/test/resources/drafts/baltic-brigade-fr.txt", encoding="utf-8").read())[:5000]
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
