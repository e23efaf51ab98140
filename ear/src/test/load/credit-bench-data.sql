-- Data for the credit benchmarks (P1, P2, P4), written set-based straight into a
-- benchmark database that the application has already migrated (deploy once first).
-- Run with: psql -h 127.0.0.1 -U postgres -d bench -v seed=SEED_MEMBER_ID -f credit-bench-data.sql
-- where SEED_MEMBER_ID is a member registered through the API with the password
-- Bench-Member-2026: every generated member copies its password hash and encrypted phone.
-- Identifiers start at 10,000,000 so they never meet those of entity_seq.
--
--   members   10000001..10000100  bm1..bm100, registered 400 days ago
--   listings  20000001..20000100  listing i belongs to member i
--   trades    30000001..30500000  P2: completed 1..400 days ago, windows closed,
--                                 two scored evaluations each (1,000,000 evaluations)
--   trades    31000001..31200000  P1: completed an hour ago, windows open, no evaluation
--   trades    32000001..         P4: :p4 windows open, closing in 10 days (the job's share)
--   trades    33000001..         P4: the same again, for the set-based SQL baseline
-- Trade k has buyer 1 + k % 100 and seller 1 + (k + 1 + (k / 100) % 99) % 100.
\set ON_ERROR_STOP on
-- The size of each P4 share (at most 999,999): psql -v p4=N, 20,000 unless given.
\if :{?p4}
\else
\set p4 20000
\endif
set search_path = market;
begin;

insert into member (id, version, username, password_hash, failed_logins, email, phone,
    phone_digest, kind, display_name, status, frozen_permanently, verification,
    registered_at, registered_from, agreement_number)
select 10000000 + i, 1, 'bm' || i, s.password_hash, 0, 'bm' || i || '@bench.test', s.phone,
    md5('bm' || i) || md5('phone' || i), 'PERSON', 'bm' || i, 'ACTIVE', false, 'UNVERIFIED',
    now() - interval '400 days', 'bench', s.agreement_number
from generate_series(1, 100) i, member s where s.id = :seed;

insert into agreement_decision (id, member_id, number, accepted, decided_at, origin)
select 10000000 + i, 10000000 + i, agreement_number, true, registered_at, 'bench'
from member, generate_series(1, 100) i where member.id = 10000000 + i;

insert into listing (id, version, seller_id, title, description, section, price, stock,
    status, created_at)
select 20000000 + i, 1, 10000000 + i, 'bench goods ' || i, 'generated', 'BOOKS', 10.00,
    null, 'PUBLISHED', now() - interval '401 days'
from generate_series(1, 100) i;

create temporary table bench_trade as
select id, 10000001 + k % 100 as buyer_id,
    10000001 + (k + 1 + (k / 100) % 99) % 100 as seller_id, completed_at
from (select 30000000 + k as id, k, now() - (1 + k % 400) * interval '1 day'
          - (k % 1000) * interval '1 second' as completed_at
      from generate_series(1, 500000) k
      union all
      select 31000000 + k, k, now() - interval '1 hour' from generate_series(1, 200000) k
      union all
      select 32000000 + k, k, now() - interval '5 days' from generate_series(1, :p4) k
      union all
      select 33000000 + k, k, now() - interval '5 days' from generate_series(1, :p4) k
     ) t;

insert into trade (id, version, listing_id, buyer_id, seller_id, title, quantity, unit_price,
    amount, payment_method, status, created_at, paid_at, shipped_at, completed_at,
    completed_automatically)
select id, 1, seller_id + 10000000, buyer_id, seller_id, 'bench goods', 1, 10.00, 10.00,
    'ESCROW', 'COMPLETED', completed_at - interval '3 days', completed_at - interval '3 days',
    completed_at - interval '2 days', completed_at, false
from bench_trade;

insert into evaluation_window (trade_id, version, buyer_id, seller_id, listing_id,
    trade_created_at, trade_month, completed_at, closes_at, held, closed, closed_at)
select id, 1, buyer_id, seller_id, seller_id + 10000000, completed_at - interval '3 days',
    to_char((completed_at - interval '3 days') at time zone 'Asia/Shanghai', 'YYYY-MM'),
    completed_at,
    case when id >= 32000000 then now() + interval '10 days'
         else completed_at + interval '15 days' end,
    false, id < 31000000, case when id < 31000000 then completed_at + interval '1 day' end
from bench_trade;

-- P2: both sides evaluated a day after completion; one rating in twenty is neutral, one
-- in fifty poor; all scored and counted on the day they became visible.
insert into evaluation (id, version, trade_id, side, rater_id, rated_id, rated_role,
    listing_id, trade_created_at, trade_month, rating, by_default, submitted_at, visible_at,
    scored, points, counted_on, revised)
select 40000000 + 2 * (w.trade_id - 30000000) + s.n, 1, w.trade_id, s.side,
    case s.n when 0 then w.buyer_id else w.seller_id end,
    case s.n when 0 then w.seller_id else w.buyer_id end,
    case s.n when 0 then 'SELLER' else 'BUYER' end,
    w.listing_id, w.trade_created_at, w.trade_month, r.rating, false,
    w.closed_at, w.closed_at, true, r.points,
    (w.closed_at at time zone 'Asia/Shanghai')::date, false
from evaluation_window w
cross join (values (0, 'BUYER'), (1, 'SELLER')) s(n, side)
cross join lateral (select case when w.trade_id % 50 = s.n then 'POOR'
                                when w.trade_id % 20 = s.n then 'NEUTRAL'
                                else 'PRAISE' end as rating) r0
cross join lateral (select r0.rating,
                           case r0.rating when 'PRAISE' then 1 when 'POOR' then -1 else 0 end
                               as points) r
where w.trade_id between 30000001 and 30999999;

insert into credit_profile (id, version, member_id, role, score, praise, neutral, poor)
select 50000000 + row_number() over (order by rated_id, rated_role), 1, rated_id, rated_role,
    sum(points), count(*) filter (where rating = 'PRAISE'),
    count(*) filter (where rating = 'NEUTRAL'), count(*) filter (where rating = 'POOR')
from evaluation where id >= 40000000
group by rated_id, rated_role;

insert into credit_day (id, member_id, role, on_day, praise, neutral, poor)
select 51000000 + row_number() over (order by rated_id, rated_role, counted_on), rated_id,
    rated_role, counted_on, count(*) filter (where rating = 'PRAISE'),
    count(*) filter (where rating = 'NEUTRAL'), count(*) filter (where rating = 'POOR')
from evaluation where id >= 40000000
group by rated_id, rated_role, counted_on;

insert into credit_month (id, rater_id, rated_id, rated_role, trade_month, net)
select 52000000 + row_number() over (order by rater_id, rated_id, rated_role, trade_month),
    rater_id, rated_id, rated_role, trade_month, sum(points)
from evaluation where id >= 40000000
group by rater_id, rated_id, rated_role, trade_month;

commit;
analyze;
