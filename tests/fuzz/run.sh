#!/usr/bin/env bash
# Runs every fuzzer, splitting SECONDS (default 60) between them, each seeded from the test
# inputs. Fails on any crash, leak, timeout or sanitizer report. For a longer hunt: run.sh 3600
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
dir=build/fuzz/tests/fuzz
# target:seed files (the fixtures are the parser's and the exporters' seeds)
targets=(
    "fuzz_ticketjson:tests/fixtures/*.json"
    "fuzz_export:tests/fixtures/*.json"
    "fuzz_cliconfig:tests/fuzz/seeds/cliconfig/*"
    "fuzz_ticketid:tests/fuzz/seeds/ticketid/*"
    "fuzz_httphead:tests/fuzz/seeds/httphead/*"
    "fuzz_markdown:tests/fuzz/seeds/markdown/*"
)
mkdir -p build/fuzz/artifacts
SECONDS=0 # bash counts from here
left=${#targets[@]}
for entry in "${targets[@]}"; do
    # What is left of the budget, split between the targets still to run, less about 2 s each
    # for starting, loading the seeds and the exit-time leak check: the stage ends in time.
    share=$(( (seconds - SECONDS) / left - 2 ))
    [ "$share" -ge 1 ] || share=1
    left=$(( left - 1 ))
    name=${entry%%:*}
    seeds=${entry#*:}
    bin=$dir/$name
    [ -x "$bin" ] || { echo "build it first: cmake --preset fuzz && cmake --build --preset fuzz" >&2; exit 2; }
    corpus=$(mktemp -d)
    # shellcheck disable=SC2086 # the pattern is meant to expand
    cp $seeds "$corpus"/
    echo "== $name for ${share} s"
    status=0
    "$bin" -max_total_time="$share" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="build/fuzz/artifacts/$name-" -print_final_stats=1 "$corpus" \
        > "build/fuzz/$name.log" 2>&1 || status=$?
    tail -n 12 "build/fuzz/$name.log"
    rm -rf "$corpus"
    [ "$status" -eq 0 ] || { echo "$name failed (exit $status); see build/fuzz/$name.log" >&2; exit "$status"; }
done
