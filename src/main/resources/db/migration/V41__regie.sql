-- regie: the regievoerder's overview of their gemeente, a read model owned by module regie and kept current in the
-- writer's transaction by the events of trajectory, household, intake, PIP, ontzorgen and signals.

-- One row per trajectory (household): what the overview counts per household (stage, open signals, ontzorgen).
create table regie_huishouden (
    traject_id         uuid primary key,
    huishouden_id      uuid    not null unique,
    gemeente_id        uuid    not null,
    uitvoerder_id      uuid    not null,
    status             text    not null,
    fase_code          text,
    fase_naam          text,
    -- the trajectory is open and moved past the first phase of its contract (guidance phase 1 ended)
    fase1_voorbij      boolean not null default false,
    naam               text    not null,
    aangemeld_op       date    not null,
    signalen_open      int     not null default 0,
    ontzorgen_start    date,
    ontzorgen_einde    date,
    overgang_geregeld  boolean not null default false
);
-- households by stage, and every household list of a stage in the order of registration
create index regie_huishouden_stadium on regie_huishouden (gemeente_id, status, fase_code, aangemeld_op, traject_id);
-- households with an open signal in an open trajectory
create index regie_huishouden_signalen on regie_huishouden (gemeente_id, aangemeld_op, traject_id)
    where signalen_open > 0 and status in ('AANGEMELD', 'INTAKE', 'ACTIEF', 'VERLENGD');
-- ontzorgen ending soon
create index regie_huishouden_ontzorgen on regie_huishouden (gemeente_id, ontzorgen_einde, traject_id)
    where ontzorgen_einde is not null;

-- One row per person of a household under a trajectory: BRP date and the steps of inburgering the overview times.
create table regie_persoon (
    persoon_id            uuid primary key,
    traject_id            uuid    not null references regie_huishouden (traject_id) on delete cascade,
    huishouden_id         uuid    not null,
    gemeente_id           uuid    not null,
    uitvoerder_id         uuid    not null,
    inburgeringsplichtig  boolean not null,
    -- the trajectory is not closed (aangemeld, intake, actief, verlengd)
    open                  boolean not null,
    fase1_voorbij         boolean not null default false,
    -- the person's inburgering ended (afgerond, ontheffing, vrijstelling) as recorded on the trajectory
    inburgering_klaar     boolean not null default false,
    brp_datum             date,
    -- the PIP deadline the trajectory computes (BRP + the regime's pipWeken) and the day the PIP was set
    pip_uiterlijk         date,
    pip_op                date,
    intake_op             date,
    eerste_taalles_op     date
);
create index regie_persoon_traject on regie_persoon (traject_id);
-- PIP due and overdue: open, inburgeringsplichtig, not yet set, by deadline
create index regie_persoon_pip_open on regie_persoon (gemeente_id, pip_uiterlijk, persoon_id)
    where pip_op is null and open and inburgeringsplichtig and pip_uiterlijk is not null;
-- everything counted by BRP date (times, PIP on time or late, taakstelling)
create index regie_persoon_brp on regie_persoon (gemeente_id, brp_datum, persoon_id);
-- the timely-start gap: phase 1 over, no first language lesson yet, inburgering not ended
create index regie_persoon_startgat on regie_persoon (gemeente_id, brp_datum, persoon_id)
    where open and fase1_voorbij and inburgeringsplichtig and eerste_taalles_op is null and not inburgering_klaar;
