-- Issue 19, point 7: the casuïstiekoverleg. A series per gemeente (optionally one uitvoerder) with a frequency in
-- weeks and standing participants; meetings on a date; the agenda as rows (a snapshot, with why each household is
-- on it); minutes per agenda item; agreements that become tasks with an owner and a due date.

create table overleg_reeks (
    id                uuid primary key,
    gemeente_id       uuid        not null references gemeente (id),
    uitvoerder_id     uuid references uitvoerder (id),
    naam              text        not null check (length(naam) between 1 and 200),
    frequentie_weken  int         not null check (frequentie_weken between 1 and 26),
    aangemaakt_door   uuid        not null references medewerker (id),
    aangemaakt_op     timestamptz not null,
    versie            bigint      not null default 1
);
create index overleg_reeks_gemeente on overleg_reeks (gemeente_id);

-- Standing participants: a medewerker in Wegwijs, or someone outside it by name and role ("Wmo-consulent").
create table overleg_deelnemer (
    reeks_id      uuid not null references overleg_reeks (id),
    volgorde      int  not null,
    medewerker_id uuid references medewerker (id),
    naam          text check (naam is null or length(naam) between 1 and 200),
    rol           text check (rol is null or length(rol) <= 200),
    primary key (reeks_id, volgorde),
    check ((medewerker_id is null) <> (naam is null))
);

create table overleg (
    id                 uuid primary key,
    reeks_id           uuid        not null references overleg_reeks (id),
    datum              date        not null,
    agenda_gemaakt_op  timestamptz,
    aangemaakt_door    uuid        not null references medewerker (id),
    aangemaakt_op      timestamptz not null,
    versie             bigint      not null default 1
);
create index overleg_reeks_datum on overleg (reeks_id, datum);

-- One row per household on a meeting's agenda: why (SIGNAAL, TE_LAAT, INGEBRACHT; a snapshot at generation), the
-- question of whoever put it forward, its place, and the minutes (besproken: free text, category NOTITIES).
create table overleg_punt (
    id               uuid primary key,
    overleg_id       uuid        not null references overleg (id),
    huishouden_id    uuid        not null references huishouden (id),
    redenen          text[]      not null check (redenen <@ array['SIGNAAL', 'TE_LAAT', 'INGEBRACHT']::text[]
                                                 and cardinality(redenen) > 0),
    vraag            text check (vraag is null or length(vraag) <= 2000),
    ingebracht_door  uuid references medewerker (id),
    volgorde         int         not null,
    besproken        text check (besproken is null or length(besproken) <= 10000),
    gewijzigd_door   uuid references medewerker (id),
    gewijzigd_op     timestamptz,
    versie           bigint      not null default 1,
    unique (overleg_id, huishouden_id)
);
create index overleg_punt_huishouden on overleg_punt (huishouden_id);

-- An agreement made in the meeting about a household: a task for a medewerker or someone outside Wegwijs.
create table overleg_afspraak (
    id                   uuid primary key,
    punt_id              uuid        not null references overleg_punt (id),
    overleg_id           uuid        not null references overleg (id),
    huishouden_id        uuid        not null references huishouden (id),
    omschrijving         text        not null check (length(omschrijving) between 1 and 1000),
    eigenaar_medewerker  uuid references medewerker (id),
    eigenaar_naam        text check (eigenaar_naam is null or length(eigenaar_naam) between 1 and 200),
    uiterlijk            date        not null,
    status               text        not null default 'OPEN' check (status in ('OPEN', 'GEDAAN')),
    gedaan_op            date,
    aangemaakt_door      uuid        not null references medewerker (id),
    aangemaakt_op        timestamptz not null,
    versie               bigint      not null default 1,
    check ((eigenaar_medewerker is null) <> (eigenaar_naam is null))
);
create index overleg_afspraak_punt on overleg_afspraak (punt_id);
create index overleg_afspraak_eigenaar on overleg_afspraak (eigenaar_medewerker, uiterlijk) where status = 'OPEN';
create index overleg_afspraak_huishouden on overleg_afspraak (huishouden_id) where status = 'OPEN';
