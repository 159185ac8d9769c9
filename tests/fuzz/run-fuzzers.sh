#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs every parser's fuzz target for SECONDS each: run-fuzzers.sh SECONDS [BUILD_DIR].
# FUZZ_TARGETS="fuzz_a fuzz_b" runs only those.
# Builds the targets first (clang, -DASSAY_FUZZ=ON) when BUILD_DIR has no fuzz build yet.
# Findings (crash-*, timeout-*, oom-*) are written to BUILD_DIR/fuzz-findings/<target>/; the
# exit status is non-zero when any target found something.
set -u
SECONDS_EACH=${1:?usage: run-fuzzers.sh SECONDS [BUILD_DIR]}
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "$HERE/../.." && pwd)
BUILD=${2:-$SOURCE/build-fuzz}
TARGETS=${FUZZ_TARGETS:-"fuzz_coco fuzz_coco_results fuzz_yolo fuzz_voc fuzz_labelstudio fuzz_cvat fuzz_csv fuzz_jsonl fuzz_imageheader fuzz_csvreader fuzz_payload fuzz_manifest fuzz_syncfile fuzz_tiledimage"}

if [ ! -f "$BUILD/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$SOURCE" -B "$BUILD" -G Ninja -DASSAY_FUZZ=ON \
        -DASSAY_BUILD_BENCH=OFF || exit 1
fi
ninja -C "$BUILD" $TARGETS || exit 1

status=0
for target in $TARGETS; do
    corpus="$BUILD/fuzz-corpus/$target"
    findings="$BUILD/fuzz-findings/$target"
    mkdir -p "$corpus" "$findings"
    echo "== $target: ${SECONDS_EACH}s"
    # The seed corpus is read, new inputs go to the work corpus; -timeout catches hangs (30 s:
    # on a loaded machine a 10 s limit reported inputs that run in 50 ms alone) and
    # -rss_limit_mb runaway allocations.
    if ! "$BUILD/tests/fuzz/$target" "$corpus" "$HERE/corpus/$target" \
            -max_total_time="$SECONDS_EACH" -timeout=30 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$findings/" 2>"$findings/log.txt"; then
        echo "   FOUND something: see $findings"
        tail -n 30 "$findings/log.txt"
        status=1
    else
        grep -E "stat::number_of_executed_units|cov:" "$findings/log.txt" | tail -n 2
    fi
done
exit $status
