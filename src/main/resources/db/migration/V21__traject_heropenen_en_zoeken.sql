-- Issue 17, point 6: closing and reopening keep their reason in the status history (who, when, why), so nothing of
-- a closing is lost when the trajectory is reopened.
alter table traject_status add column einde_reden text;
alter table traject_status add column toelichting text;

-- Issue 17, point 7: the teamleider searches the staff of their uitvoerder by name (a few letters anywhere in the
-- name); a trigram index keeps that fast with thousands of medewerkers per uitvoerder.
create index medewerker_naam_trgm on medewerker using gin (lower(naam) gin_trgm_ops) where actief;
