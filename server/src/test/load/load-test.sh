#!/usr/bin/env bash
# Loopback load test of Ceasefire on the demo region at scale 100 (docs/benchmarks.md, "Load").
#
#   server/src/test/load/load-test.sh [DATA_DIR] [-- load generator options]
#
# 1. Loads the region on first use of DATA_DIR (default ./target/load-data, about 4 GB):
#    ./ceasefire demo --scale ${SCALE:-100} (--incidents=import with INCIDENTS=import, through the
#    import engine). Later runs reuse the data.
# 2. Starts the server on it (port ${PORT:-18084}), waits until it answers.
# 3. Runs org.ceasefire.load.LoopbackLoad: ${RATE:-300} requests/s for ${DURATION:-300} s after a
#    ${WARMUP:-420} s warm-up (its rate rising from a tenth to the full rate, so that the server's
#    code is compiled before the measured part), the default mix (see Scenario.DEFAULT_MIX), signed
#    in as four demo users; prints throughput, p50/p95/p99/max per request and in all, the errors, and the CPU
#    the server, the database and the generator used in the measured part (in all and per
#    request); writes the tables to DATA_DIR/../load-report.md. Exit code 0 when no request failed.
# 4. Stops the server.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
data="${1:-$here/target/load-data}"
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
port="${PORT:-18084}"
export CEASEFIRE_DATA_DIR="$data" CEASEFIRE_PORT="$port"
export CEASEFIRE_MFA_KEY_FILE="${CEASEFIRE_MFA_KEY_FILE:-$(dirname "$data")/load-mfa.key}"
export CEASEFIRE_JAVA_OPTS="${CEASEFIRE_JAVA_OPTS:--Xmx1g}"
mkdir -p "$(dirname "$data")"

cd "$here"
./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true -pl server -am test-compile
log="$(dirname "$data")/load-server.log"
echo "load-test: starting the server on $data (log: $log); a first start loads the region" >&2
./ceasefire demo --scale "${SCALE:-100}" --incidents "${INCIDENTS:-copy}" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until grep -q "Ceasefire demo is running" "$log"; do
  if ! kill -0 $server 2>/dev/null; then
    echo "load-test: the server stopped; see $log" >&2
    exit 1
  fi
  sleep 5
done
echo "load-test: machine before the run: $(uptime)" >&2
# the CPU of the measured part, per process tree: the server's JVM and the embedded PostgreSQL
cpu="server=$server,database=$(head -n 1 "$data/postmaster.pid")"
java -Xmx1g -cp server/target/test-classes:server/target/classes org.ceasefire.load.LoopbackLoad \
  --base "http://127.0.0.1:$port" --rate "${RATE:-300}" --duration "${DURATION:-300}" --cpu "$cpu" \
  --warmup "${WARMUP:-420}" --out "$(dirname "$data")/load-report.md" "$@"
status=$?
echo "load-test: machine after the run: $(uptime)" >&2
exit $status
