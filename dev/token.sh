#!/usr/bin/env bash
# Dev mode only: prints a bearer token with the given roles, e.g.   dev/token.sh editor   or   dev/token.sh "editor admin" alice
# Signed with dev/jwt/private.pem, which only dev mode trusts (see dev/jwt/README.md). Valid for 12 hours. Needs openssl.
set -euo pipefail
cd "$(dirname "$0")"
roles="${1:-editor}"
user="${2:-dev}"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '"%s",' $roles)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"alliance-graph","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
  "$user" "${groups%,}" "$now" $((now + 43200)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign jwt/private.pem -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
