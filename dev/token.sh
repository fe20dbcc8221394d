#!/usr/bin/env bash
# Dev mode only: prints a bearer token with the given roles, e.g. dev/token.sh editor   (or: reader, admin, "editor admin")
# The first run makes a key pair in .dev-jwt/ (git-ignored); dev mode verifies tokens with .dev-jwt/public.pem.
# Valid for 12 hours. Needs openssl. Never use this key pair outside dev mode.
set -euo pipefail
cd "$(dirname "$0")/.."
roles="${1:-editor}"
user="${2:-dev}"
dir=.dev-jwt
if [ ! -f "$dir/private.pem" ]; then
  mkdir -p "$dir"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
  openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
fi
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '"%s",' $roles)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"alliance-graph","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
  "$user" "${groups%,}" "$now" $((now + 43200)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/private.pem" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
