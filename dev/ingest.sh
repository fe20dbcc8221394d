#!/usr/bin/env bash
# Stores a text with its annotations (a seed file, e.g. a draft from dev/draft.sh once reviewed) through
# ingestDocument, and prints the answer.
#   dev/ingest.sh TEXT_FILE ANNOTATIONS_FILE
# Needs TOKEN (an editor's bearer token), curl and python3. ALLIANCE_URL defaults to http://localhost:8080/graphql.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: dev/ingest.sh TEXT_FILE ANNOTATIONS_FILE" >&2; exit 1; }
: "${TOKEN:?set TOKEN to a token with the editor role, e.g. TOKEN=\$(dev/token.sh editor)}"
body=$(python3 - "$@" <<'PY'
import json, sys
variables = {"text": open(sys.argv[1], encoding="utf-8").read(),
             "annotations": open(sys.argv[2], encoding="utf-8").read()}
query = ("mutation($text: String!, $annotations: String!) { ingestDocument(text: $text, annotations: $annotations) "
         "{ outcome document { slug reports { totalCount } } } }")
print(json.dumps({"query": query, "variables": variables}))
PY
)
curl -sS "${ALLIANCE_URL:-http://localhost:8080/graphql}" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $TOKEN" --data-binary "$body"
echo
