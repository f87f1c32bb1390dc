# Set-up and helpers shared by bench/run.sh and bench/soak.sh (sourced, not run): works from the
# checkout's root, with scratch files in bench/target and results in bench/results.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
WORK=$ROOT/bench/target
RESULTS=$ROOT/bench/results
mkdir -p "$WORK" "$RESULTS"

# wait_ok URL [curl args...]: polls until a 2xx; prints nothing, returns 1 after WAIT_SECONDS (60)
wait_ok() {
  local url=$1; shift
  for _ in $(seq 1 $((${WAIT_SECONDS:-60} * 100))); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" || true)
    case $code in 2*) return 0 ;; esac
    sleep 0.01
  done
  return 1
}

rss_mb() { # sum of VmRSS of the given pids, in MB
  local total=0
  for p in "$@"; do
    kb=$(awk '/VmRSS/{print $2}' /proc/"$p"/status 2>/dev/null || echo 0)
    total=$((total + kb))
  done
  echo $((total / 1024))
}

heap_used_mb() { # used heap after the last GC, in MB
  jcmd "$1" GC.heap_info | python3 -c '
import re, sys
text = sys.stdin.read()
used = sum(int(k) for k in re.findall(r"used (\d+)K", text.split("Metaspace")[0]))
print(used // 1024)'
}
