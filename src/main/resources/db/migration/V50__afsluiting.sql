-- afsluiting: closing guidance and the warm handover (issue 22, items 6 and 7).

-- Per contract: the closing lead time when the regime has none, and the handover practice (defaults when absent).
create table afsluiting_instelling (
    contract_id                 uuid primary key,
    voorloop_weken              integer not null default 8 check (voorloop_weken between 1 and 52),
    driegesprek_bij_hulpvraag   boolean not null default true,
    vroeg_bezoek_wijkteam       boolean not null default false,
    dienstenlijst_zonder_hulpvraag boolean not null default true,
    schriftelijk_aan_regie      boolean not null default false,
    versie                      bigint  not null
);

-- The eindgesprek with the person: when, who was there, what was said, and their own view.
create table eindgesprek (
    id                 uuid primary key,
    huishouden_id      uuid        not null,
    traject_id         uuid        not null,
    gehouden_op        date        not null,
    aanwezig           text        not null check (length(aanwezig) between 1 and 300),
    samenvatting       text        not null check (length(samenvatting) between 1 and 2000),
    eigen_kijk         text        not null check (length(eigen_kijk) between 1 and 2000),
    vastgelegd_door    uuid        not null,
    vastgelegd_door_naam text      not null,
    vastgelegd_op      timestamptz not null,
    versie             bigint      not null
);
create index eindgesprek_per_traject on eindgesprek (traject_id, gehouden_op desc);

-- The decisions of the closing (end, extend, hand over), kept as history.
create table afsluitbesluit (
    id                 uuid primary key,
    huishouden_id      uuid        not null,
    traject_id         uuid        not null,
    soort              text        not null check (soort in ('BEEINDIGEN', 'VERLENGEN', 'OVERDRAGEN')),
    einde_reden        text,
    maanden            integer     check (maanden between 1 and 36),
    reden              text,
    verzoek_persoon    text,
    verzoek_op         date,
    dienstenlijst      boolean     not null default false,
    besloten_door      uuid        not null,
    besloten_door_naam text        not null,
    besloten_op        timestamptz not null,
    constraint afsluitbesluit_velden check (
        (soort = 'BEEINDIGEN' and einde_reden is not null and einde_reden <> 'WARME_OVERDRACHT')
        or (soort = 'VERLENGEN' and maanden is not null and reden is not null and verzoek_persoon is not null
            and verzoek_op is not null)
        or soort = 'OVERDRAGEN')
);
create index afsluitbesluit_per_traject on afsluitbesluit (traject_id, besloten_op desc);

-- The warm handover: a summary generated from recorded data (samenvatting, JSON), the guide's short additions per
-- block (aanvullingen, JSON), shared only with a consent (the consents it rests on and the categories they allow are
-- kept), planned as a driegesprek, accepted by the receiving wijkteam.
create table overdracht (
    id                        uuid primary key,
    huishouden_id             uuid        not null,
    traject_id                uuid        not null,
    gemeente_id               uuid        not null,
    ontvanger_organisatie_id  uuid        not null,
    ontvanger_naam            text        not null,
    status                    text        not null check (status in ('CONCEPT', 'GEDEELD', 'DRIEGESPREK_GEPLAND',
                                                                   'GEACCEPTEERD', 'TERUGGETROKKEN')),
    hulpvraag                 boolean     not null,
    driegesprek_vereist       boolean     not null,
    samenvatting              jsonb       not null,
    aanvullingen              jsonb       not null default '{}',
    gedeelde_blokken          text[]      not null default '{}',
    toestemmingen             uuid[]      not null default '{}',
    driegesprek_op            date,
    driegesprek_deelnemers    text,
    aangemaakt_door           uuid        not null,
    aangemaakt_door_naam      text        not null,
    aangemaakt_op             timestamptz not null,
    gedeeld_door              uuid,
    gedeeld_op                timestamptz,
    geaccepteerd_door         uuid,
    geaccepteerd_door_naam    text,
    geaccepteerd_op           timestamptz,
    teruggetrokken_op         timestamptz,
    terugtrekking_reden       text,
    versie                    bigint      not null,
    -- shared only on a recorded consent: a handover past its concept names the consents it rests on
    constraint overdracht_gedeeld_met_toestemming check (
        status in ('CONCEPT', 'TERUGGETROKKEN')
        or (gedeeld_op is not null and gedeeld_door is not null and cardinality(toestemmingen) > 0)),
    constraint overdracht_driegesprek check (
        status <> 'DRIEGESPREK_GEPLAND' or (driegesprek_op is not null and driegesprek_deelnemers is not null)),
    constraint overdracht_geaccepteerd check (
        status <> 'GEACCEPTEERD' or (geaccepteerd_op is not null and geaccepteerd_door is not null))
);
-- one running (or accepted) handover per trajectory
create unique index overdracht_een_per_traject on overdracht (traject_id) where status <> 'TERUGGETROKKEN';
-- the wijkteam's inbox, oldest shared first
create index overdracht_inbox on overdracht (ontvanger_organisatie_id, gedeeld_op, id)
    where status in ('GEDEELD', 'DRIEGESPREK_GEPLAND');
create index overdracht_per_huishouden on overdracht (huishouden_id, aangemaakt_op desc);

-- Questions the household brought to the wijkteam after the handover, by kind (for the cohort comparison), recorded
-- by the wijkteam on the basis of the handover consent.
create table wijkteam_hulpvraag (
    id                   uuid primary key,
    overdracht_id        uuid        not null references overdracht (id),
    huishouden_id        uuid        not null,
    soort                text        not null check (soort in ('FORMULIEREN_BRIEVEN', 'VERBLIJF_GEZINSHERENIGING',
                                                               'GELDZAKEN', 'PSYCHOSOCIAAL', 'ANDERS')),
    gevraagd_op          date        not null,
    toelichting          text        check (length(toelichting) <= 500),
    vastgelegd_door      uuid        not null,
    vastgelegd_door_naam text        not null,
    vastgelegd_op        timestamptz not null
);
create index wijkteam_hulpvraag_per_overdracht on wijkteam_hulpvraag (overdracht_id, gevraagd_op desc);
