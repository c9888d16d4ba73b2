#!/usr/bin/env bash
# Runs the ticket-parser fuzzer for SECONDS (default 60), seeded from the test fixtures.
# Fails on any crash, leak, timeout or sanitizer report. For a longer hunt: run.sh 3600
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
bin=build/fuzz/tests/fuzz/fuzz_ticketjson
[ -x "$bin" ] || { echo "build it first: cmake --preset fuzz && cmake --build --preset fuzz" >&2; exit 2; }
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp tests/fixtures/*.json "$corpus"/
mkdir -p build/fuzz/artifacts
"$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 "$corpus" 2>&1 | tail -n 25
