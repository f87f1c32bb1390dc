#!/usr/bin/env bash
# Soak test: the stub, started as the README says (server-stub/stub.sh), under mixed load on loopback
# for MINUTES minutes — all three APIs and the control API, reads, writes, SMS sends and bad requests
# (bench/soak.lua) — printing one row per minute: requests, answers by status, p99, RSS and heap after
# a full GC. Writes bench/results/soak-latest.md. Not part of mvn verify.
#   bench/soak.sh                         10 minutes on the jar the last mvn package built
#   MINUTES=4 CONNECTIONS=8 bench/soak.sh
#   STUB_ARGS='--smskit.stub.retention.messages-per-account=5000' bench/soak.sh   (reach retention within minutes)
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MINUTES=${MINUTES:-10}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18950}
BASE="http://127.0.0.1:$PORT"
BASIC=(-u ip1-12345:test-key)

log() { printf '== %s\n' "$*" >&2; }

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk (bench/run.sh installs it)" >&2; exit 1; }
[ -f server-stub/target/server-stub.jar ] || { echo "build the stub first: mvn -B -q -DskipTests package" >&2; exit 1; }

# loopback only; smsend credits high enough that sends are never refused for lack of them
log "starting the stub (server-stub/stub.sh) on $BASE"
server-stub/stub.sh --server.address=127.0.0.1 --server.port="$PORT" \
  --smskit.stub.smsend.credits=1000000000 ${STUB_ARGS:-} >"$WORK/soak-stub.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
# the first start of a build also makes its class-data sharing archive
WAIT_SECONDS=300 wait_ok "$BASE/api/groups" "${BASIC[@]}" || { cat "$WORK/soak-stub.log" >&2; exit 1; }

# what the reads of the cycle read: IP1 group 1 and message 1, one message of the other account,
# an smsend order soak-1
json=(-H 'Content-Type: application/json')
curl -sf -o /dev/null "${BASIC[@]}" "${json[@]}" -d '{"Name":"Soak"}' "$BASE/api/groups"
curl -sf -o /dev/null "${BASIC[@]}" "${json[@]}" -d '{"Numbers":["+46701234567"],"From":"soak","Message":"Soak"}' "$BASE/api/sms/send"
curl -sf -o /dev/null -u ip1-54321:test-key-2 "${json[@]}" -d '{"Numbers":["+46701234567"],"From":"soak","Message":"Soak"}' "$BASE/api/sms/send"
login=$(curl -sf "$BASE/API/v1.0/REST/token?username=test&password=test")
user=${login%%;*} token=${login#*;}
curl -sf -o /dev/null "${json[@]}" -H "user_key: $user" -H "Access_token: $token" \
  -d '{"message_type":"N","message":"Soak","recipient":["+393471234567"],"order_id":"soak-1"}' "$BASE/API/v1.0/REST/sms"

rm -f "$WORK"/soak-wrk-*.txt
table="$WORK/soak-table.md"
{
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), \`MINUTES=$MINUTES bench/soak.sh\`: wrk -t$THREADS -c$CONNECTIONS, one minute per row, bench/soak.lua's cycle of 20 requests: 14 answered 2xx, 6 bad on purpose (3 × 400, 2 × 401, 1 × 404)."
  echo
  echo "| minute | requests | req/s | 2xx | 400 | 401 | 404 | other 4xx | 5xx | socket errors | p99 ms | RSS MB | heap after GC MB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"
cat "$table"

for minute in $(seq 1 "$MINUTES"); do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d60s -s bench/soak.lua "$BASE" -- "$user" "$token" >"$WORK/soak-wrk-$minute.txt" 2>&1
  jcmd "$PID" GC.run >/dev/null
  heap=$(heap_used_mb "$PID")
  rss=$(rss_mb "$PID")
  python3 - "$WORK/soak-wrk-$minute.txt" "$minute" "$rss" "$heap" <<'PY' | tee -a "$table"
import re, sys
text, minute, rss, heap = open(sys.argv[1]).read(), *sys.argv[2:]
by = {int(s): int(n) for s, n in re.findall(r"^status (\d+) (\d+)$", text, re.M)}
value = lambda name: int(re.search(rf"^{name} (\d+)$", text, re.M).group(1))
requests = value("requests")
ok = sum(n for s, n in by.items() if 200 <= s < 300)
other4 = sum(n for s, n in by.items() if 400 <= s < 500 and s not in (400, 401, 404))
five = sum(n for s, n in by.items() if s >= 500)
print(f"| {minute} | {requests} | {requests / 60:.0f} | {ok} | {by.get(400, 0)} | {by.get(401, 0)} | {by.get(404, 0)} "
      f"| {other4} | {five} | {value('socket_errors')} | {value('p99_us') / 1000:.1f} | {rss} | {heap} |")
PY
done

cp "$table" "$RESULTS/soak-latest.md"
if grep -qE '^status 5' "$WORK/soak-wrk-"*.txt; then
  log "5xx answers: see $WORK/soak-wrk-*.txt and $WORK/soak-stub.log"
  exit 1
fi
