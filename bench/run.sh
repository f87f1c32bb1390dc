#!/usr/bin/env bash
# Benchmark: the smskit stub against WireMock (canned answers) and Prism (spec examples), one at a
# time on loopback, same routes, same load. Prints one table; writes bench/results/latest.md and .png.
#   bench/run.sh                  full run (a warm-up round of 15 s per route, then 10 s measured per route)
#   DURATION=5s WARMUP=5s bench/run.sh   shorter load
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DURATION=${DURATION:-10s}
# a round of load on all routes before the measured ones, not counted: every server's JIT compilers have
# done their work, as in a test suite that has been running for a while (two JVMs and Node.js)
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
GROUPS_FOR_MEMORY=${GROUPS_FOR_MEMORY:-100000}
WIREMOCK_VERSION=3.13.2
PRISM_VERSION=5.16.0
PORT=18900
PARTICIPANT=46701234567
BASIC="Basic $(printf 'ip1-12345:test-key' | base64)"
BEARER="Bearer test-token"

log() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools
install_tools() {
  local need=()
  command -v wrk >/dev/null || need+=(wrk)
  command -v ab >/dev/null || need+=(apache2-utils)
  command -v gnuplot >/dev/null || need+=(gnuplot-nox)
  command -v curl >/dev/null || need+=(curl)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
  fi
  if [ ! -f "$WORK/wiremock-standalone-$WIREMOCK_VERSION.jar" ]; then
    log "fetching WireMock standalone $WIREMOCK_VERSION from Maven Central"
    mvn -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION \
      -DoutputDirectory="$WORK" >/dev/null
  fi
  if [ ! -x "$WORK/prism/node_modules/.bin/prism" ]; then
    log "installing Prism $PRISM_VERSION from npm"
    mkdir -p "$WORK/prism"
    npm install --prefix "$WORK/prism" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
  fi
}

build_stub() {
  log "building the stub jar"
  mvn -B -q -DskipTests package -pl server-stub -am >/dev/null
}

# ---------------------------------------------------------------- process helpers
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# ---------------------------------------------------------------- load
# run_wrk NAME URL LUA -> prints "rps p50 p99" (latencies in ms)
run_wrk() {
  local name=$1 url=$2 lua=$3
  local out="$WORK/wrk-$name.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$lua" "$url" >"$out" 2>&1
  python3 - "$out" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
lat = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*", text)
if non2xx or errors:
    print(f"warning: {sys.argv[1]}: {non2xx.group(0) if non2xx else ''} {errors.group(0) if errors else ''}", file=sys.stderr)
print(f"{rps:.0f} {lat['50']:.2f} {lat['99']:.2f}")
PY
}


GROUP_BODY='{"Name":"Benchmark","Color":"#1e90ff"}'

# write_lua SMSEND_USER_KEY SMSEND_ACCESS_TOKEN: the wrk scripts of the three routes
write_lua() {
  cat >"$WORK/post-groups.lua" <<LUA
wrk.method = "POST"
wrk.body = '$GROUP_BODY'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$BASIC"
LUA
  cat >"$WORK/get-conversation.lua" <<LUA
wrk.method = "GET"
wrk.headers["Authorization"] = "$BEARER"
LUA
  cat >"$WORK/get-groups.lua" <<LUA
wrk.method = "GET"
wrk.headers["user_key"] = "$1"
wrk.headers["Access_token"] = "$2"
LUA
}

warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$2" "$1" >/dev/null 2>&1; }

# bench_server NAME BASE_IP1 BASE_SMSEND SMSEND_HEADERS... ; pids in SERVER_PIDS; writes a result row
declare -A ROW
bench_routes() {
  local name=$1 ip1=$2 smsend=$3 smsend_user=$4 smsend_auth=$5
  write_lua "$smsend_user" "$smsend_auth"
  if [ "$WARMUP" != 0 ]; then
    log "$name: warm-up, $WARMUP per route"
    warm "$ip1/api/groups" "$WORK/post-groups.lua"
    warm "$ip1/v2/conversations/$PARTICIPANT" "$WORK/get-conversation.lua"
    warm "$smsend/groups" "$WORK/get-groups.lua"
  fi
  log "$name: POST /api/groups"
  ROW[$name,post]=$(run_wrk "$name-post" "$ip1/api/groups" "$WORK/post-groups.lua")
  log "$name: GET /v2/conversations/$PARTICIPANT"
  ROW[$name,conv]=$(run_wrk "$name-conv" "$ip1/v2/conversations/$PARTICIPANT" "$WORK/get-conversation.lua")
  log "$name: GET smsend /groups"
  ROW[$name,groups]=$(run_wrk "$name-groups" "$smsend/groups" "$WORK/get-groups.lua")
}

