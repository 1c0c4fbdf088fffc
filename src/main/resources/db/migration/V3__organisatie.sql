-- organisatie: gemeenten, uitvoerders and their teams, contracts, versioned regimes, medewerkers.
create table gemeente (
    id       uuid primary key,
    naam     text   not null,
    cbs_code text   not null unique check (cbs_code ~ '^GM[0-9]{4}$'),
    versie   bigint not null default 0
);

create table taakstelling (
    gemeente_id uuid     not null references gemeente (id),
    jaar        int      not null check (jaar between 2000 and 2100),
    halfjaar    smallint not null check (halfjaar in (1, 2)),
    aantal      int      not null check (aantal >= 0),
    primary key (gemeente_id, jaar, halfjaar)
);

-- What law and gemeente fix, versioned: the version in force on a person's BRP date applies.
create table gemeente_regime (
    id                          uuid primary key,
    gemeente_id                 uuid not null references gemeente (id),
    geldig_vanaf                date not null,
    pip_weken                   int  not null check (pip_weken between 1 and 104),
    ontzorgen_maanden           int  not null check (ontzorgen_maanden between 0 and 60),
    inburgeringstermijn_maanden int  not null check (inburgeringstermijn_maanden between 1 and 120),
    unique (gemeente_id, geldig_vanaf)
);

create table uitvoerder (
    id          uuid primary key,
    naam        text   not null,
    -- set when the gemeente does the guidance itself (Tholen, Heerenveen)
    gemeente_id uuid references gemeente (id),
    versie      bigint not null default 0
);

create table team (
    id            uuid primary key,
    uitvoerder_id uuid not null references uitvoerder (id),
    naam          text not null,
    unique (uitvoerder_id, naam)
);

create table contract (
    id            uuid primary key,
    gemeente_id   uuid   not null references gemeente (id),
    uitvoerder_id uuid   not null references uitvoerder (id),
    -- the household date that selects the applicable version (Haarlem: HUISVESTING)
    peildatum     text   not null,
    ingang        date   not null,
    einde         date,
    versie        bigint not null default 0,
    check (einde is null or einde >= ingang)
);
create index contract_gemeente on contract (gemeente_id);
create index contract_uitvoerder on contract (uitvoerder_id);

-- What guidance looks like under a contract, versioned.
create table contract_voorwaarden (
    id                        uuid primary key,
    contract_id               uuid  not null references contract (id),
    geldig_vanaf              date  not null,
    begeleiding_maanden       int check (begeleiding_maanden between 1 and 120), -- null: geen formeel einde
    tel_vanaf                 text  not null,
    starttrigger              text  not null,
    start_na_weken            int   not null default 0 check (start_na_weken between 0 and 52),
    verlenging_max_maanden    int   not null default 0 check (verlenging_max_maanden between 0 and 60),
    verlenging_voorwaarde     text,
    verlenging_besluit_door   text,
    afsluiting_voorloop_weken int   not null default 6 check (afsluiting_voorloop_weken between 0 and 52),
    fasen                     jsonb not null,
    unique (contract_id, geldig_vanaf)
);

create table medewerker (
    id                uuid primary key,
    gebruikersnaam    text    not null unique,
    wachtwoord_hash   text    not null,
    naam              text    not null,
    rol               text    not null check (rol in ('BEHEERDER', 'REGIEVOERDER', 'BUDGETCOACH', 'WIJKTEAM', 'BELEID',
                                                     'TEAMLEIDER', 'BEGELEIDER', 'VRIJWILLIGER')),
    gemeente_id       uuid references gemeente (id),
    uitvoerder_id     uuid references uitvoerder (id),
    fte               numeric(3, 2) check (fte is null or fte between 0 and 1.5),
    actief            boolean not null default true,
    versie            bigint  not null default 0,
    check ((gemeente_id is null) <> (uitvoerder_id is null))
);
create index medewerker_uitvoerder on medewerker (uitvoerder_id, rol, naam);
create index medewerker_gemeente on medewerker (gemeente_id, rol, naam);

create table medewerker_team (
    medewerker_id uuid not null references medewerker (id),
    team_id       uuid not null references team (id),
    primary key (medewerker_id, team_id)
);
create index medewerker_team_team on medewerker_team (team_id);
