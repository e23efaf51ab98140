-- CR-4, CR-6: the last moment an evaluation of this member in this role became visible.
-- A new reveal takes a later moment, so ordering by visibility time (then id) replays the
-- scoring in the order it happened, whatever the clocks of several server instances say.
alter table credit_profile add column last_revealed_at timestamp with time zone;
