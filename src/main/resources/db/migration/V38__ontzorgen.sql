-- Financieel ontzorgen by the budgetcoach (module ontzorgen): one row per household (its trajectory), the fixed costs
-- paid on its behalf, a status per month of the period, and the budget coaching sessions towards paying themselves.
-- One version (versie) for the whole: every change of a fixed cost, month or session bumps it.
create table ontzorgen (
    id              uuid primary key,
    huishouden_id   uuid        not null unique references huishouden (id),
    traject_id      uuid        not null unique references traject (id),
    gemeente_id     uuid        not null,
    start           date,
    maanden         int         not null check (maanden between 0 and 60),
    gepland_einde   date,
    gestopt_op      date,
    stop_reden      text check (stop_reden in ('WERK', 'STUDIE', 'VERHUISD', 'EIGEN_VERZOEK', 'ANDERS')),
    notitie         text,
    -- the day it ends: the actual end when stopped early, else the planned end; null while not started
    einde           date generated always as (coalesce(gestopt_op, gepland_einde)) stored,
    -- the worklist's sort key: the end, not started last
    volgorde        date generated always as (coalesce(gestopt_op, gepland_einde, date '9999-12-31')) stored,
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null,
    gewijzigd_door  uuid,
    gewijzigd_op    timestamptz,
    versie          bigint      not null default 1,
    check ((gestopt_op is null) = (stop_reden is null)),
    check (start is not null or gestopt_op is null),
    check (gestopt_op is null or gestopt_op >= start)
);
-- the budgetcoach's worklist: per gemeente by end date (keyset on volgorde, id)
create index ontzorgen_werklijst on ontzorgen (gemeente_id, volgorde, id);

create table ontzorgen_vaste_last (
    id            uuid primary key,
    ontzorgen_id  uuid          not null references ontzorgen (id),
    soort         text          not null check (soort in ('HUUR', 'ENERGIE', 'WATER', 'ZORGVERZEKERING', 'ANDERS')),
    begunstigde   text          not null,
    bedrag        numeric(7, 2) not null check (bedrag > 0 and bedrag < 10000),
    machtiging_op date          not null,
    tot           date check (tot is null or tot >= machtiging_op),
    volgorde      int           not null
);
create index ontzorgen_vaste_last_ontzorgen on ontzorgen_vaste_last (ontzorgen_id, volgorde);

create table ontzorgen_maand (
    ontzorgen_id   uuid        not null references ontzorgen (id),
    maand          date        not null check (extract(day from maand) = 1),
    status         text        not null check (status in ('BETAALD', 'ACHTERSTAND', 'NIET_VAN_TOEPASSING')),
    notitie        text,
    gewijzigd_door uuid        not null,
    gewijzigd_op   timestamptz not null,
    primary key (ontzorgen_id, maand)
);
-- the worklist counts months in arrears per row
create index ontzorgen_maand_achterstand on ontzorgen_maand (ontzorgen_id) where status = 'ACHTERSTAND';

create table ontzorgen_coachgesprek (
    id              uuid primary key,
    ontzorgen_id    uuid        not null references ontzorgen (id),
    datum           date        not null,
    status          text        not null check (status in ('GEPLAND', 'GEHOUDEN', 'AFGEZEGD')),
    onderwerp       text        not null,
    notitie         text,
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null
);
create index ontzorgen_coachgesprek_ontzorgen on ontzorgen_coachgesprek (ontzorgen_id, datum, id);
