-- Foundation schema: platform settings, security (accounts, audit), membership.
-- Written in the common subset of H2 2.x and PostgreSQL 15.

create sequence entity_seq start with 1000 increment by 50;

create table setting (
  setting_key   varchar(80) primary key,
  setting_value varchar(400) not null,
  description   varchar(400) not null,
  updated_at    timestamp with time zone not null
);

create table idempotent_response (
  id            bigint primary key,
  caller        varchar(64) not null,
  idem_key      varchar(128) not null,
  request_hash  varchar(64) not null,
  status        integer not null,
  body          varchar(8000) not null,
  created_at    timestamp with time zone not null,
  constraint uq_idempotent_key unique (caller, idem_key)
);

create table staff_account (
  id              bigint primary key,
  username        varchar(32) not null unique,
  password_hash   varchar(200) not null,
  failed_logins   integer not null,
  locked_until    timestamp with time zone,
  role            varchar(16) not null,
  created_at      timestamp with time zone not null
);

create table audit_head (
  id         integer primary key,
  last_id    bigint not null,
  last_hash  varchar(64) not null
);
insert into audit_head (id, last_id, last_hash)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_entry (
  id         bigint primary key,
  at         timestamp with time zone not null,
  actor      varchar(64) not null,
  action     varchar(64) not null,
  target     varchar(128),
  outcome    varchar(16) not null,
  origin     varchar(64),
  detail     varchar(1000),
  prev_hash  varchar(64) not null,
  hash       varchar(64) not null
);
create index ix_audit_at on audit_entry (at);

create table agreement_version (
  id            bigint primary key,
  number        integer not null unique,
  body          varchar(20000) not null,
  published_at  timestamp with time zone not null,
  published_by  varchar(64) not null
);

create table member (
  id                bigint primary key,
  version           bigint not null,
  username          varchar(32) not null unique,
  password_hash     varchar(200) not null,
  failed_logins     integer not null,
  locked_until      timestamp with time zone,
  email             varchar(254) not null unique,
  phone             varchar(200) not null,
  phone_digest      varchar(64) not null unique,
  kind              varchar(16) not null,
  display_name      varchar(64) not null,
  status            varchar(16) not null,
  frozen_permanently boolean not null,
  status_reason     varchar(500),
  verification      varchar(16) not null,
  company_name      varchar(200),
  license_number    varchar(300),
  license_digest    varchar(64),
  company_address   varchar(600),
  company_contact   varchar(300),
  id_number         varchar(300),
  id_digest         varchar(64),
  registered_at     timestamp with time zone not null,
  registered_from   varchar(64),
  agreement_number  integer not null,
  fee_paid_until    date,
  left_at           timestamp with time zone,
  left_reason       varchar(500)
);
create index ix_member_status on member (status);

create table verification (
  id              bigint primary key,
  member_id       bigint not null references member (id),
  id_number       varchar(300),
  license_number  varchar(300),
  special_license varchar(300),
  address         varchar(600),
  contact         varchar(300),
  status          varchar(16) not null,
  submitted_at    timestamp with time zone not null,
  decided_at      timestamp with time zone,
  decided_by      varchar(64),
  reason          varchar(500)
);
create index ix_verification_status on verification (status, submitted_at);

create table agreement_decision (
  id          bigint primary key,
  member_id   bigint not null references member (id),
  number      integer not null,
  accepted    boolean not null,
  decided_at  timestamp with time zone not null,
  origin      varchar(64)
);

create table barred_identity (
  digest     varchar(64) primary key,
  kind       varchar(16) not null,
  member_id  bigint not null,
  barred_at  timestamp with time zone not null
);

create table notification (
  id          bigint primary key,
  member_id   bigint not null references member (id),
  subject     varchar(200) not null,
  body        varchar(2000) not null,
  created_at  timestamp with time zone not null,
  read_at     timestamp with time zone
);
create index ix_notification_member on notification (member_id, created_at);
