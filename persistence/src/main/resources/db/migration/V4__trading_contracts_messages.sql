-- Trading (RISK-5, RISK-6): signing keys the site issues to members, each trade's
-- electronic contract with its signatures, and the data messages exchanged on a trade.
-- Written in the common subset of H2 2.x and PostgreSQL 15.

create table signing_key (
  id           bigint primary key,
  member_id    bigint not null references member (id),
  algorithm    varchar(32) not null,
  public_key   varchar(400) not null,
  private_key  varchar(1000) not null,
  created_at   timestamp with time zone not null,
  constraint uq_signing_key_member unique (member_id)
);

create table trade_contract (
  id                bigint primary key,
  trade_id          bigint not null references trade (id),
  template_version  integer not null,
  dispute_forum     varchar(16) not null,
  body              varchar(8000) not null,
  hash              varchar(64) not null,
  created_at        timestamp with time zone not null,
  constraint uq_trade_contract_trade unique (trade_id)
);
create index ix_trade_contract_hash on trade_contract (hash);

create table contract_signature (
  id           bigint primary key,
  contract_id  bigint not null references trade_contract (id),
  party        varchar(16) not null,
  member_id    bigint not null references member (id),
  algorithm    varchar(32) not null,
  public_key   varchar(400) not null,
  signature    varchar(400) not null,
  signed_at    timestamp with time zone not null,
  constraint uq_contract_signature_party unique (contract_id, party)
);

create table trade_message (
  id          bigint primary key,
  version     bigint not null,
  trade_id    bigint not null references trade (id),
  from_party  varchar(16) not null,
  kind        varchar(16) not null,
  refers_to   bigint references trade_message (id),
  price       numeric(14,2),
  body        varchar(2000) not null,
  sent_at     timestamp with time zone not null,
  read_at     timestamp with time zone
);
create index ix_trade_message_trade on trade_message (trade_id, sent_at);