# ---------------------------------------------------------------- the stub
bench_stub() {
  if [ -x server-stub/stub.sh ] && grep -q ClassDataTraining server-stub/stub.sh; then
    # the first start of a build makes its class-data sharing archive: not the start to time
    log "stub: first start of this build"
    server-stub/stub.sh --server.port=$PORT >"$WORK/stub-first.log" 2>&1 &
    local first=$!; PIDS+=("$first")
    WAIT_SECONDS=300 wait_ok "http://127.0.0.1:$PORT/api/groups" -H "Authorization: $BASIC"
    kill "$first"; wait "$first" 2>/dev/null || true
  fi
  log "stub: start"
  local t0; t0=$(now_ms)
  # as the README starts it: server-stub/stub.sh runs the jar with the JVM settings made for it
  # (a checkout from before stub.sh: plain java -jar, to measure the stub as it was)
  if [ -x server-stub/stub.sh ]; then
    JAVA_OPTS=${STUB_JAVA_OPTS:-} server-stub/stub.sh --server.port=$PORT >"$WORK/stub.log" 2>&1 &
  else
    java ${STUB_JAVA_OPTS:-} -jar server-stub/target/server-stub.jar --server.port=$PORT >"$WORK/stub.log" 2>&1 &
  fi
  local pid=$!; PIDS+=("$pid")
  wait_ok "http://127.0.0.1:$PORT/api/groups" -H "Authorization: $BASIC"
  ROW[stub,start]=$(( $(now_ms) - t0 ))

  # a conversation of 20 messages: one NKI send to 20 users with the participant's phone
  local users; users=$(python3 -c "import json;print(json.dumps([{'FirstName':'Bench%d'%i,'Phone':'+$PARTICIPANT'} for i in range(20)]))")
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$PORT/api/nkis/1/users/send" -H "Authorization: $BASIC" \
    -H 'Content-Type: application/json' -d "{\"Users\":$users,\"From\":\"smskit\",\"Message\":\"Benchmark message\"}"
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/v2/conversations/$PARTICIPANT" -H "Authorization: $BEARER"
  # smsend: a token login and five groups
  local login; login=$(curl -sf "http://127.0.0.1:$PORT/API/v1.0/REST/token?username=test&password=test")
  local user=${login%%;*} token=${login#*;}
  for i in 1 2 3 4 5; do
    curl -sf -o /dev/null -X POST "http://127.0.0.1:$PORT/API/v1.0/REST/group" -H "user_key: $user" \
      -H "Access_token: $token" -H 'Content-Type: application/json' -d "{\"name\":\"Group $i\",\"description\":\"Benchmark\"}"
  done
  record_wiremock_mappings "$user" "$token"

  bench_routes stub "http://127.0.0.1:$PORT" "http://127.0.0.1:$PORT/API/v1.0/REST" "$user" "$token"
  ROW[stub,rss]=$(rss_mb "$pid")

  log "stub: memory of $GROUPS_FOR_MEMORY stored groups"
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  local heap0 rss0; heap0=$(heap_used_mb "$pid"); rss0=$(rss_mb "$pid")
  printf '%s' "$GROUP_BODY" >"$WORK/group.json"
  ab -q -n "$GROUPS_FOR_MEMORY" -c 4 -T application/json -p "$WORK/group.json" -H "Authorization: $BASIC" \
    "http://127.0.0.1:$PORT/api/groups" >"$WORK/ab.txt" 2>&1
  grep -E "Failed requests|Non-2xx" "$WORK/ab.txt" >&2 || true
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  local heap1 rss1; heap1=$(heap_used_mb "$pid"); rss1=$(rss_mb "$pid")
  ROW[stub,heap100k]=$((heap1 - heap0))
  ROW[stub,rss100k]=$((rss1 - rss0))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------- WireMock: the stub's own answers, canned
record_wiremock_mappings() {
  local user=$1 token=$2 dir="$WORK/wiremock/mappings"
  rm -rf "$WORK/wiremock"; mkdir -p "$dir"
  record "$dir/post-groups.json" POST "/api/groups" "http://127.0.0.1:$PORT/api/groups" \
    -H "Authorization: $BASIC" -H 'Content-Type: application/json' -d "$GROUP_BODY"
  record "$dir/conversation.json" GET "/v2/conversations/$PARTICIPANT" "http://127.0.0.1:$PORT/v2/conversations/$PARTICIPANT" \
    -H "Authorization: $BEARER"
  record "$dir/groups.json" GET "/API/v1.0/REST/groups" "http://127.0.0.1:$PORT/API/v1.0/REST/groups" \
    -H "user_key: $user" -H "Access_token: $token"
  record "$dir/api-groups.json" GET "/api/groups" "http://127.0.0.1:$PORT/api/groups" -H "Authorization: $BASIC"
}

record() { # record FILE METHOD PATH URL curl-args...: one WireMock mapping from a real stub answer
  local file=$1 method=$2 path=$3 url=$4; shift 4
  curl -s -D "$WORK/h.txt" -o "$WORK/b.txt" -X "$method" "$url" "$@"
  python3 - "$file" "$method" "$path" "$WORK/h.txt" "$WORK/b.txt" <<'PY'
import json, sys
file, method, path, headers_file, body_file = sys.argv[1:]
lines = open(headers_file).read().split("\r\n")
status = int(lines[0].split()[1])
keep = {"content-type", "link", "location"}
headers = {}
for line in lines[1:]:
    if ":" in line:
        k, v = line.split(":", 1)
        if k.lower() in keep:
            headers[k] = v.strip()
json.dump({"request": {"method": method, "urlPath": path},
           "response": {"status": status, "headers": headers, "body": open(body_file).read()}},
          open(file, "w"), indent=1)
PY
}

bench_wiremock() {
  log "WireMock: start"
  local t0; t0=$(now_ms)
  java -jar "$WORK/wiremock-standalone-$WIREMOCK_VERSION.jar" --port $PORT --root-dir "$WORK/wiremock" \
    --disable-banner --no-request-journal >"$WORK/wiremock.log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  wait_ok "http://127.0.0.1:$PORT/api/groups" -H "Authorization: $BASIC"
  ROW[wiremock,start]=$(( $(now_ms) - t0 ))
  bench_routes wiremock "http://127.0.0.1:$PORT" "http://127.0.0.1:$PORT/API/v1.0/REST" any any
  ROW[wiremock,rss]=$(rss_mb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------- Prism: one process per spec
bench_prism() {
  log "Prism: start (one mock per spec)"
  local prism="$WORK/prism/node_modules/.bin/prism" t0; t0=$(now_ms)
  "$prism" mock -h 127.0.0.1 -p $PORT specs/ip1-v1.yaml >"$WORK/prism-v1.log" 2>&1 &
  local p1=$!
  "$prism" mock -h 127.0.0.1 -p $((PORT + 1)) specs/ip1-v2.yaml >"$WORK/prism-v2.log" 2>&1 &
  local p2=$!
  "$prism" mock -h 127.0.0.1 -p $((PORT + 2)) specs/smsend.yaml >"$WORK/prism-smsend.log" 2>&1 &
  local p3=$!
  PIDS+=("$p1" "$p2" "$p3")
  wait_ok "http://127.0.0.1:$PORT/api/groups" -H "Authorization: $BASIC"
  wait_ok "http://127.0.0.1:$((PORT + 1))/v2/conversations/$PARTICIPANT" -H "Authorization: $BEARER"
  wait_ok "http://127.0.0.1:$((PORT + 2))/groups" -H "user_key: u" -H "Access_token: t"
  ROW[prism,start]=$(( $(now_ms) - t0 ))
  # the routes live on three ports; bench_routes takes one IP1 base, so run V1 and V2 separately
  write_lua any any
  if [ "$WARMUP" != 0 ]; then
    log "prism: warm-up, $WARMUP per route"
    warm "http://127.0.0.1:$PORT/api/groups" "$WORK/post-groups.lua"
    warm "http://127.0.0.1:$((PORT + 1))/v2/conversations/$PARTICIPANT" "$WORK/get-conversation.lua"
    warm "http://127.0.0.1:$((PORT + 2))/groups" "$WORK/get-groups.lua"
  fi
  log "prism: POST /api/groups"
  ROW[prism,post]=$(run_wrk prism-post "http://127.0.0.1:$PORT/api/groups" "$WORK/post-groups.lua")
  log "prism: GET /v2/conversations/$PARTICIPANT"
  ROW[prism,conv]=$(run_wrk prism-conv "http://127.0.0.1:$((PORT + 1))/v2/conversations/$PARTICIPANT" "$WORK/get-conversation.lua")
  log "prism: GET smsend /groups"
  ROW[prism,groups]=$(run_wrk prism-groups "http://127.0.0.1:$((PORT + 2))/groups" "$WORK/get-groups.lua")
  ROW[prism,rss]=$(rss_mb "$p1" "$p2" "$p3")
  kill "$p1" "$p2" "$p3"; wait "$p1" "$p2" "$p3" 2>/dev/null || true
}

# ---------------------------------------------------------------- report
report() {
  local file="$RESULTS/latest.md" data="$WORK/chart.dat"
  {
    echo "# smskit stub vs WireMock vs Prism"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback, after a warm-up round of $WARMUP per route, not counted."
    echo "Command: \`bench/run.sh\`"
    echo
    echo "| figure | stub | WireMock $WIREMOCK_VERSION | Prism $PRISM_VERSION | stub/WireMock | stub/Prism |"
    echo "|---|---:|---:|---:|---:|---:|"
    for route in post:"POST /api/groups" conv:"GET /v2/conversations/{participant} (20 msgs)" groups:"GET smsend /groups"; do
      local key=${route%%:*} label=${route#*:} short
      case $key in post) short="IP1 V1 POST groups" ;; conv) short="IP1 V2 conversation" ;; groups) short="smsend GET groups" ;; esac
      read -r s_rps s_p50 s_p99 <<<"${ROW[stub,$key]}"
      read -r w_rps w_p50 w_p99 <<<"${ROW[wiremock,$key]}"
      read -r p_rps p_p50 p_p99 <<<"${ROW[prism,$key]}"
      echo "| $label: requests/s | $s_rps | $w_rps | $p_rps | $(ratio "$s_rps" "$w_rps") | $(ratio "$s_rps" "$p_rps") |"
      echo "| $label: p50 ms | $s_p50 | $w_p50 | $p_p50 | | |"
      echo "| $label: p99 ms | $s_p99 | $w_p99 | $p_p99 | | |"
      echo "\"$short\" $s_rps $w_rps $p_rps" >>"$data.tmp"
    done
    echo "| first answer after process start, ms | ${ROW[stub,start]} | ${ROW[wiremock,start]} | ${ROW[prism,start]} | | |"
    echo "| RSS after the load, MB | ${ROW[stub,rss]} | ${ROW[wiremock,rss]} | ${ROW[prism,rss]} (3 processes) | | |"
    echo "| heap after GC for $GROUPS_FOR_MEMORY stored groups, MB | ${ROW[stub,heap100k]} | – | – | | |"
    echo "| RSS growth for $GROUPS_FOR_MEMORY stored groups, MB | ${ROW[stub,rss100k]} | – | – | | |"
    echo
    echo "![requests per second](latest.png)"
  } >"$file"
  mv "$data.tmp" "$data"
  gnuplot <<GP
set terminal pngcairo size 900,480 font ",10"
set output "$RESULTS/latest.png"
set title "Requests per second (higher is better), wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.9 border -1
set boxwidth 0.9
set ylabel "requests/s"
set yrange [0:*]
set grid ytics
set key top right
plot "$data" using 2:xtic(1) title "smskit stub", "" using 3 title "WireMock", "" using 4 title "Prism"
GP
  cat "$file"
}

ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}' if b else '–')" "$1" "$2"; }

install_tools
build_stub
bench_stub
bench_wiremock
bench_prism
report
