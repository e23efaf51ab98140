-- CMP-7: the member who asked a question, by number, so the answer reaches their
-- inbox. Null for a visitor or a question STAFF recorded from a phone call or e-mail;
-- those are answered at the contact given. Rows from before this version keep null
-- and are answered at their contact too.
alter table consultation add column asker_member_id bigint;
