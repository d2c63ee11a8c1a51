#!/bin/sh
# Serves a fresh node with the release build and measures it with wrk, the way the
# HTTP figures in the closing notes are taken: wrk -t2 -c64 -d10s --latency, on the
# same cores as the server, for /healthz and for a JSON endpoint behind a bearer token.
set -eu
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)"; exit 1; }
command -v curl >/dev/null || { echo "curl is not installed (Debian: apt-get install curl)"; exit 1; }
GLOCAL=.build/release/glocal
DATA=$(mktemp -d /tmp/glocal-bench-http-XXXXXX)
PORT=${PORT:-18181}
PASSWORD=bench-http-password
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
$GLOCAL init --data "$DATA/node" --origin bench.glocal.local/ledger >/dev/null
echo "$PASSWORD" | $GLOCAL admin create --data "$DATA/node" --email bench@glocal.local >/dev/null
$GLOCAL serve --data "$DATA/node" --port "$PORT" 2>/dev/null &
SERVER=$!
sleep 1
BASE=http://127.0.0.1:$PORT
curl -s -c "$DATA/cookies" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench@glocal.local\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/session" > "$DATA/session.json"
CSRF=$(sed 's/.*"csrf_token":"\([^"]*\)".*/\1/' "$DATA/session.json")
TOKEN=$(curl -s -b "$DATA/cookies" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' "$BASE/api/v1/tokens" | sed 's/.*"secret":"\([^"]*\)".*/\1/')
echo "== GET /healthz"
wrk -t2 -c64 -d10s --latency "$BASE/healthz"
echo "== GET /api/v1/account (bearer token, JSON)"
wrk -t2 -c64 -d10s --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/account"
echo "== RSS of glocal serve after the runs: $(grep VmRSS /proc/$SERVER/status)"
