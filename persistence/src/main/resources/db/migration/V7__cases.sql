-- Complaints, accusations, mediation and consulting (CMP-1..8): numbered complaint
-- files with their timeline, accusations with the sealed informant, the penalties
-- they led to, and consultations. Written in the common subset of H2 2.x and
-- PostgreSQL 15.

-- CMP-3: case numbers come from their own sequence, so two complaints filed at the
-- same moment never share a number.
create sequence case_number_seq start with 1 increment by 1;

create table complaint (
  id                  bigint primary key,
  version             bigint not null,
  case_number         varchar(20) not null,
  trade_id            bigint not null references trade (id),
  complaint_type      varchar(32) not null,
  facts               varchar(2000) not null,
  channel             varchar(8) not null,
  recorded_by         varchar(64),
  complainant_id      bigint not null references member (id),
  respondent_id       bigint not null references member (id),
  status              varchar(20) not null,
  filed_at            timestamp with time zone not null,
  admission_due       timestamp with time zone not null,
  admitted_at         timestamp with time zone,
  rejection_rule      varchar(16),
  rejection_reason    varchar(500),
  mediator            varchar(64),
  proposal            varchar(2000),
  complainant_answer  varchar(8),
  respondent_answer   varchar(8),
  closed_at           timestamp with time zone,
  outcome_note        varchar(500),
  removed_evaluation  bigint,
  constraint uq_complaint_number unique (case_number)
);
create index ix_complaint_status on complaint (status, filed_at);
create index ix_complaint_complainant on complaint (complainant_id);
create index ix_complaint_respondent on complaint (respondent_id);

create table complaint_event (
  id            bigint primary key,
  complaint_id  bigint not null references complaint (id),
  at            timestamp with time zone not null,
  actor         varchar(64) not null,
  kind          varchar(24) not null,
  side          varchar(12) not null,
  note          varchar(2000)
);
create index ix_complaint_event on complaint_event (complaint_id, at);

-- CMP-4: informant_username and informant_id of an anonymous report are sealed;
-- the tracking code is kept only as its SHA-256 hash.
create table accusation (
  id                  bigint primary key,
  version             bigint not null,
  target_type         varchar(8) not null,
  target_id           bigint not null,
  accused_id          bigint not null references member (id),
  category            varchar(20) not null,
  description         varchar(2000) not null,
  anonymous           boolean not null,
  informant_id        bigint,
  informant_username  varchar(64),
  tracking_hash       varchar(64),
  status              varchar(12) not null,
  filed_at            timestamp with time zone not null,
  appeal_until        timestamp with time zone not null,
  decision_due        timestamp with time zone not null,
  appeal_text         varchar(2000),
  appealed_at         timestamp with time zone,
  decision_reason     varchar(500),
  decided_by          varchar(64),
  decided_at          timestamp with time zone,
  penalty             varchar(20),
  constraint uq_accusation_tracking unique (tracking_hash)
);
create index ix_accusation_status on accusation (status, filed_at);
create index ix_accusation_accused on accusation (accused_id, status);

create table penalty (
  id             bigint primary key,
  member_id      bigint not null references member (id),
  accusation_id  bigint not null references accusation (id),
  step           varchar(20) not null,
  imposed_at     timestamp with time zone not null,
  imposed_by     varchar(64) not null,
  note           varchar(500)
);
create index ix_penalty_member on penalty (member_id, imposed_at);

create table consultation (
  id            bigint primary key,
  version       bigint not null,
  question      varchar(2000) not null,
  contact       varchar(200) not null,
  channel       varchar(8) not null,
  asked_by      varchar(64),
  status        varchar(12) not null,
  asked_at      timestamp with time zone not null,
  answer_due    timestamp with time zone not null,
  answer        varchar(2000),
  answered_by   varchar(64),
  answered_at   timestamp with time zone,
  completed_at  timestamp with time zone
);
create index ix_consultation_status on consultation (status, asked_at);
