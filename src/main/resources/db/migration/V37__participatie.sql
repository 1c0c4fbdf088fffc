-- participatie: the Piëzo phase of a person over time (periods; more than one current = a dual route) and the
-- person's participation placements (volunteer work, internship, work-experience place) with host, hours and end.
create table piezo_fase (
    id              uuid primary key,
    huishouden_id   uuid        not null,
    persoon_id      uuid        not null,
    fase            smallint    not null check (fase between 0 and 4),
    van             date        not null,
    tot             date,
    notitie         text,
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null,
    gewijzigd_door  uuid,
    gewijzigd_op    timestamptz,
    versie          bigint      not null default 1,
    constraint piezo_fase_periode check (tot is null or tot >= van)
);
create index piezo_fase_huishouden on piezo_fase (huishouden_id, persoon_id, van);

create table plaatsing (
    id                   uuid primary key,
    huishouden_id        uuid        not null,
    persoon_id           uuid        not null,
    soort                text        not null,
    organisatie          text        not null,
    contactpersoon       text,
    uren_per_week        smallint    not null check (uren_per_week between 1 and 40),
    start                date        not null,
    gepland_einde        date,
    einde                date,
    einde_reden          text,
    einde_toelichting    text,
    taalniveau           text,
    taalniveau_akkoord   boolean     not null default false,
    werk_aangepast       boolean     not null default false,
    notitie              text,
    vastgelegd_door      uuid        not null,
    vastgelegd_op        timestamptz not null,
    gewijzigd_door       uuid,
    gewijzigd_op         timestamptz,
    versie               bigint      not null default 1,
    constraint plaatsing_gepland check (gepland_einde is null or gepland_einde >= start),
    constraint plaatsing_einde check ((einde is null and einde_reden is null)
        or (einde is not null and einde >= start and einde_reden is not null)),
    constraint plaatsing_taalniveau check (taalniveau is null or taalniveau_akkoord)
);
create index plaatsing_huishouden on plaatsing (huishouden_id, persoon_id, start);
