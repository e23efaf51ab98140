-- CR-7: the same-goods look-up also bounds the trade's creation time, so the index carries
-- it and a rater who bought the same goods from the same member many times costs one
-- index range instead of a scan of all those evaluations.
drop index ix_evaluation_same_goods;
create index ix_evaluation_same_goods on evaluation (rater_id, rated_id, listing_id, rating,
    trade_created_at);

-- CR-5: the closing job walks the due windows in (end time, trade) order, 500 at a time.
-- With the trade in the index the open windows come out in that order, so a step reads its
-- 500 rows instead of sorting every open window that ends at the same moment again.
drop index ix_window_due;
create index ix_window_due on evaluation_window (closed, closes_at, trade_id);
