-- issue 18: a signal a guide addresses to the gemeente's regievoerder shares the household's data with the gemeente;
-- the guide records on what basis: the statushouder consented to sharing it, or there is acute danger. Required for
-- new signals from the guidance side to the regievoerder (checked by the application); older signals have none.
alter table signaal add column deling text check (deling in ('TOESTEMMING', 'ACUUT_GEVAAR'));
