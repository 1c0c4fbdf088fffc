-- post: letters a household received, what has to be done by when, and who handled them.
create table brief (
    id               uuid        primary key,
    huishouden_id    uuid        not null,
    persoon_id       uuid,
    afzender         text        not null check (afzender in ('BELASTINGDIENST_TOESLAGEN', 'GEMEENTE', 'DUO', 'UWV',
                                                             'ZORGVERZEKERAAR', 'VERHUURDER', 'ENERGIELEVERANCIER',
                                                             'CJIB', 'SCHOOL', 'ANDERS')),
    afzender_naam    text        check (length(afzender_naam) between 1 and 200),
    ontvangen_op     date        not null,
    onderwerp        text        not null check (length(onderwerp) between 1 and 200),
    actie            text        check (length(actie) <= 2000),
    deadline         date,
    status           text        not null check (status in ('OPEN', 'IN_BEHANDELING', 'AFGEHANDELD', 'GEEN_ACTIE')),
    afgehandeld_door text        check (afgehandeld_door in ('BEGELEIDER', 'SAMEN', 'STATUSHOUDER')),
    afgehandeld_op   date,
    -- the guide's free text, apart from the structured fields
    notitie          text        check (length(notitie) <= 4000),
    vastgelegd_door  uuid        not null,
    vastgelegd_op    timestamptz not null,
    gewijzigd_door   uuid,
    gewijzigd_op     timestamptz,
    versie           bigint      not null default 0,
    -- sort key of a household's letters: open ones first by deadline (none last), then done ones newest first
    afgesloten       boolean     not null generated always as (status in ('AFGEHANDELD', 'GEEN_ACTIE')) stored,
    volgorde         integer     not null generated always as (
                         case when status in ('OPEN', 'IN_BEHANDELING')
                              then coalesce(deadline, date '9999-12-31') - date '2000-01-01'
                              else date '2000-01-01' - ontvangen_op end) stored,
    check (deadline is null or deadline >= ontvangen_op),
    check (status <> 'AFGEHANDELD' or afgehandeld_door is not null),
    check (afzender <> 'ANDERS' or afzender_naam is not null)
);
create index brief_huishouden on brief (huishouden_id, afgesloten, volgorde, id);
-- open letters by deadline, e.g. for overdue counts across households
create index brief_open_deadline on brief (deadline, huishouden_id) where status in ('OPEN', 'IN_BEHANDELING');
