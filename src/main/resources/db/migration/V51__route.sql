-- The route card (praatplaat) of a household (module route): one per household, with the agreements between the guide
-- and the household and the partners from the gemeente's sociale kaart who do something for them. The agreements are
-- structured (days, hours, channels, how often, what the household does itself) so the card prints them in every
-- language; only the guide's note is free text. One version (versie) for the whole: a change of a partner bumps it.
create table routekaart (
    id                uuid primary key,
    huishouden_id     uuid        not null unique references huishouden (id),
    traject_id        uuid        not null references traject (id),
    gemeente_id       uuid        not null,
    taal              text        not null check (taal in ('nl', 'en', 'ar', 'ti')),
    -- when the guide can be reached: days (MA..ZO, comma separated), hours, channels (comma separated)
    bereikbaar_dagen  text        not null default '' check (bereikbaar_dagen ~ '^((MA|DI|WO|DO|VR|ZA|ZO)(,(MA|DI|WO|DO|VR|ZA|ZO))*)?$'),
    bereikbaar_van    time,
    bereikbaar_tot    time,
    kanalen           text        not null default '' check (kanalen ~ '^((TELEFOON|WHATSAPP|EMAIL|SPREEKUUR)(,(TELEFOON|WHATSAPP|EMAIL|SPREEKUUR))*)?$'),
    telefoon          text check (char_length(telefoon) <= 30),
    ontmoeting        text check (ontmoeting in ('WEKELIJKS', 'TWEEWEKELIJKS', 'DRIEWEKELIJKS', 'MAANDELIJKS', 'ZESWEKELIJKS')),
    -- what the household does itself (ZelfTaak names, comma separated)
    zelf              text        not null default '',
    notitie           text check (char_length(notitie) <= 500),
    vastgelegd_door   uuid        not null,
    vastgelegd_op     timestamptz not null,
    gewijzigd_door    uuid,
    gewijzigd_op      timestamptz,
    versie            bigint      not null default 1,
    check ((bereikbaar_van is null) = (bereikbaar_tot is null)),
    check (bereikbaar_tot is null or bereikbaar_tot > bereikbaar_van)
);

-- who does what: a service of the sociale kaart with, optionally, the guide's short line on what it does for them
create table routekaart_partner (
    routekaart_id uuid not null references routekaart (id),
    dienst_id     uuid not null,
    wat           text check (char_length(wat) <= 200),
    volgorde      int  not null,
    primary key (routekaart_id, dienst_id)
);
