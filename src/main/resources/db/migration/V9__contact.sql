-- contact: contactmomenten with a household, group sessions with attendance per person, the contact norm per contract.
-- Hours are derived: each staff member present gets a contact's duration once; a session's organiser gets its
-- duration once.

create table contactmoment (
    id              uuid primary key,
    huishouden_id   uuid        not null,
    datum           date        not null,
    minuten         int         not null check (minuten between 1 and 720),
    soort           text        not null check (soort in ('HUISBEZOEK', 'KANTOOR', 'SPREEKUUR', 'TELEFONISCH',
                                                          'BEELDBELLEN', 'MEEGAAN', 'REGELDAG')),
    -- the household members who were there (persons of this household)
    personen        uuid[]      not null check (cardinality(personen) > 0),
    tolk            text        not null check (tolk in ('GEEN', 'PROFESSIONEEL', 'INFORMEEL')),
    tolk_taal       text,
    themas          text[]      not null default '{}'
        check (themas <@ array['WONEN', 'FINANCIEN_ADMINISTRATIE', 'GEZONDHEID', 'INBURGERING', 'GEZIN_FAMILIE',
                               'SOCIAAL_NETWERK', 'PARTICIPATIE']::text[]),
    afspraken       text,
    -- free text, kept apart from the structured fields: what a gemeente user sees of it will depend on consent
    notitie         text,
    volgend_contact date,
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null,
    gewijzigd_door  uuid,
    gewijzigd_op    timestamptz,
    verwijderd_door uuid,
    verwijderd_op   timestamptz,
    versie          bigint      not null default 1,
    check (tolk = 'GEEN' or tolk_taal is not null)
);
-- a household's contacts, newest first (list, last contact)
create index contactmoment_huishouden on contactmoment (huishouden_id, datum desc, id desc)
    where verwijderd_op is null;
-- the next planned contact of a household
create index contactmoment_volgend on contactmoment (huishouden_id, volgend_contact)
    where verwijderd_op is null and volgend_contact is not null;

-- The staff present at a contact; each gets its duration once. Date, duration and household are copied from the
-- contact so that hours per guide and per household are index-only aggregates. Rows of a deleted contact go.
create table contactmoment_medewerker (
    contactmoment_id uuid not null references contactmoment (id),
    medewerker_id    uuid not null,
    huishouden_id    uuid not null,
    datum            date not null,
    minuten          int  not null,
    primary key (contactmoment_id, medewerker_id)
);
create index contactmoment_medewerker_uren on contactmoment_medewerker (medewerker_id, datum) include (minuten);
create index contactmoment_medewerker_huishouden on contactmoment_medewerker (huishouden_id, datum)
    include (minuten);

create table groepsbijeenkomst (
    id              uuid primary key,
    titel           text        not null,
    soort           text        not null check (soort in ('GROEPSVOORLICHTING', 'THEMABIJEENKOMST', 'BUDGETCURSUS',
                                                          'CURSUS_EIGEN_TAAL', 'ANDERS')),
    thema           text        not null check (thema in ('WONEN', 'FINANCIEN_ADMINISTRATIE', 'GEZONDHEID',
                                                          'INBURGERING', 'GEZIN_FAMILIE', 'SOCIAAL_NETWERK',
                                                          'PARTICIPATIE')),
    datum           date        not null,
    minuten         int         not null check (minuten between 1 and 720),
    locatie         text,
    taal            text,
    organisator_id  uuid        not null,
    uitvoerder_id   uuid        not null,
    gemeente_id     uuid,
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null,
    gewijzigd_door  uuid,
    gewijzigd_op    timestamptz,
    versie          bigint      not null default 1
);
create index groepsbijeenkomst_uitvoerder on groepsbijeenkomst (uitvoerder_id, datum desc, id desc);
create index groepsbijeenkomst_gemeente on groepsbijeenkomst (gemeente_id, datum desc, id desc)
    where gemeente_id is not null;
create index groepsbijeenkomst_organisator on groepsbijeenkomst (organisator_id, datum) include (minuten);

-- Attendance per person. It counts as a contact of the person's household: the session's date and duration are
-- copied here (and kept in step when the session changes), so a household's contacts are one index scan.
create table groepsdeelname (
    groepsbijeenkomst_id uuid        not null references groepsbijeenkomst (id),
    persoon_id           uuid        not null,
    huishouden_id        uuid        not null,
    datum                date        not null,
    minuten              int         not null,
    toegevoegd_door      uuid        not null,
    toegevoegd_op        timestamptz not null,
    primary key (groepsbijeenkomst_id, persoon_id)
);
create index groepsdeelname_huishouden on groepsdeelname (huishouden_id, datum desc, groepsbijeenkomst_id desc);

-- How often a household must be seen under a contract: at most this many weeks between contacts (default 4).
create table contact_norm (
    contract_id    uuid primary key,
    weken          int         not null check (weken between 1 and 52),
    gewijzigd_door uuid        not null,
    gewijzigd_op   timestamptz not null,
    versie         bigint      not null default 1
);
