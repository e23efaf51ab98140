-- DS-3: staff and auditor accounts are added and disabled by accounts of their own kind;
-- each row says by whom. A disabled account stays, so the audit trail's names keep
-- meaning something, but it no longer logs in.
alter table staff_account add column created_by varchar(32);
alter table staff_account add column disabled_at timestamp with time zone;
alter table staff_account add column disabled_by varchar(32);
