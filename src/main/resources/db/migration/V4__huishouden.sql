-- huishouden: households and the persons in them, each with their own legal dates.
create extension if not exists pg_trgm;

create table huishouden (
    id                uuid primary key,
    gemeente_id       uuid        not null,
    straat            text,
    huisnummer        text,
    postcode          text,
    woonplaats        text,
    koppeling_datum   date,
    huisvesting_datum date,
    regeldag          date,
    verhuis_datum     date,
    herkomst_locatie  text,
    -- the names of all persons, lower-cased, maintained by HuishoudenService for search
    zoeknaam          text        not null default '',
    aangemaakt_op     timestamptz not null,
    versie            bigint      not null default 0
);
create index huishouden_gemeente on huishouden (gemeente_id, id);
create index huishouden_zoeknaam on huishouden using gin (zoeknaam gin_trgm_ops);

create table persoon (
    id                 uuid primary key,
    huishouden_id      uuid    not null references huishouden (id),
    rol                text    not null check (rol in ('HOOFDPERSOON', 'PARTNER', 'KIND', 'NAREIZIGER')),
    voornaam           text    not null,
    achternaam         text    not null,
    geboortedatum      date    not null,
    geslacht           text    not null check (geslacht in ('VROUW', 'MAN', 'X')),
    land_van_herkomst  text    not null,
    talen              text[]  not null default '{}',
    tolk_nodig         boolean not null default false,
    tolk_taal          text,
    geletterdheid      text    not null default 'ONBEKEND',
    v_nummer           text,
    bsn                text check (bsn is null or bsn ~ '^[0-9]{9}$'),
    vergunning_datum   date,
    brp_datum          date,
    status             text    not null,
    volgorde           int     not null,
    versie             bigint  not null default 0
);
create index persoon_huishouden on persoon (huishouden_id, volgorde);
create unique index persoon_bsn on persoon (bsn) where bsn is not null;
