-- CR-11: a trade keeps the price its listing had when the trade opened, so that the
-- under-price check is not fooled by a listing price changed afterwards. Trades that
-- exist already take their listing's price as it is now, the best that is known.
alter table trade add column list_price numeric(14,2);
update trade set list_price = (select l.price from listing l where l.id = trade.listing_id)
  where list_price is null;
