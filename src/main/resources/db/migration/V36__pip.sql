-- The PIP (Plan Inburgering en Participatie) per person, versioned; goals keep their identity across versions.
create table pip (
    id               uuid primary key,
    huishouden_id    uuid not null,
    traject_id       uuid not null,
    persoon_id       uuid not null unique,
    regievoerder_id  uuid not null,
    eerste_taalles_op date,
    map_afgerond_op  date,
    pvt_afgerond_op  date,
    versie           bigint not null
);
create index pip_huishouden on pip (huishouden_id);

create table pip_versie (
    pip_id            uuid not null references pip (id) on delete cascade,
    nummer            int not null check (nummer > 0),
    status            text not null check (status in ('CONCEPT', 'VASTGESTELD')),
    leerroute         text,
    niveau            text,
    map_gepland       date,
    pvt_gepland       date,
    start_gepland     date,
    ontzorgen         boolean not null,
    intensiteit       text,
    vastgesteld_op    date,
    reden             text,
    toelichting       text,
    akkoord_op        date,
    akkoord_wijze     text,
    aangemaakt_door   uuid not null,
    aangemaakt_op     timestamptz not null,
    primary key (pip_id, nummer),
    check ((status = 'VASTGESTELD') = (vastgesteld_op is not null))
);
-- at most one draft per PIP
create unique index pip_versie_een_concept on pip_versie (pip_id) where status = 'CONCEPT';

-- a goal's identity (and where it stands now); what each version says of it is in pip_doel_versie
create table pip_doel (
    id       uuid primary key,
    pip_id   uuid not null references pip (id) on delete cascade,
    status   text not null,
    versie   bigint not null
);
create index pip_doel_pip on pip_doel (pip_id);

create table pip_doel_versie (
    doel_id          uuid not null references pip_doel (id) on delete cascade,
    pip_id           uuid not null,
    nummer           int not null,
    leefgebied       text not null,
    termijn          text not null,
    omschrijving     text not null,
    eigenaar         text not null,
    eigenaar_contact text,
    streefdatum      date,
    status           text not null,
    volgorde         int not null,
    primary key (doel_id, nummer),
    foreign key (pip_id, nummer) references pip_versie (pip_id, nummer) on delete cascade
);
create index pip_doel_versie_versie on pip_doel_versie (pip_id, nummer);

create table pip_voortgang (
    id             uuid primary key,
    doel_id        uuid not null references pip_doel (id) on delete cascade,
    huishouden_id  uuid not null,
    op             date not null,
    tekst          text not null,
    status         text,
    door           uuid not null,
    door_rol       text not null,
    vastgelegd_op  timestamptz not null
);
create index pip_voortgang_doel on pip_voortgang (doel_id, op desc);
create index pip_voortgang_huishouden on pip_voortgang (huishouden_id);

create table pip_gesprek (
    id             uuid primary key,
    pip_id         uuid not null references pip (id) on delete cascade,
    op             date not null,
    wie            text not null,
    uitkomst       text not null,
    door           uuid not null,
    vastgelegd_op  timestamptz not null
);
create index pip_gesprek_pip on pip_gesprek (pip_id, op desc);

create table pip_deling (
    id         uuid primary key,
    pip_id     uuid not null references pip (id) on delete cascade,
    nummer     int not null,
    partner    text not null,
    naam       text,
    op         date not null,
    door       uuid not null
);
create index pip_deling_pip on pip_deling (pip_id);
