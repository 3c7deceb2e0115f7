CREATE INDEX demo_item_observed_at ON demo_item (observed_at);
