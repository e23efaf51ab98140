-- RISK-6: a trade opened from an accepted offer names that offer. The unique index
-- lets one offer open one trade only, even when the buyer asks twice at once.
-- Written in the common subset of H2 2.x and PostgreSQL 15.

alter table trade add column offer_id bigint references trade_message (id);
create unique index ux_trade_offer on trade (offer_id);
