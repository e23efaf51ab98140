#!/usr/bin/env bash
# P2: credit profile reads with the evaluations of credit-bench-data.sql in the database
# (1,000,000 scored evaluations among 100 members, so each profile rests on about 10,000
# of them as seller and as buyer), against trivial endpoints of the same server in the
# same run: GET /health/ready (one settings read, a servlet) and
# GET /api/v1/agreements/current (JAX-RS, one small query). Anonymous, like the public
# listing pages that show the profile.
# Needs wrk and a server on PostgreSQL holding that data.
# Usage: credit-profile-read.sh [BASE] [SECONDS] [CONNECTIONS]
set -euo pipefail
BASE=${1:-http://localhost:8080}
SECONDS_=${2:-20}
CONNS=${3:-16}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/profiles.lua" <<'LUA'
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/members/" .. (10000001 + counter % 100) .. "/credit")
end
LUA

run() { # label path [script] -> "label rps p99 non2xx"
  local out
  out=$(wrk -t2 -c"$CONNS" -d"${SECONDS_}s" --latency ${3:+-s "$3"} "$BASE$2")
  echo "$1 $(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx/ {print $5}' <<<"$out")"
}

curl -fsS "$BASE/api/v1/members/10000001/credit" >/dev/null   # the data is there
wrk -t2 -c"$CONNS" -d5s -s "$work/profiles.lua" "$BASE/" >/dev/null   # warm the JIT
wrk -t2 -c"$CONNS" -d5s "$BASE/api/v1/agreements/current" >/dev/null
read -r _ h_rps h_p99 h_bad < <(run health /health/ready)
read -r _ a_rps a_p99 a_bad < <(run agreement /api/v1/agreements/current)
read -r _ c_rps c_p99 c_bad < <(run credit / "$work/profiles.lua")
echo "baseline GET /health/ready              : $h_rps req/s, p99 $h_p99 (non-2xx: ${h_bad:-0})"
echo "baseline GET /api/v1/agreements/current : $a_rps req/s, p99 $a_p99 (non-2xx: ${a_bad:-0})"
echo "P2       GET /api/v1/members/{id}/credit: $c_rps req/s, p99 $c_p99 (non-2xx: ${c_bad:-0})"
awk -v c="$c_rps" -v a="$a_rps" -v h="$h_rps" 'BEGIN {
  printf "P2 time per read vs agreements/current: %.2fx, vs health: %.2fx (goal within 1.5x)\n",
    a / c, h / c }'
