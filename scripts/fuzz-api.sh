#!/usr/bin/env bash
# Fuzzes the served OpenAPI document with schemathesis (from PyPI), signed out and signed
# in as Union staff, against the demo on a loopback port: fails on any 5xx, any status the
# document does not declare for the operation, any media type or body outside its schema.
# EXAMPLES sets the examples per operation and phase (default 25).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-$(command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)}"
EXAMPLES="${EXAMPLES:-25}"
PORT="${PORT:-8097}"

command -v python3 >/dev/null || { echo "make fuzz-api needs Python 3; install it with:  sudo apt-get install python3"; exit 1; }
command -v curl >/dev/null || { echo "make fuzz-api needs curl; install it with:  sudo apt-get install curl"; exit 1; }
if ! command -v st >/dev/null; then
    python3 -m pip install -q schemathesis || { echo "make fuzz-api needs schemathesis; install it with:  pip install schemathesis"; exit 1; }
fi

"$SWIFT" build --product glocal
data="$(mktemp -d)"
.build/debug/glocal serve --demo --data "$data/node" --seeds Seeds --port "$PORT" > "$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$PORT"
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done

session=$(curl -sf -c "$data/cookies" -H 'Content-Type: application/json' \
    -d '{"email":"union_staff@demo.glocal","password":"glocal-demo-2026"}' "$base/api/v1/session")
csrf=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["csrf_token"])' "$session")
token=$(curl -sf -b "$data/cookies" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"fuzz"}' "$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')

checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
status=0
echo "== signed out"
st run "$base/api/openapi.json" -c "$checks" -n "$EXAMPLES" -w 1 --phases examples,coverage,fuzzing || status=1
# Erasure is left out signed in: erasing the staff member's own record would end its
# token and turn the rest of the run into 401s (ErasureTests covers erasure itself).
echo "== signed in as Union staff"
st run "$base/api/openapi.json" -H "Authorization: Bearer $token" -c "$checks" -n "$EXAMPLES" -w 1 \
    --exclude-operation-id eraseMember --phases examples,coverage,fuzzing || status=1
exit $status
