#!/usr/bin/env bash
# P4: ending expired evaluation windows (CR-5: a default praise for each silent side,
# revealed and scored under CR-6 and CR-7, counted in the profiles) by the application's
# job, against the equivalent set-based SQL on the same database in the same run.
# credit-bench-data.sql leaves two equal shares of open windows that end in 10 days:
# trades 32000001.. for the job and 33000001.. for the SQL. The SQL ends its share first
# (default praises, profile, day and month totals in a few statements, no caps), then the
# site clock moves 11 days and POST /admin/clock answers once the job has ended every
# window that became due. Needs psql and a server on PostgreSQL started with
# MARKET_CLOCK=adjustable holding that data.
# Usage: credit-window-close.sh [BASE] [DATABASE] [STAFF_PASSWORD]
set -euo pipefail
BASE=${1:-http://localhost:8080}
DB=${2:-bench}
STAFF_PASSWORD=${3:-${MARKET_BOOTSTRAP_PASSWORD:?staff password}}
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$DB" -qAt -v ON_ERROR_STOP=1)

open_in() { # first last -> open windows among those trades
  "${PSQL[@]}" -c "select count(*) from market.evaluation_window
                   where trade_id between $1 and $2 and not closed"
}
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

job_share=$(open_in 32000001 32999999)
sql_share=$(open_in 33000001 33999999)
echo "open windows: job share $job_share, SQL share $sql_share"

start=$(date +%s%N)
"${PSQL[@]}" <<'SQL'
set search_path = market;
begin;
create temporary table ending on commit drop as
  select * from evaluation_window
  where trade_id between 33000001 and 33999999 and not closed for update;
update evaluation_window w set closed = true, closed_at = w.closes_at
  from ending e where w.trade_id = e.trade_id;
insert into evaluation (id, version, trade_id, side, rater_id, rated_id, rated_role,
    listing_id, trade_created_at, trade_month, rating, by_default, submitted_at, visible_at,
    scored, points, counted_on, revised)
select 60000000 + 2 * (e.trade_id - 33000000) + s.n, 1, e.trade_id, s.side,
    case s.n when 0 then e.buyer_id else e.seller_id end,
    case s.n when 0 then e.seller_id else e.buyer_id end,
    case s.n when 0 then 'SELLER' else 'BUYER' end,
    e.listing_id, e.trade_created_at, e.trade_month, 'PRAISE', true, e.closes_at,
    e.closes_at, true, 1, (e.closes_at at time zone 'Asia/Shanghai')::date, false
from ending e cross join (values (0, 'BUYER'), (1, 'SELLER')) s(n, side);
update credit_profile p set score = p.score + n.c, praise = p.praise + n.c
  from (select rated_id, rated_role, count(*) c from evaluation
        where id >= 60000000 and trade_id between 33000001 and 33999999
        group by rated_id, rated_role) n
  where p.member_id = n.rated_id and p.role = n.rated_role;
insert into credit_day (id, member_id, role, on_day, praise, neutral, poor)
select 61000000 + row_number() over (order by rated_id, rated_role, counted_on), rated_id,
    rated_role, counted_on, count(*), 0, 0
from evaluation where id >= 60000000 and trade_id between 33000001 and 33999999
group by rated_id, rated_role, counted_on
on conflict (member_id, role, on_day) do update
  set praise = credit_day.praise + excluded.praise;
insert into credit_month (id, rater_id, rated_id, rated_role, trade_month, net)
select 62000000 + row_number() over (order by rater_id, rated_id, rated_role, trade_month),
    rater_id, rated_id, rated_role, trade_month, count(*)
from evaluation where id >= 60000000 and trade_id between 33000001 and 33999999
group by rater_id, rated_id, rated_role, trade_month
on conflict (rater_id, rated_id, rated_role, trade_month) do update
  set net = credit_month.net + excluded.net;
commit;
SQL
sql_ms=$(ms_since "$start")

# The clock advance answers once the job is done. A long run may outlast an HTTP timeout,
# so every 10 s the share is also counted, and an empty share ends the wait as well.
start=$(date +%s%N)
curl -sS -o /dev/null -m 7200 -u "staff:$STAFF_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"advance":"P11D"}' "$BASE/api/v1/admin/clock" &
advance=$!
waited=0
while kill -0 "$advance" 2>/dev/null; do
  sleep 1
  waited=$((waited + 1))
  if [ $((waited % 10)) -eq 0 ] && [ "$(open_in 32000001 32999999)" -eq 0 ]; then
    break
  fi
done
job_ms=$(ms_since "$start")
wait "$advance" || echo "the clock advance did not answer cleanly (the job's time is from the database)"

left=$(open_in 32000001 32999999)
echo "set-based SQL: $sql_share windows in $sql_ms ms"
echo "job (clock advance): $(( job_share - left )) windows in $job_ms ms, $left still open"
awk -v j="$job_ms" -v s="$sql_ms" 'BEGIN {
  printf "P4 time ratio (job/SQL): %.1f (goal within 3)\n", j / s }'
[ "$left" -eq 0 ] || echo "the job did not end every window"
