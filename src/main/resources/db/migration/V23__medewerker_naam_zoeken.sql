-- The processing log shows who acted by display name; the beheerder filters it by (part of) that name, case-insensitive.
-- A trigram index serves "naam ilike '%deel%'" also among many thousands of medewerkers (national scale).
create index medewerker_naam_alle_trgm on medewerker using gin (naam gin_trgm_ops) with (fastupdate = off);
