#!/usr/bin/env bash
# Start-up of the testing kit: from its extension starting the stub to the first test running against it
# (extension start, stub JVM start, port read back, first reset), in fresh JVMs as a consumer's build
# has them. Round 0 uses an empty cache: it extracts the stub jar and makes its class-data sharing
# archive; the later rounds are what every test run after the first pays.
#   bench/kit-startup.sh            5 rounds after the first
#   ROUNDS=10 bench/kit-startup.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK=$PWD/bench/target
mkdir -p "$WORK"
ROUNDS=${ROUNDS:-5}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "== building the kit and its test classes" >&2
  mvn -B -q -DskipTests -Dinvoker.skip package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/kit.classpath" -pl server-stub/testing -am >/dev/null
fi
cp="server-stub/testing/target/test-classes:server-stub/testing/target/classes:$(cat "$WORK/kit.classpath")"
cache="$WORK/kit-cache"
rm -rf "$cache"

times=()
lines=()
for round in $(seq 0 "$ROUNDS"); do
  out=$(java -Dsmskit.stub.cache="$cache" -cp "$cp" dev.smskit.testing.StartupBenchmark 2>&1)
  ready=$(printf '%s\n' "$out" | sed -n 's/^first test ready \([0-9]*\) ms.*/\1/p')
  listening=$(printf '%s\n' "$out" | sed -n 's/.*smskit stub listening on .* after \([0-9]*\) ms.*/\1/p')
  if [ -z "$ready" ]; then printf '%s\n' "$out" >&2; exit 1; fi
  if [ "$round" = 0 ]; then
    lines+=("round 0 (empty cache: extract + class-data sharing training): first test ready $ready ms after the extension started")
    echo "${lines[-1]}"
  else
    lines+=("round $round: first test ready $ready ms after the extension started (stub listening after $listening ms)")
    echo "${lines[-1]}"
    times+=("$ready")
  fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
summary="median of $ROUNDS rounds: first test ready after $median ms (target: 2000 ms); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$summary"
{
  echo "# Testing kit start-up ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1))"
  echo
  printf -- '- %s\n' "${lines[@]}"
  echo
  echo "**$summary**"
} > bench/results/kit-startup-latest.md
