-- issue 18: the consent register. One row per person per consent; a revoked consent keeps its row (history).
create table toestemming (
    id                       uuid        primary key,
    huishouden_id            uuid        not null references huishouden (id),
    persoon_id               uuid        not null references persoon (id),
    ontvanger_organisatie_id uuid        not null,
    ontvanger_rol            text,
    ontvanger_naam           text        not null,
    gegevens                 text[]      not null check (cardinality(gegevens) > 0),
    doel                     text        not null,
    vanaf                    date        not null,
    tot                      date,
    wijze                    text        not null,
    taal                     text,
    vastgelegd_door          uuid        not null,
    vastgelegd_op            timestamptz not null,
    controle_op              date,
    ingetrokken_op           timestamptz,
    ingetrokken_door         uuid,
    intrekking_reden         text,
    versie                   bigint      not null default 0,
    check (tot is null or tot >= vanaf)
);
-- the access decision: the household's consents for one recipient organisation
create index toestemming_huishouden on toestemming (huishouden_id, ontvanger_organisatie_id);
create index toestemming_persoon on toestemming (persoon_id);

-- an emergency override (acute danger): one medewerker sees all of one household until 'tot', with a reason
create table doorbraak (
    id            uuid        primary key,
    huishouden_id uuid        not null references huishouden (id),
    medewerker_id uuid        not null references medewerker (id),
    reden         text        not null check (length(reden) >= 10),
    vanaf         timestamptz not null,
    tot           timestamptz not null,
    check (tot > vanaf)
);
create index doorbraak_medewerker on doorbraak (medewerker_id, huishouden_id, tot desc);
create index doorbraak_vanaf on doorbraak (vanaf desc, id desc);
