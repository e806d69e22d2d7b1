#!/usr/bin/env bash
# Runs the spatial analytics benchmarks (JMH), the peak-heap probes, the CLI end to end and the R
# peers on the same data, and prints the machine details; copy the figures into docs/benchmarks.md.
#   analytics/src/test/bench/spatial-benchmarks.sh [--no-r] [--no-jmh]
# Needs ~10 minutes on 2 cores (R's Knox dominates; its 999 permutations are extrapolated from 19).
set -euo pipefail
cd "$(dirname "$0")/../../../.."          # repository root
run_r=1; run_jmh=1
for a in "$@"; do case "$a" in --no-r) run_r=0 ;; --no-jmh) run_jmh=0 ;; esac; done

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
java -version 2>&1 | head -n 3
free -g | head -n 2

echo "== build"
./mvnw -q -B -pl analytics -DskipTests -Dspotless.check.skip=true package
./mvnw -q -B -pl analytics test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
cp="analytics/target/test-classes:analytics/target/classes:$(cat analytics/target/test-classpath.txt)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "$run_jmh" = 1 ]; then
  echo "== JMH (single shot, 1 warm-up + 3 measured runs per case)"
  java -cp "$cp" org.openjdk.jmh.Main 'org.ceasefire.analytics.bench.SpatialBenchmarks' \
    -rf json -rff analytics/target/jmh-spatial.json
fi

echo "== peak heap (fresh JVM each, -Xmx3g)"
for w in "nearrepeat 10000" "nearrepeat 50000" "kde QUARTIC" "kde GAUSSIAN" "gistar ROOK" "gistar QUEEN"; do
  # shellcheck disable=SC2086
  java -Xmx3g -cp "$cp" org.ceasefire.analytics.bench.PeakHeap $w
done

echo "== CLI end to end on 10,000 synthetic events (JVM start and CSV reading included)"
java -cp "$cp" org.ceasefire.analytics.bench.SyntheticCity 10000 42 "$work/events-10k.csv"
bands=$(seq -s, 0 50 1000); days=$(seq -s, 0 7 70)
/usr/bin/time -f "nearrepeat 20x10 bands, 999 permutations: %e s, max RSS %M kB" \
  ./ceasefire analyze nearrepeat --events "$work/events-10k.csv" --distance-bands "$bands" \
  --time-bands "$days" --permutations 999 --out "$work/nr.json"
/usr/bin/time -f "knox 50 m / 7 days, 999 permutations: %e s, max RSS %M kB" \
  ./ceasefire analyze knox --events "$work/events-10k.csv" --distance 50 --days 7 \
  --permutations 999 --out "$work/knox.json"
cat "$work/knox.json"

if [ "$run_r" = 1 ]; then
  echo "== R peers"
  Rscript analytics/src/test/r/time-spatial-peers.R "$work/events-10k.csv" 19
fi
