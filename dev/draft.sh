#!/usr/bin/env bash
# An editor's first pass on a new article: prints the annotations draftAnnotations proposes for a text file, as the
# seed file to review, correct and hand to dev/ingest.sh.
#   dev/draft.sh TEXT_FILE [TITLE] [PUBLISHED] > annotations.yaml
# Needs TOKEN (an editor's bearer token, e.g. TOKEN=$(dev/token.sh editor) in dev mode), curl and python3.
# ALLIANCE_URL defaults to http://localhost:8080/graphql.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: dev/draft.sh TEXT_FILE [TITLE] [PUBLISHED]" >&2; exit 1; }
: "${TOKEN:?set TOKEN to a token with the editor role, e.g. TOKEN=\$(dev/token.sh editor)}"
body=$(python3 - "$@" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
variables = {"text": text, "title": sys.argv[2] if len(sys.argv) > 2 else None,
             "published": sys.argv[3] if len(sys.argv) > 3 else None}
query = ("query($text: String!, $title: String, $published: String) { draftAnnotations(text: $text, "
         "title: $title, published: $published) { yaml } }")
print(json.dumps({"query": query, "variables": variables}))
PY
)
curl -sS "${ALLIANCE_URL:-http://localhost:8080/graphql}" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $TOKEN" --data-binary "$body" | python3 -c '
import json, sys
answer = json.load(sys.stdin)
if answer.get("errors"):
    sys.exit(json.dumps(answer["errors"], ensure_ascii=False))
print(answer["data"]["draftAnnotations"]["yaml"], end="")'
