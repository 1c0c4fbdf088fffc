-- GIN indexes normally collect new entries in a "pending list" that every lookup scans in full until VACUUM (or the
-- list reaching gin_pending_list_limit) merges it. werklijst_regel is rewritten by every event of daily guidance, so
-- its list never stays short: a vrijwilliger's worklist (medewerkers @> array[...]) and every search by name then scan
-- thousands of pending entries. Measured at national scale: 60,000 pending entries, one lookup per begeleider taking
-- seconds. Without the list each update pays the index insert at once, and lookups stay index lookups.
alter index werklijst_medewerkers set (fastupdate = off);
alter index werklijst_zoeknaam set (fastupdate = off);
alter index huishouden_zoeknaam set (fastupdate = off);
select gin_clean_pending_list('werklijst_medewerkers'::regclass);
select gin_clean_pending_list('werklijst_zoeknaam'::regclass);
select gin_clean_pending_list('huishouden_zoeknaam'::regclass);
