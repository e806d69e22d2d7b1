#!/usr/bin/env bash
# Network benchmarks against the R igraph peer, on the same seeded graphs, in one run: exact
# betweenness on a 100,000-node / 299,994-edge Barabási–Albert graph and Louvain on a
# 1,000,000-edge planted partition. Prints the machine details; copy the figures into
# docs/benchmarks.md ("Networks and statistics").
#   analytics/src/test/bench/network-benchmarks.sh [IGRAPH_REPEATS]
# Needs R with igraph (Debian r-cran-igraph). ~10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../../../.."          # repository root
reps="${1:-1}"
out=analytics/target/bench-network
mkdir -p "$out"

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
java -version 2>&1 | head -n 3
Rscript -e 'cat("R", as.character(getRversion()), "igraph", as.character(packageVersion("igraph")), "\n")'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build"
./mvnw -q -B -pl analytics test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
cp="analytics/target/test-classes:analytics/target/classes:$(cat analytics/target/test-classpath.txt)"
java -cp "$cp" org.ceasefire.analytics.bench.BenchmarkGraphs "$out"

echo "== R igraph (single-threaded C)"
Rscript analytics/src/test/bench/network-igraph-peers.R "$out" "$reps"

echo "== Ceasefire Louvain quality and time (fresh JVM)"
java -Xmx3g -cp "$cp" org.ceasefire.analytics.bench.LouvainQuality

echo "== JMH"
java -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main 'org.ceasefire.analytics.bench.NetworkBenchmarks' \
  -rf json -rff "$out/jmh-network.json"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
