#!/bin/sh
# Issue 12's download figures: a 200 MiB attachment from bench-server (loopback), saved by
# `ankra-ticket-viewer --download` and by `curl -o` in the same run, RUNS times each, taking
# turns. Prints wall time, throughput and peak resident memory (GNU time's %M) of each, and the
# ratio of the medians. Goals: app throughput >= 0.8x curl's, app peak memory <= 60 MiB.
# Usage: tests/benchmarks/download.sh [BUILD_DIR] [RUNS]   (default build/release, 5)
set -eu
BUILD=${1:-build/release}
RUNS=${2:-5}
APP=$BUILD/app/ankra-ticket-viewer
SERVER=$BUILD/tests/benchmarks/bench-server
command -v curl >/dev/null || { echo "download.sh: curl is missing (apt-get install curl)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "download.sh: GNU time is missing (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'exec 3>&-; rm -rf "$WORK"' EXIT
mkfifo "$WORK/stdin"
"$SERVER" <"$WORK/stdin" >"$WORK/ready" &
exec 3>"$WORK/stdin" # the server exits when this closes
while [ ! -s "$WORK/ready" ]; do sleep 0.1; done
read_json() { python3 -c "import json,sys; d=json.load(open('$WORK/ready')); print($1)"; }
BASE=$(read_json "d['base_url']")
TOKEN=$(read_json "d['token']")
TICKET=$(read_json "d['download']['ticket']")
ATTACHMENT=$(read_json "d['download']['attachment']")
BYTES=$(read_json "d['download']['bytes']")
URL="$BASE/api/v1/org/support/tickets/$TICKET/attachments/$ATTACHMENT"
measure() { # label command...: prints "label seconds maxrss_kib"
    label=$1; shift
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 2; }
    echo "$label $(cat "$WORK/time")"
}
: >"$WORK/results"
i=0
while [ $i -lt "$RUNS" ]; do
    rm -rf "$WORK/out"; mkdir "$WORK/out"
    measure curl curl -sS -o "$WORK/out/curl.bin" -H "Authorization: Bearer $TOKEN" "$URL" >>"$WORK/results"
    [ "$(stat -c %s "$WORK/out/curl.bin")" = "$BYTES" ] || { echo "curl got a short file" >&2; exit 2; }
    rm -rf "$WORK/out"; mkdir "$WORK/out"
    HOME=$WORK XDG_CONFIG_HOME=$WORK/config DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    ANKRA_API_TOKEN=$TOKEN ANKRA_BASE_URL=$BASE \
        measure app "$APP" --download "$TICKET" -o "$WORK/out" >>"$WORK/results"
    [ "$(stat -c %s "$WORK/out/big-200MiB.bin")" = "$BYTES" ] || { echo "the app got a short file" >&2; exit 2; }
    i=$((i + 1))
done
python3 - "$WORK/results" "$BYTES" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
size = int(sys.argv[2])
def stats(label):
    t = [float(r[1]) for r in rows if r[0] == label]
    m = [int(r[2]) for r in rows if r[0] == label]
    return statistics.median(t), max(m)
ct, cm = stats("curl"); at, am = stats("app")
mib = size / 2**20
print(f"curl -o : median {ct:.2f} s, {mib/ct:.0f} MiB/s, peak {cm/1024:.1f} MiB")
print(f"--download: median {at:.2f} s, {mib/at:.0f} MiB/s, peak {am/1024:.1f} MiB")
ratio = ct / at
print(f"throughput app/curl {ratio:.2f}x (goal >= 0.8x): {'PASS' if ratio >= 0.8 else 'FAIL'}")
print(f"app peak memory {am/1024:.1f} MiB (goal <= 60 MiB): {'PASS' if am/1024 <= 60 else 'FAIL'}")
sys.exit(0 if ratio >= 0.8 and am / 1024 <= 60 else 1)
PY
