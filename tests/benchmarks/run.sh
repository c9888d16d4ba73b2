#!/bin/sh
# The whole performance report of issue #6 in one command: a release build of the app and the
# benchmarks, then run-benchmarks (floor vs app, in-process stages, PASS/FAIL per goal).
# Extra arguments go to run-benchmarks, e.g. --runs 15, --keep DIR, --json FILE.
# Exit status: 0 when every goal holds, 1 when one does not, 2 when the run itself failed.
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target benchmarks
exec build/release/tests/benchmarks/run-benchmarks "$@"
