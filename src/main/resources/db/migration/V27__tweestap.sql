-- Two-factor login (TOTP) for medewerkers, and per organisation whether it is required.

-- An enrolled medewerker: the TOTP secret encrypted with the key wegwijs.totp.sleutel (AES-GCM), and the last
-- time step whose code was accepted, so a code cannot be used twice within its window.
create table medewerker_tweestap (
    medewerker_id uuid primary key references medewerker (id),
    geheim        text        not null,
    ingesteld_op  timestamptz not null,
    laatste_stap  bigint      not null
);

-- An organisation (gemeente or uitvoerder) that requires two-factor login of all its medewerkers.
create table tweestap_verplicht (
    organisatie_id uuid primary key,
    sinds          timestamptz not null,
    door           uuid        not null references medewerker (id)
);

-- What happened to a medewerker's two-factor login: enrolled, reset by a beheerder, organisation rule changed.
create table tweestap_gebeurtenis (
    id            uuid primary key,
    tijdstip      timestamptz not null,
    soort         text        not null check (soort in ('INGESTELD', 'HERSTELD', 'VERPLICHT', 'NIET_VERPLICHT')),
    medewerker_id uuid references medewerker (id),
    organisatie_id uuid,
    door          uuid        not null references medewerker (id)
);
create index tweestap_gebeurtenis_medewerker on tweestap_gebeurtenis (medewerker_id, tijdstip desc);
