-- The teamleider's inbox: registrations of an uitvoerder still to accept, or accepted with nobody assigned yet. Small
-- per uitvoerder, so a partial index on the uitvoerder finds them without reading the whole caseload.
create index werklijst_inbox on werklijst_regel (uitvoerder_id)
    where status = 'AANGEMELD' or (status in ('INTAKE', 'ACTIEF', 'VERLENGD') and medewerkers = '{}');
