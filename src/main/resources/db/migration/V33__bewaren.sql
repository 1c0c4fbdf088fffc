-- issue 18, point 7: retention and erasure, and the file following a person to another gemeente.

-- How long a household's personal data is kept after its trajectory ended, per gemeente (the controller decides).
alter table gemeente add column bewaartermijn_maanden int not null default 24
    check (bewaartermijn_maanden between 1 and 600);

-- A run of the retention job for one gemeente: first what it would anonymise (a dry run), later carried out as it
-- stands. Only ids, dates and counts, never names.
create table bewaar_run (
    id              uuid        primary key,
    gemeente_id     uuid        not null references gemeente (id),
    peildatum       date        not null,
    termijn_maanden int         not null,
    gemaakt_op      timestamptz not null,
    -- null: the scheduled job
    gemaakt_door    uuid,
    uitgevoerd_op   timestamptz,
    uitgevoerd_door uuid,
    aantal          int         not null,
    geanonimiseerd  int,
    overgeslagen    int
);
create index bewaar_run_gemeente on bewaar_run (gemeente_id, gemaakt_op desc);

-- The households of a run, with what they were when the run was made: carried out only when still so.
create table bewaar_run_huishouden (
    run_id          uuid   not null references bewaar_run (id),
    huishouden_id   uuid   not null,
    traject_id      uuid   not null,
    traject_status  text   not null,
    einde_datum     date   not null,
    traject_versie  bigint not null,
    aantal_personen int    not null,
    -- null until carried out: GEANONIMISEERD, or OVERGESLAGEN (changed since, e.g. reopened)
    uitkomst        text   check (uitkomst in ('GEANONIMISEERD', 'OVERGESLAGEN')),
    primary key (run_id, huishouden_id)
);

-- Households whose personal data is gone: never again in a run, never anonymised twice.
create table bewaar_geanonimiseerd (
    huishouden_id uuid        primary key,
    run_id        uuid        not null references bewaar_run (id),
    op            timestamptz not null
);

-- A household file brought over from another gemeente (with the persons' consent): what the previous gemeente
-- recorded, shown read-only under the new trajectory.
create table verhuis_import (
    id              uuid        primary key,
    huishouden_id   uuid        not null,
    traject_id      uuid        not null,
    van_gemeente    text        not null,
    van_cbs_code    text        not null,
    formaat_versie  int         not null,
    gemaakt_op      timestamptz not null,
    geimporteerd_op timestamptz not null,
    geimporteerd_door uuid      not null,
    -- the previous file's history as exported (trajectory summary, checklist, agreements), read-only
    inhoud          jsonb       not null
);
create index verhuis_import_huishouden on verhuis_import (huishouden_id);
