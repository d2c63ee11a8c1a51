#!/bin/sh
# The demo in a real browser: builds release `glocal`, serves the demo from a fresh
# temporary data folder on a free port, following a second town's node (Shadrinsk, its
# town imported from CSV) served beside it, and in headless Chromium (scripts/e2e.py) loads
# every main page anonymously and signed in as each role, and acts each role's steps.
# Screenshots (desktop and 390 px) go to .build/e2e/; a console error, uncaught exception,
# failed load, broken link, sideways scroll at 390 px, axe-core violation, raw id or
# untranslated code, or a step whose page does not say what was done fails the run,
# naming the page. Installs Debian's chromium and PyPI's axe-selenium-python if missing.
set -eu
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
OUT=${E2E_OUT:-.build/e2e}

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
        echo "installing chromium"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
        chromium=$(command -v chromium)
    else
        echo "make e2e needs Chromium; install it with:  sudo apt-get install chromium"
        exit 1
    fi
fi
command -v python3 >/dev/null || { echo "make e2e needs Python 3; install it with:  sudo apt-get install python3"; exit 1; }
# axe-core, as PyPI's axe-selenium-python bundles it (only its JavaScript is used).
axe=$(python3 -c 'import axe_selenium_python, os; print(os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules/axe-core/axe.min.js"))' 2>/dev/null || true)
if [ -z "$axe" ] || [ ! -f "$axe" ]; then
    python3 -m pip install -q axe-selenium-python || { echo "make e2e needs axe-core; install it with:  pip install axe-selenium-python"; exit 1; }
    axe=$(python3 -c 'import axe_selenium_python, os; print(os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules/axe-core/axe.min.js"))')
fi

"$SWIFT" build -c release --product glocal

data=$(mktemp -d "${TMPDIR:-/tmp}/glocal-e2e.XXXXXX")
server=""
other=""
cleanup() {
    for process in $server $other; do kill "$process" 2>/dev/null || true; wait "$process" 2>/dev/null || true; done
    rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$OUT"
glocal=.build/release/glocal

# The address a `glocal serve` (process $1) prints in its log $2, once it prints it.
served_address() {
    address=""
    tries=0
    while [ -z "$address" ]; do
        address=$(sed -n 's|^Glocal is serving on \(http://[^/]*\)/.*|\1|p' "$2")
        if [ -z "$address" ]; then
            tries=$((tries + 1))
            if ! kill -0 "$1" 2>/dev/null || [ "$tries" -gt 600 ]; then
                echo "glocal serve did not start:" >&2; cat "$2" >&2; exit 1
            fi
            sleep 0.1
        fi
    done
    echo "$address"
}

# Another town's node (Shadrinsk), with its town registered, for the demo node to follow.
"$glocal" init --data "$data/shadrinsk" --origin shadrinsk.glocal.example/log >"$OUT/shadrinsk-init.log"
shadrinsk_key=$(sed -n 's/^  verifier  //p' "$OUT/shadrinsk-init.log")
printf 'name,region,population\nШадринск,Курганская область,72000\n' >"$data/shadrinsk-cities.csv"
"$glocal" import cities "$data/shadrinsk-cities.csv" --data "$data/shadrinsk" >/dev/null
"$glocal" serve --data "$data/shadrinsk" --host 127.0.0.1 --port 0 >"$OUT/shadrinsk.log" 2>&1 &
other=$!
shadrinsk=$(served_address "$other" "$OUT/shadrinsk.log")

# The demo node, following Shadrinsk's. The server prints the port it was given; then
# /healthz must answer.
"$glocal" demo --data "$data/demo" --seeds Seeds >"$OUT/demo.log"
"$glocal" federation follow "$shadrinsk" "$shadrinsk_key" --data "$data/demo" >/dev/null
"$glocal" serve --data "$data/demo" --host 127.0.0.1 --port 0 >"$OUT/server.log" 2>&1 &
server=$!
base=$(served_address "$server" "$OUT/server.log")
python3 - "$base/healthz" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        with urllib.request.urlopen(sys.argv[1], timeout=2) as response:
            if response.status == 200:
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.1)
print(f"{sys.argv[1]} did not answer 200", file=sys.stderr)
sys.exit(1)
PY
echo "demo serving on $base, following $shadrinsk"

# Shadrinsk follows the demo node back (its Challenges take Shadrinsk's teams from its
# node), and has an administrator, who makes themself Union staff in the browser.
demo_key=$(sed -n 's/^  verifier  //p' "$OUT/demo.log")
"$glocal" federation follow "$base" "$demo_key" --data "$data/shadrinsk" >/dev/null
shadrinsk_password="shadrinsk-node-2026"
printf '%s\n' "$shadrinsk_password" \
    | "$glocal" admin create --email admin@shadrinsk.example --name "Администратор узла Шадринска" --data "$data/shadrinsk" >/dev/null

# The demo node reads Shadrinsk's log every few seconds; wait until it has mirrored its town.
python3 - "$base/api/v1/federation/nodes" <<'PY'
import json, sys, time, urllib.request
for _ in range(300):
    with urllib.request.urlopen(sys.argv[1], timeout=2) as response:
        nodes = json.load(response)["items"]
    if nodes and nodes[0]["towns"] > 0 and nodes[0].get("failure") is None:
        sys.exit(0)
    time.sleep(0.1)
print(f"the demo node did not mirror Shadrinsk's: {nodes}", file=sys.stderr)
sys.exit(1)
PY

python3 scripts/e2e.py --base "$base" --chromium "$chromium" --axe "$axe" --mail "$data/demo/mail" --out "$OUT" \
    --other "$shadrinsk" --other-admin admin@shadrinsk.example --other-password "$shadrinsk_password"
