-- DS-4, CMP-4: break-glass requests to unseal the anonymous informant of an
-- accusation. A request is decided once by an AUDITOR other than its requester; an
-- approval grants the requester a read until granted_until. Written in the common
-- subset of H2 2.x and PostgreSQL 15.
create table unseal_request (
  id                  bigint primary key,
  version             bigint not null,
  accusation_id       bigint not null references accusation (id),
  requested_by        varchar(64) not null,
  reason              varchar(500) not null,
  requested_at        timestamp with time zone not null,
  status              varchar(10) not null,
  decided_by          varchar(64),
  decided_at          timestamp with time zone,
  granted_until       timestamp with time zone
);
create index ix_unseal_request_status on unseal_request (status, requested_at);
create index ix_unseal_request_requester on unseal_request (requested_by, requested_at);
