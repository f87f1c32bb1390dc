#!/usr/bin/env bash
# Inbox at scale: loads 100,000 messages into one IP1 account of a running stub (started here from the
# built jar), then measures in headless Chromium how long the inbox page takes to show its first screen,
# to page on, and to search. Writes bench/results/inbox-latest.md.
#   mvn -B -q -DskipTests package && bench/inbox.sh
#   MESSAGES=20000 bench/inbox.sh          fewer messages
# Needs Debian's chromium and chromium-driver (installed when missing) and python3.
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MESSAGES=${MESSAGES:-100000}
PORT=${PORT:-18910}
DRIVER_PORT=${DRIVER_PORT:-18911}
JAR=$ROOT/server-stub/target/server-stub.jar
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q -DskipTests package first" >&2; exit 1; }
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
fi

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
# the account keeps every message (the default retention is 50,000 per account)
java -Xmx1g -jar "$JAR" --server.port=$PORT --smskit.stub.retention.messages-per-account=$MESSAGES \
  >"$WORK/inbox-stub.log" 2>&1 &
pids+=($!)
chromedriver --port=$DRIVER_PORT >"$WORK/inbox-chromedriver.log" 2>&1 &
pids+=($!)
wait_ok "http://localhost:$PORT/_stub/accounts"
wait_ok "http://localhost:$DRIVER_PORT/status"

STUB=http://localhost:$PORT DRIVER=http://localhost:$DRIVER_PORT MESSAGES=$MESSAGES PROFILE=$WORK/inbox-profile \
  python3 - <<'PY' | tee "$RESULTS/inbox-latest.md"
import json, os, statistics, time, urllib.request

STUB, DRIVER, MESSAGES = os.environ["STUB"], os.environ["DRIVER"], int(os.environ["MESSAGES"])
PER_BATCH = 500

def call(method, url, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=120) as answer:
        text = answer.read()
        return json.loads(text) if text else None

# --- load: V2 batches of 500 recipients, each batch its own text
started = time.monotonic()
for batch in range(MESSAGES // PER_BATCH):
    recipients = ["4670%07d" % (batch * PER_BATCH + i) for i in range(PER_BATCH)]
    call("POST", STUB + "/v2/batches", {"sender": "ip1sms", "recipients": recipients,
         "body": "Order %d has shipped and arrives tomorrow." % batch},
         {"Authorization": "Bearer test-token"})
loaded = time.monotonic() - started
total = call("GET", STUB + "/_stub/feed?api=ip1&account=ip1-12345&limit=1")["total"]
assert total == MESSAGES, total

def server_ms(path):
    times = []
    for _ in range(10):
        t = time.monotonic()
        call("GET", STUB + path)
        times.append((time.monotonic() - t) * 1000)
    return statistics.median(times)

# --- Chromium through its driver (W3C WebDriver over HTTP)
session = call("POST", DRIVER + "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome",
    "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": ["--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + os.environ["PROFILE"]]}}}})["value"]["sessionId"]
S = DRIVER + "/session/" + session

def script(source, *args):
    return call("POST", S + "/execute/sync", {"script": source, "args": list(args)})["value"]

def measures(name, count):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = script("return performance.getEntriesByName(arguments[0]).map(e => e.duration)", name)
        if len(found) >= count:
            return found
        time.sleep(0.02)
    raise SystemExit("no %s measure within 60 s" % name)

try:
    url = STUB + "/_stub/inbox/?account=ip1/ip1-12345"
    first = []
    for _ in range(6):
        call("POST", S + "/url", {"url": url})
        first.append(measures("inbox-first-screen", 1)[0])
    first = first[1:]  # the first visit also fetches the page's files: not what a person waiting for a list sees again
    rows = script("return document.querySelectorAll('#messages tr.message').length")
    shown_total = script("return document.getElementById('total').textContent")

    pages = []
    for i in range(20):
        script("document.getElementById('more').click()")
        pages = measures("inbox-more", i + 1)

    script("const s = document.getElementById('search'); s.value = '+46 70 000 12'; s.dispatchEvent(new Event('input'))")
    search = measures("inbox-list", 1)[0]
    found = script("return document.getElementById('total').textContent")
finally:
    call("DELETE", S)

fmt = lambda ms: "%.0f ms" % ms
print("## Inbox with %d messages in one account\n" % MESSAGES)
print("Loaded through `POST /v2/batches` (%d recipients each) in %.1f s. Chromium %s, headless; the stub on this machine's loopback.\n"
      % (PER_BATCH, loaded, "(Debian)"))
print("| what | median | worst |")
print("|---|---|---|")
print("| first screen (navigation → %d rows painted, %s), 5 visits | %s | %s |" % (rows, shown_total, fmt(statistics.median(first)), fmt(max(first))))
print("| next page (click → 50 more rows painted), 20 pages | %s | %s |" % (fmt(statistics.median(pages)), fmt(max(pages))))
print("| search `+46 70 000 12` (input → list painted, %s) | %s | %s |" % (found, fmt(search), fmt(search)))
FEED = "/_stub/feed?api=ip1&account=ip1-12345&limit=50"
# the 50th newest message: the key finds it by time, wherever it is
listed = call("GET", STUB + FEED)["messages"][-1]["key"]
print("| `GET /_stub/feed` first page, server only (10 calls) | %s | |" % fmt(server_ms(FEED)))
print("| `GET /_stub/feed?q=shipped` (reads all 100,000), server only | %s | |" % fmt(server_ms(FEED + "&q=shipped")))
print("| `GET /_stub/messages/{key}` (one message in detail), server only | %s | |"
      % fmt(server_ms("/_stub/messages/" + listed)))
PY
