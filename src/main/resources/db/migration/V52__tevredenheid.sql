-- Client satisfaction (module tevredenheid): one short questionnaire per household and moment (after the first year,
-- or at the end when guidance is shorter). Answers on a five-point smiley scale (1 = not at all .. 5 = fully; null =
-- not answered). Reported in aggregate only: no page shows one household's answers.
create table tevredenheid (
    id              uuid primary key,
    huishouden_id   uuid        not null references huishouden (id),
    traject_id      uuid        not null references traject (id),
    gemeente_id     uuid        not null,
    uitvoerder_id   uuid        not null,
    moment          text        not null check (moment in ('EERSTE_JAAR', 'EINDE')),
    afgenomen_op    date        not null,
    wijze           text        not null check (wijze in ('SAMEN', 'ZELF')),
    v1              smallint check (v1 between 1 and 5),
    v2              smallint check (v2 between 1 and 5),
    v3              smallint check (v3 between 1 and 5),
    v4              smallint check (v4 between 1 and 5),
    v5              smallint check (v5 between 1 and 5),
    v6              smallint check (v6 between 1 and 5),
    opmerking       text check (char_length(opmerking) <= 1000),
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null,
    versie          bigint      not null default 1,
    unique (huishouden_id, moment)
);
-- the aggregate report: per gemeente or uitvoerder over a period
create index tevredenheid_gemeente on tevredenheid (gemeente_id, afgenomen_op);
create index tevredenheid_uitvoerder on tevredenheid (uitvoerder_id, afgenomen_op);
