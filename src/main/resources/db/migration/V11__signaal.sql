-- signaal: signals about a household, both ways between guide and gemeente, with a plan van aanpak.
create table signaal (
    id                uuid        primary key,
    huishouden_id     uuid        not null,
    -- the household's display name, kept current from HuishoudenGewijzigd, for lists across households
    huishouden_naam   text        not null,
    persoon_id        uuid,
    categorie         text        not null check (categorie in ('GEZONDHEID', 'PSYCHISCH', 'HUISELIJK_GEWELD',
                                                                'GELDZORGEN', 'SCHOOLVERZUIM', 'GEZINSHERENIGING',
                                                                'ANDERS')),
    urgentie          text        not null check (urgentie in ('LAAG', 'NORMAAL', 'HOOG', 'ACUUT')),
    -- free text, apart from the structured fields: what a gemeente user may read of it will depend on consent
    omschrijving      text        not null check (length(omschrijving) between 1 and 4000),
    richting          text        not null check (richting in ('NAAR_GEMEENTE', 'NAAR_BEGELEIDING')),
    gemeld_door       uuid        not null,
    gemeld_door_naam  text        not null,
    gemeld_op         date        not null,
    vastgelegd_op     timestamptz not null,
    status            text        not null check (status in ('OPEN', 'IN_BEHANDELING', 'AFGESLOTEN')),
    afgesloten_op     date,
    afgesloten_door   uuid,
    afsluitnotitie    text        check (length(afsluitnotitie) <= 4000),
    -- room for a referral via the sociale kaart (a later issue)
    doorverwijzing_id uuid,
    versie            bigint      not null default 0,
    -- sort key: 0 acute, 1 high, 2 normal, 3 low while open; 9 once closed
    rang              smallint    not null generated always as (
                          case when status = 'AFGESLOTEN' then 9
                               when urgentie = 'ACUUT' then 0
                               when urgentie = 'HOOG' then 1
                               when urgentie = 'NORMAAL' then 2
                               else 3 end) stored,
    check ((status = 'AFGESLOTEN') = (afgesloten_op is not null)),
    check (status <> 'AFGESLOTEN' or afsluitnotitie is not null)
);
create index signaal_huishouden on signaal (huishouden_id, rang, gemeld_op desc, id desc);
-- the open signals across households (teamleider, regievoerder, guide), most urgent first
create index signaal_open on signaal (rang, gemeld_op desc, id desc) where rang < 9;

create table actiepunt (
    id                       uuid        primary key,
    signaal_id               uuid        not null references signaal (id),
    omschrijving             text        not null check (length(omschrijving) between 1 and 1000),
    eigenaar                 text        not null check (eigenaar in ('BEGELEIDER', 'REGIEVOERDER', 'PARTNER',
                                                                      'STATUSHOUDER')),
    partner_naam             text        check (length(partner_naam) <= 200),
    eigenaar_medewerker_id   uuid,
    eigenaar_medewerker_naam text,
    streefdatum              date        not null,
    gedaan_op                date,
    vastgelegd_door          uuid        not null,
    vastgelegd_op            timestamptz not null,
    versie                   bigint      not null default 0,
    check (eigenaar <> 'PARTNER' or partner_naam is not null)
);
create index actiepunt_signaal on actiepunt (signaal_id, streefdatum, id);
