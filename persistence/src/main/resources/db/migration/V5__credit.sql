-- Credit management (CR-1..11): evaluation windows, evaluations with their history,
-- credit profiles with per-day counters, monthly pair totals and review flags.
-- Written in the common subset of H2 2.x and PostgreSQL 15.

-- One row per completed trade. "closed" is set exactly once, by whoever first claims
-- it (both sides evaluated, or the window ended); "held" keeps its evaluations from
-- scoring until STAFF clears the trade (CR-11).
create table evaluation_window (
  trade_id          bigint primary key references trade (id),
  version           bigint not null,
  buyer_id          bigint not null references member (id),
  seller_id         bigint not null references member (id),
  listing_id        bigint not null references listing (id),
  trade_created_at  timestamp with time zone not null,
  trade_month       varchar(7) not null,
  completed_at      timestamp with time zone not null,
  closes_at         timestamp with time zone not null,
  held              boolean not null,
  closed            boolean not null,
  closed_at         timestamp with time zone
);
create index ix_window_due on evaluation_window (closed, closes_at);

create table evaluation (
  id                 bigint primary key,
  version            bigint not null,
  trade_id           bigint not null references evaluation_window (trade_id),
  side               varchar(8) not null,
  rater_id           bigint not null references member (id),
  rated_id           bigint not null references member (id),
  rated_role         varchar(8) not null,
  listing_id         bigint not null,
  trade_created_at   timestamp with time zone not null,
  trade_month        varchar(7) not null,
  rating             varchar(8) not null,
  comment            varchar(500),
  goods_quality      integer,
  service_attitude   integer,
  delivery_speed     integer,
  logistics          integer,
  conduct            integer,
  payment_speed      integer,
  by_default         boolean not null,
  submitted_at       timestamp with time zone not null,
  visible_at         timestamp with time zone,
  scored             boolean not null,
  not_scored_reason  varchar(16),
  points             integer not null,
  counted_on         date,
  revised            boolean not null,
  deleted_at         timestamp with time zone,
  removed_at         timestamp with time zone,
  removal_reason     varchar(500),
  explanation        varchar(500),
  explained_at       timestamp with time zone,
  constraint uq_evaluation_side unique (trade_id, side),
  constraint ck_evaluation_details check (
    (goods_quality is null or goods_quality between 1 and 5)
    and (service_attitude is null or service_attitude between 1 and 5)
    and (delivery_speed is null or delivery_speed between 1 and 5)
    and (logistics is null or logistics between 1 and 5)
    and (conduct is null or conduct between 1 and 5)
    and (payment_speed is null or payment_speed between 1 and 5))
);
create index ix_evaluation_same_goods on evaluation (rater_id, rated_id, listing_id, rating);
create index ix_evaluation_rated on evaluation (rated_id, rated_role, visible_at);

create table evaluation_change (
  id              bigint primary key,
  evaluation_id   bigint not null references evaluation (id),
  kind            varchar(16) not null,
  at              timestamp with time zone not null,
  actor           varchar(64) not null,
  rating_before   varchar(8),
  rating_after    varchar(8),
  points_before   integer not null,
  points_after    integer not null,
  note            varchar(500)
);
create index ix_evaluation_change on evaluation_change (evaluation_id, at);

create table credit_profile (
  id         bigint primary key,
  version    bigint not null,
  member_id  bigint not null references member (id),
  role       varchar(8) not null,
  score      bigint not null,
  praise     bigint not null,
  neutral    bigint not null,
  poor       bigint not null,
  constraint uq_credit_profile unique (member_id, role)
);

-- Scored ratings per member, role and site day: a profile read sums at most the
-- days of the last six months, however many evaluations the member has.
create table credit_day (
  id         bigint primary key,
  member_id  bigint not null references member (id),
  role       varchar(8) not null,
  on_day     date not null,
  praise     integer not null,
  neutral    integer not null,
  poor       integer not null,
  constraint uq_credit_day unique (member_id, role, on_day)
);

-- CR-6: net scored points from one rater to one rated member in one role, per natural
-- month of trade creation.
create table credit_month (
  id          bigint primary key,
  rater_id    bigint not null,
  rated_id    bigint not null,
  rated_role  varchar(8) not null,
  trade_month varchar(7) not null,
  net         integer not null,
  constraint uq_credit_month unique (rater_id, rated_id, rated_role, trade_month)
);

create table credit_flag (
  id               bigint primary key,
  version          bigint not null,
  kind             varchar(16) not null,
  subject          varchar(96) not null,
  trade_id         bigint,
  member_id        bigint not null,
  other_member_id  bigint,
  detail           varchar(500) not null,
  raised_at        timestamp with time zone not null,
  cleared_at       timestamp with time zone,
  cleared_by       varchar(64),
  constraint uq_credit_flag unique (subject)
);
create index ix_credit_flag_open on credit_flag (cleared_at, raised_at);
