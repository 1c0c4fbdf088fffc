-- traject: one guidance trajectory per household under a contract, its phases, assignments, extensions.
create table traject (
    id                uuid primary key,
    huishouden_id     uuid   not null unique,
    contract_id       uuid   not null,
    gemeente_id       uuid   not null,
    uitvoerder_id     uuid   not null,
    team_id           uuid,
    status            text   not null check (status in ('AANGEMELD', 'INTAKE', 'ACTIEF', 'VERLENGD', 'AFGEROND',
                                                        'OVERGEDRAGEN', 'BEEINDIGD')),
    aangemeld_op      date   not null,
    aangemeld_door    uuid   not null,
    praktische_start  date,
    fase_code         text,
    fase_start        date,
    einde_datum       date,
    einde_reden       text,
    einde_toelichting text,
    versie            bigint not null default 0
);
create index traject_uitvoerder on traject (uitvoerder_id);
create index traject_team on traject (team_id);
create index traject_gemeente on traject (gemeente_id);

-- history of the contract a trajectory ran under (a gemeente changing uitvoerder moves running trajectories)
create table traject_contract (
    traject_id  uuid not null references traject (id),
    contract_id uuid not null,
    vanaf       date not null,
    tot         date,
    primary key (traject_id, vanaf, contract_id)
);

create table traject_fase (
    traject_id uuid not null references traject (id),
    fase_code  text not null,
    vanaf      date not null,
    tot        date,
    primary key (traject_id, vanaf, fase_code)
);

create table traject_status (
    traject_id    uuid        not null references traject (id),
    status        text        not null,
    per           date        not null,
    medewerker_id uuid        not null,
    vastgelegd_op timestamptz not null,
    primary key (traject_id, vastgelegd_op, status)
);

create table toewijzing (
    id            uuid primary key,
    traject_id    uuid not null references traject (id),
    medewerker_id uuid not null,
    rol           text not null check (rol in ('FASE1', 'BEGELEIDER', 'VRIJWILLIGER')),
    vanaf         date not null,
    tot           date,
    check (tot is null or tot >= vanaf)
);
create index toewijzing_traject on toewijzing (traject_id, vanaf);
create index toewijzing_medewerker on toewijzing (medewerker_id, traject_id);

create table verlenging (
    id          uuid primary key,
    traject_id  uuid not null references traject (id),
    maanden     int  not null check (maanden between 1 and 60),
    besluit_op  date not null,
    besloten_door text not null,
    reden       text not null
);
create index verlenging_traject on verlenging (traject_id);
create index toewijzing_vanaf on toewijzing (vanaf);
create index toewijzing_tot on toewijzing (tot) where tot is not null;
