-- The processing log's index on (tijdstip desc, id desc) is the primary key (tijdstip, id) read backwards: PostgreSQL
-- scans a B-tree in either direction, so "newest first" (the log's views, keyset included) uses the key itself
-- (per monthly partition, merged in order). Every log row paid one index insert more, and its write-ahead log, for
-- nothing (issue 21: the log's insert is the largest statement of a list page).
drop index if exists verwerking_tijdstip;
