-- socialekaart: per gemeente a directory of local services. No personal data. A service is deactivated, never
-- deleted: referrals point at it.
create table dienst (
    id               uuid        primary key,
    gemeente_id      uuid        not null references gemeente (id),
    naam             text        not null check (length(btrim(naam)) between 1 and 200),
    soort            text        not null check (soort in ('HUISARTS', 'GGZ', 'SCHULDHULP', 'SOCIAAL_WIJKTEAM', 'WMO',
                                                           'JURIDISCHE_HULP', 'TAALMAATJE', 'BUDDY', 'VOEDSELBANK',
                                                           'FONDS_SPORT_CULTUUR', 'INLOOP', 'ZELFORGANISATIE',
                                                           'ANDERS')),
    telefoon         text        check (length(telefoon) between 1 and 40),
    email            text        check (length(email) between 3 and 200 and email like '%_@_%'),
    adres            text        check (length(adres) between 1 and 300),
    website          text        check (length(website) between 8 and 300 and website ~ '^https?://'),
    talen            text[]      not null default '{}' check (cardinality(talen) <= 30),
    wachttijd_weken  integer     check (wachttijd_weken between 0 and 104),
    verwijzen        text        check (length(verwijzen) between 1 and 2000),
    -- the Wegwijs organisation whose WIJKTEAM users receive and answer referrals to this service
    organisatie_id   uuid        references gemeente (id),
    actief           boolean     not null default true,
    aangemaakt_door  uuid        not null,
    aangemaakt_op    timestamptz not null,
    gewijzigd_door   uuid,
    gewijzigd_op     timestamptz,
    versie           bigint      not null default 1
);
create index dienst_gemeente on dienst (gemeente_id, soort, naam, id);
