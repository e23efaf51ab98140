-- Trading (RISK-1..4): listings, trades and each trade's hash-chained event record.
-- Written in the common subset of H2 2.x and PostgreSQL 15.

create table listing (
  id           bigint primary key,
  version      bigint not null,
  seller_id    bigint not null references member (id),
  title        varchar(120) not null,
  description  varchar(4000) not null,
  section      varchar(32) not null,
  price        numeric(14,2) not null,
  stock        integer,
  status       varchar(16) not null,
  created_at   timestamp with time zone not null,
  constraint ck_listing_price check (price > 0),
  constraint ck_listing_stock check (stock is null or stock >= 0)
);
create index ix_listing_seller on listing (seller_id, status);
create index ix_listing_section on listing (section, status, created_at);

create table trade (
  id                       bigint primary key,
  version                  bigint not null,
  listing_id               bigint not null references listing (id),
  buyer_id                 bigint not null references member (id),
  seller_id                bigint not null references member (id),
  title                    varchar(120) not null,
  quantity                 integer not null,
  unit_price               numeric(14,2) not null,
  amount                   numeric(14,2) not null,
  payment_method           varchar(24) not null,
  status                   varchar(16) not null,
  created_at               timestamp with time zone not null,
  paid_at                  timestamp with time zone,
  shipped_at               timestamp with time zone,
  completed_at             timestamp with time zone,
  completed_automatically  boolean not null,
  cancelled_at             timestamp with time zone,
  cancelled_by             varchar(16),
  carrier                  varchar(64),
  tracking_number          varchar(64),
  constraint ck_trade_quantity check (quantity >= 1),
  constraint ck_trade_parties check (buyer_id <> seller_id)
);
create index ix_trade_buyer on trade (buyer_id, status);
create index ix_trade_seller on trade (seller_id, status);
create index ix_trade_shipped on trade (status, shipped_at);

create table trade_event (
  id         bigint primary key,
  trade_id   bigint not null references trade (id),
  seq        integer not null,
  type       varchar(32) not null,
  at         timestamp with time zone not null,
  actor      varchar(64) not null,
  payload    varchar(4000) not null,
  prev_hash  varchar(64) not null,
  hash       varchar(64) not null,
  constraint uq_trade_event_seq unique (trade_id, seq)
);
