-- CMP-1, CMP-4: evidence files of complaints and accusations, kept in the database.
-- BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2 2.x, so the
-- script stays in the common subset of both. The uploader of an anonymous
-- informant's file is left empty, so the file cannot unseal them.
create table case_evidence (
  id             bigint primary key,
  complaint_id   bigint references complaint (id),
  accusation_id  bigint references accusation (id),
  side           varchar(12) not null,
  uploaded_by    varchar(64),
  file_name      varchar(120) not null,
  media_type     varchar(8) not null,
  size_bytes     bigint not null,
  sha256         varchar(64) not null,
  uploaded_at    timestamp with time zone not null,
  content        bytea not null,
  constraint ck_evidence_one_case check ((complaint_id is null) <> (accusation_id is null))
);
create index ix_evidence_complaint on case_evidence (complaint_id, uploaded_at);
create index ix_evidence_accusation on case_evidence (accusation_id, uploaded_at);

-- CMP-8: the time a complaint waits for the parties' answers to a proposal does not
-- run against its deadline: the current wait's start and the sum of finished waits.
alter table complaint add column waiting_since timestamp with time zone;
alter table complaint add column paused_seconds bigint default 0 not null;
