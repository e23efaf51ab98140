-- MEM-8, MEM-5: a member who declined a new agreement version while trades were open
-- keeps the decline; the exit completes once the last open trade is finished.
alter table member add column exit_requested_at timestamp with time zone;

-- DS-2: runs of failed logins per account and per client address, kept in the database so
-- that every server instance throttles the same way.
create table login_throttle (
  subject          varchar(100) primary key,
  failures         integer not null,
  last_failure_at  timestamp with time zone not null
);
