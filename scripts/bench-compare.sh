#!/bin/sh
# Measures glocal-bench at a base revision and at the working tree side by side, the way
# before/after figures in closing notes are taken: both built in release, the suites run
# alternately (base, then this tree) ROUNDS times on the same machine, and each figure
# printed with the median of each side and their ratio.
#   scripts/bench-compare.sh BASE-REVISION [suite ...]   (default suites: http pages registry)
#   ROUNDS=3  BENCH_ARGS="--projects 20000"
set -eu
BASE=${1:?usage: scripts/bench-compare.sh BASE-REVISION [suite ...]}
shift
SUITES=${*:-http pages registry}
ROUNDS=${ROUNDS:-3}
SWIFT=${SWIFT:-swift}
# The base's release build is kept (by revision) so that a second comparison starts at once.
WORK=/tmp/glocal-bench-base-$(git rev-parse --short "$BASE")
OUT=$(mktemp -d /tmp/glocal-bench-figures-XXXXXX)
[ -d "$WORK" ] || git worktree add -q --detach "$WORK" "$BASE"
trap 'rm -rf "$OUT"' EXIT
(cd "$WORK" && $SWIFT build -c release --product glocal-bench >&2)
$SWIFT build -c release --product glocal-bench >&2
for round in $(seq "$ROUNDS"); do
    for suite in $SUITES; do
        echo "round $round: $suite" >&2
        # shellcheck disable=SC2086
        "$WORK/.build/release/glocal-bench" "$suite" ${BENCH_ARGS:-} >> "$OUT/base"
        # shellcheck disable=SC2086
        .build/release/glocal-bench "$suite" ${BENCH_ARGS:-} >> "$OUT/head"
    done
done
python3 - "$OUT/base" "$OUT/head" "$BASE" <<'PY'
import json, statistics, sys
def figures(path):
    found = {}
    for line in open(path):
        if line.startswith("{"):
            figure = json.loads(line)
            found.setdefault(figure["bench"], []).append((figure["value"], figure["unit"]))
    return found
base, head = figures(sys.argv[1]), figures(sys.argv[2])
print(f"{'figure':58} {'unit':36} {sys.argv[3][:10]:>12} {'this tree':>12} {'ratio':>7}")
for name in sorted(set(base) | set(head)):
    b = statistics.median(v for v, _ in base.get(name, [(float('nan'), '')]))
    h = statistics.median(v for v, _ in head.get(name, [(float('nan'), '')]))
    unit = (head.get(name) or base.get(name))[0][1]
    print(f"{name:58} {unit[:36]:36} {b:12.3f} {h:12.3f} {h / b if b else float('nan'):7.3f}")
PY
