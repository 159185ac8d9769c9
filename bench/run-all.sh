#!/usr/bin/env bash
# Runs every benchmark of a build folder in turn; each prints its figures next to its target.
set -euo pipefail
build=$(realpath "${1:-build}")
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for b in bench/store/bench_store bench/store/bench_log bench/quality/bench_alpha bench/quality/bench_agreement_cli bench/canvas/bench_canvas \
         bench/interchange/bench_coco_parse bench/interchange/bench_coco_write bench/interchange/bench_import \
         bench/media/bench_dupes bench/audio/bench_waveform bench/sync/bench_remote; do
  if [ -x "$b" ]; then
    echo "== $(basename "$b")"
    "$b"
  fi
done
