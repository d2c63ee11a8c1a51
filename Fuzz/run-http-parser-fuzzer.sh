#!/usr/bin/env bash
# Builds HTTPRequestParser with libFuzzer and AddressSanitizer straight from its source
# files (not through SwiftPM: the parser must depend on nothing but these files and the
# standard library) and runs it on .build/fuzz/corpus, seeded from the regression inputs.
# Extra arguments go to libFuzzer, e.g.:  Fuzz/run-http-parser-fuzzer.sh -runs=10000000
# A crash leaves its input in .build/fuzz/crash-*; after the fix, copy it into
# Tests/ServerTests/Fixtures/parser-regressions/.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT="${SWIFT:-$(command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)}"
SWIFTC="$(dirname "$SWIFT")/swiftc"
[ -x "$SWIFTC" ] || SWIFTC="$(command -v swiftc 2>/dev/null || echo /opt/swift/usr/bin/swiftc)"

http=Sources/Server/Transport/HTTP
sources=(
    "$http/HTTPAuthority.swift"
    "$http/HTTPBodyFraming.swift"
    "$http/HTTPBodyFraming+Fields.swift"
    "$http/HTTPChunkedDecoder.swift"
    "$http/HTTPFieldLine.swift"
    "$http/HTTPHeadReader.swift"
    "$http/HTTPHeaders.swift"
    "$http/HTTPLineEnd.swift"
    "$http/HTTPMethod.swift"
    "$http/HTTPParseError.swift"
    "$http/HTTPParserEvent.swift"
    "$http/HTTPParserLimits.swift"
    "$http/HTTPRequestHead.swift"
    "$http/HTTPRequestLine.swift"
    "$http/HTTPRequestParser.swift"
    "$http/HTTPStatus.swift"
    "$http/HTTPVersion.swift"
    "$http/UInt8+HTTPGrammar.swift"
)
out=.build/fuzz
binary="$out/http-request-parser-fuzzer"
mkdir -p "$out/corpus"

"$SWIFTC" -swift-version 6 -parse-as-library -sanitize=fuzzer,address -O \
    -use-ld=lld -module-name HTTPParserFuzz "${sources[@]}" Fuzz/HTTPRequestParserFuzzer.swift -o "$binary"

for seed in Tests/ServerTests/Fixtures/parser-regressions/*; do
    [ -f "$seed" ] && cp "$seed" "$out/corpus/seed-$(basename "$seed")"
done

exec "$binary" -dict=Fuzz/http.dict -artifact_prefix="$out/" "$out/corpus" "$@"
