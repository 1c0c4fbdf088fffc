-- The processing log shows who acted by display name; the beheerder filters it by (part of) that name, case-insensitive,
-- and the teamleider's guide picker searches their staff the same way. One trigram index serves "naam ilike '%deel%'"
-- for both, also among many thousands of medewerkers (national scale).
create index medewerker_naam_trgm on medewerker using gin (naam gin_trgm_ops) with (fastupdate = off);
