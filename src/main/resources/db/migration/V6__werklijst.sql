-- werklijst: read model of what is due for whom, one row per trajectory, kept current in the writer's transaction.
create table werklijst_regel (
    traject_id             uuid primary key,
    huishouden_id          uuid   not null unique,
    gemeente_id            uuid   not null,
    uitvoerder_id          uuid   not null,
    team_id                uuid,
    status                 text   not null,
    fase_code              text,
    fase_naam              text,
    naam                   text   not null,
    zoeknaam               text   not null,
    aantal_personen        int    not null,
    -- currently assigned medewerkers (any role) and their display names
    medewerkers            uuid[] not null default '{}',
    medewerker_namen       text   not null default '',
    -- due dates of all open deadlines; overdue = those before today, computed at query time
    open_termijnen         date[] not null default '{}',
    eerstvolgende_termijn  date,
    eerstvolgende_soort    text,
    -- sort key: the earliest open deadline, or far future when none
    urgentie               date   not null
);
create index werklijst_uitvoerder on werklijst_regel (uitvoerder_id, urgentie, traject_id);
create index werklijst_team on werklijst_regel (team_id, urgentie, traject_id);
create index werklijst_gemeente on werklijst_regel (gemeente_id, urgentie, traject_id);
create index werklijst_medewerkers on werklijst_regel using gin (medewerkers);
create index werklijst_zoeknaam on werklijst_regel using gin (zoeknaam gin_trgm_ops);
