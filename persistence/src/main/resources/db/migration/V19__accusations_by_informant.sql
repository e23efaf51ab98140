-- CMP-4: a member's list of accusations shows those they filed, anonymous ones included,
-- newest first; the accused side is served by ix_accusation_accused.
create index ix_accusation_informant on accusation (informant_username, filed_at);
