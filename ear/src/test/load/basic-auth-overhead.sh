#!/usr/bin/env bash
# Measures what HTTP Basic authentication costs an API call, against a trivial endpoint
# on the same server in the same run: GET /health/ready (no authentication, no data)
# versus GET /api/v1/members/me as a member (Basic, identity store, one profile read).
# Needs wrk (Debian package wrk) and a running server, e.g. README command 1.
# Usage: basic-auth-overhead.sh [BASE] [USER] [PASSWORD] [SECONDS] [CONNECTIONS]
set -euo pipefail
BASE=${1:-http://localhost:8080}
USER=${2:-demo_buyer}
PASS=${3:-Demo-Market-2026}
SECONDS_=${4:-15}
CONNS=${5:-16}
AUTH="Authorization: Basic $(printf '%s:%s' "$USER" "$PASS" | base64 -w0)"

run() { # label url [header]
  local out
  out=$(wrk -t2 -c"$CONNS" -d"${SECONDS_}s" --latency ${3:+-H "$3"} "$2")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$1 $rps $p99"
}

curl -fsS -o /dev/null -H "$AUTH" "$BASE/api/v1/members/me"   # warm the credential cache
wrk -t1 -c4 -d5s "$BASE/health/ready" >/dev/null               # warm the JIT
read -r _ base_rps base_p99 < <(run baseline "$BASE/health/ready")
read -r _ auth_rps auth_p99 < <(run basic "$BASE/api/v1/members/me" "$AUTH")
echo "baseline GET /health/ready        : $base_rps req/s, p99 $base_p99"
echo "member   GET /api/v1/members/me   : $auth_rps req/s, p99 $auth_p99"
awk -v a="$auth_rps" -v b="$base_rps" 'BEGIN {printf "throughput ratio (member/baseline): %.2f\n", a / b}'

start=$(date +%s%N)
curl -fsS -o /dev/null -u "timing-probe:not-a-password" "$BASE/api/v1/members/me" || true
echo "one refused login (unknown account, full PBKDF2 cost): $(( ($(date +%s%N) - start) / 1000000 )) ms"
