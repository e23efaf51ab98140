#!/usr/bin/env bash
# P1: evaluation submissions over the API against a plain single-row insert, at the same
# concurrency in the same run. wrk posts POST /api/v1/trades/{id}/evaluations as the
# right party, walking through distinct trades (buyer, then seller, of each; the second
# side reveals and scores both), then pgbench inserts one row per transaction into a
# scratch table of the same database with as many clients.
# Needs wrk, pgbench, psql, a server on PostgreSQL and the data of credit-bench-data.sql.
# Usage: credit-evaluation-submit.sh [BASE] [DATABASE] [SECONDS] [CONNECTIONS]
set -euo pipefail
BASE=${1:-http://localhost:8080}
DB=${2:-bench}
SECONDS_=${3:-20}
CONNS=${4:-16}
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$DB" -qAt)
PER_THREAD=20000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

next_trade() { # the first P1 trade above every one evaluated so far
  "${PSQL[@]}" -c "select coalesce(max(trade_id), 31000000) + 1 from market.evaluation
                   where trade_id between 31000001 and 31200000"
}

# The Lua script: trade k has buyer bm(1 + k % 100) and seller bm(1 + (k + 1 + (k / 100) % 99) % 100).
{
  echo 'local auth = {}'
  for i in $(seq 1 100); do
    echo "auth[$i] = \"Basic $(printf 'bm%s:Bench-Member-2026' "$i" | base64 -w0)\""
  done
  cat <<'LUA'
local threads, counter = 0, 0
function setup(thread)
  thread:set("first", tonumber(os.getenv("FIRST")) + threads * tonumber(os.getenv("PER_THREAD")))
  threads = threads + 1
end
function request()
  local trade = first + math.floor(counter / 2)
  local k = trade - 31000000
  local member = 1 + k % 100
  if counter % 2 == 1 then member = 1 + (k + 1 + math.floor(k / 100) % 99) % 100 end
  counter = counter + 1
  return wrk.format("POST", "/api/v1/trades/" .. trade .. "/evaluations",
    {["Authorization"] = auth[member], ["Content-Type"] = "application/json"},
    '{"rating":"PRAISE","comment":"bench"}')
end
LUA
} >"$work/submit.lua"

cat >"$work/insert.sql" <<'SQL'
insert into bench_scratch (trade_id, side, rating, at) values (:client_id, 'BUYER', 'PRAISE', now());
SQL
"${PSQL[@]}" -c "create table if not exists bench_scratch (id bigserial primary key,
                 trade_id bigint not null, side varchar(8) not null, rating varchar(8) not null,
                 at timestamp with time zone not null)"

run_api() { # seconds threads -> "rps p99 non2xx"
  local out
  out=$(FIRST=$(next_trade) PER_THREAD=$PER_THREAD wrk -t"$2" -c"$CONNS" -d"${1}s" --latency \
    -s "$work/submit.lua" "$BASE")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx/ {print $5}' <<<"$out")"
}

run_insert() { # -> "tps p99"
  (cd "$work" && rm -f pgbench_log.* &&
    pgbench -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -n -c "$CONNS" -j 2 \
      -T "$SECONDS_" -l -f insert.sql "$DB" >pgbench.out 2>&1)
  local tps p99
  tps=$(awk '/^tps/ {print $3}' "$work/pgbench.out")
  p99=$(cat "$work"/pgbench_log.* | awk '{print $3}' | sort -n |
    awk '{a[NR] = $1} END {printf "%.2fms", a[int(NR * 0.99)] / 1000}')
  echo "$tps $p99"
}

for i in $(seq 1 100); do   # one PBKDF2 verification per member, then cached
  curl -fsS -o /dev/null -u "bm$i:Bench-Member-2026" "$BASE/api/v1/members/me" &
  (( i % 4 == 0 )) && wait
done
wait
run_api 5 1 >/dev/null                                            # warm the JIT
read -r ins_tps ins_p99 < <(run_insert)
read -r api_rps api_p99 api_bad < <(run_api "$SECONDS_" 2)
echo "baseline pgbench single-row insert, $CONNS clients : $ins_tps tx/s, p99 $ins_p99"
echo "POST /trades/{id}/evaluations, $CONNS connections  : $api_rps req/s, p99 $api_p99" \
  "(non-2xx: ${api_bad:-0})"
awk -v a="$api_rps" -v b="$ins_tps" 'BEGIN {printf "P1 throughput ratio (API/insert): %.2f (goal >= 0.5)\n", a / b}'
