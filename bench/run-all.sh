#!/usr/bin/env bash
# Runs every benchmark of a build folder in turn; each prints its figures next to its target,
# and those that report them (bench/benchreport.h) also write them to a JSON file
# (BENCH_JSON, by default bench-results.json in the build folder) with the commit, the
# machine's core count and its load average before and after.
set -euo pipefail
build=$(realpath "${1:-build}")
source_dir=$(cd "$(dirname "$0")/.." && pwd)
json=$(realpath -m "${BENCH_JSON:-$build/bench-results.json}")
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
lines=$(mktemp)
trap 'rm -f "$lines"' EXIT
export ASSAY_BENCH_JSON=$lines
commit=$(git -C "$source_dir" rev-parse HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$source_dir" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit-dirty"
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cd "$build"
echo "== load average: $load_before on $(nproc) cores"
for b in bench/store/bench_store bench/store/bench_log bench/quality/bench_alpha bench/quality/bench_agreement_cli bench/quality/bench_drift bench/canvas/bench_canvas bench/canvas/bench_gigapixel \
         bench/interchange/bench_coco_parse bench/interchange/bench_coco_write bench/interchange/bench_import \
         bench/media/bench_dupes bench/media/bench_pyramid bench/audio/bench_waveform bench/review/bench_review \
         bench/sync/bench_remote bench/report/bench_report; do
  if [ -x "$b" ]; then
    echo "== $(basename "$b")"
    "$b"
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  printf '{"commit": "%s", "date": "%s", "cores": %s,\n' "$commit" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(nproc)"
  printf ' "load_average": {"before": [%s], "after": [%s]},\n' "${load_before// /, }" "${load_after// /, }"
  printf ' "figures": [\n'
  sed '$!s/$/,/' "$lines"
  printf ']}\n'
} > "$json"
echo "== figures written to $json"
