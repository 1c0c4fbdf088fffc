-- intake: the brede intake per inburgeringsplichtige person, held by the gemeente's regievoerder. One per person,
-- changed in place (optimistic locking with versie; who changed it last and when are kept, no history). The health
-- finding (gezondheid_*) is for the regievoerder alone: the service never hands it to anyone else.
create table brede_intake (
    id                        uuid primary key,
    huishouden_id             uuid        not null references huishouden (id),
    persoon_id                uuid        not null references persoon (id),
    gehouden_op               date        not null,
    regievoerder_id           uuid        not null,
    aanwezig_persoon          boolean     not null,
    aanwezig_partner          boolean     not null,
    aanwezig_begeleider       boolean     not null,
    begeleider_instemming     boolean     not null,
    aanwezig_overig           text,
    tolk                      text        not null check (tolk in ('GEEN', 'PROFESSIONEEL', 'INFORMEEL')),
    tolk_taal                 text,
    opleidingsniveau          text        not null,
    opleiding_werk            text,
    talen                     text[]      not null default '{}',
    geletterdheid             text        not null,
    taal_toelichting          text,
    gezondheid_aandacht       boolean     not null,
    gezondheid_toelichting    text,
    gezin                     text,
    nareizigers_verwacht      boolean     not null,
    nareizigers_toelichting   text,
    digitaal                  text        not null check (digitaal in ('GEEN', 'BASIS', 'GOED')),
    digitaal_toelichting      text,
    verwachtingen             text,
    kinderopvang_nodig        boolean     not null,
    kinderopvang_toelichting  text,
    vastgelegd_door           uuid        not null,
    vastgelegd_op             timestamptz not null,
    gewijzigd_door            uuid,
    gewijzigd_op              timestamptz,
    versie                    bigint      not null,
    constraint brede_intake_een_per_persoon unique (persoon_id),
    constraint brede_intake_instemming check (not aanwezig_begeleider or begeleider_instemming),
    constraint brede_intake_tolk_taal check (tolk = 'GEEN' or tolk_taal is not null)
);
create index brede_intake_huishouden on brede_intake (huishouden_id);

-- What others already signalled before the intake (COA, huisarts, begeleider, ...), in the order entered.
create table brede_intake_signaal (
    intake_id   uuid    not null references brede_intake (id) on delete cascade,
    volgnummer  int     not null,
    bron        text    not null check (bron in ('COA', 'HUISARTS', 'BEGELEIDER', 'ANDERS')),
    datum       date    not null,
    tekst       text    not null,
    primary key (intake_id, volgnummer)
);
