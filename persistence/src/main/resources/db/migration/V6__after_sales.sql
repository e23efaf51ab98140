-- After-sales service commitment (AS-1..9): cases on completed trades with the decision
-- last recorded for them, their timelines, repairs by the site's service and
-- replacements with serial numbers.
-- Written in the common subset of H2 2.x and PostgreSQL 15.

-- The decision_* columns hold the decision last shown to the customer (AS-9); every
-- recorded decision is also an entry of the timeline.
create table after_sales_case (
  id                   bigint primary key,
  version              bigint not null,
  trade_id             bigint not null references trade (id),
  buyer_id             bigint not null references member (id),
  seller_id            bigint not null references member (id),
  title                varchar(200) not null,
  delivered_at         timestamp with time zone not null,
  cause                varchar(24) not null,
  has_invoice          boolean not null,
  description          varchar(2000) not null,
  status               varchar(16) not null,
  chosen_remedy        varchar(16),
  opened_at            timestamp with time zone not null,
  resolved_at          timestamp with time zone,
  decision_rule        varchar(8) not null,
  decision_free        boolean not null,
  decision_remedies    varchar(64) not null,
  decision_open_until  date,
  decision_reasons     varchar(2000) not null,
  decided_at           timestamp with time zone not null
);
create index ix_after_sales_buyer on after_sales_case (buyer_id, opened_at);
create index ix_after_sales_trade on after_sales_case (trade_id);
create index ix_after_sales_status on after_sales_case (status, opened_at);

create table after_sales_event (
  id       bigint primary key,
  case_id  bigint not null references after_sales_case (id),
  kind     varchar(16) not null,
  at       timestamp with time zone not null,
  actor    varchar(64) not null,
  detail   varchar(2000)
);
create index ix_after_sales_event_case on after_sales_event (case_id, at);

-- Repairs and replacements belong to the goods of a trade: AS-4 counts failed repairs
-- and AS-5 restarts the period across all cases of the trade.
create table after_sales_repair (
  id           bigint primary key,
  case_id      bigint not null references after_sales_case (id),
  trade_id     bigint not null references trade (id),
  repaired_at  timestamp with time zone not null,
  fixed        boolean not null,
  paid         boolean not null
);
create index ix_after_sales_repair_trade on after_sales_repair (trade_id);

create table after_sales_replacement (
  id             bigint primary key,
  case_id        bigint not null references after_sales_case (id),
  trade_id       bigint not null references trade (id),
  serial_number  varchar(64) not null,
  replaced_at    timestamp with time zone not null
);
create index ix_after_sales_replacement_trade on after_sales_replacement (trade_id);
