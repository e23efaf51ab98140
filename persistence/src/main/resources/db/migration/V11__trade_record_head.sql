-- RISK-4: each trade keeps the hash and number of its newest record entry, so that
-- entries cut off at the end of the chain are detected too. Existing trades take the
-- head their record has now.
alter table trade add column record_head varchar(64);
alter table trade add column record_length integer default 0 not null;
update trade set record_length = (select count(*) from trade_event e where e.trade_id = trade.id);
update trade set record_head = (select e.hash from trade_event e
    where e.trade_id = trade.id and e.seq = trade.record_length)
  where record_length > 0;
