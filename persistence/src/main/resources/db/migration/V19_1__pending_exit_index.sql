-- MEM-8: the pending-exit job looks each minute for the few members with an exit
-- requested; the index finds them without reading every member.
create index ix_member_exit_requested on member (exit_requested_at, id);
