-- Self-reliance (module zelfredzaamheid): instruments as data (domains, optional components with sub-goals and
-- indicator statements, an ordered scale), the per-contract choice of instrument, domains, measurement moments and
-- "zelfredzaam genoeg?" rule, measurements per person (or household) with a score per item, and the
-- begeleidingsplan's actions. Three default instruments are seeded at the end; all wording is our own.
create table zr_instrument (
    id             uuid primary key,
    code           text    not null unique,
    naam           text    not null,
    omschrijving   text,
    -- true: one measurement per household; false: one per person
    per_huishouden boolean not null default false,
    volgorde       int     not null
);

-- the ordered scale: 1 = lowest (the topic has priority) … n = fully self-reliant
create table zr_niveau (
    instrument_id uuid not null references zr_instrument (id),
    waarde        int  not null check (waarde between 1 and 10),
    naam          text not null,
    criterium     text not null,
    primary key (instrument_id, waarde)
);

create table zr_domein (
    id            uuid primary key,
    instrument_id uuid not null references zr_instrument (id),
    volgorde      int  not null,
    naam          text not null,
    einddoel      text,
    unique (instrument_id, volgorde)
);

create table zr_onderdeel (
    id          uuid primary key,
    domein_id   uuid   not null references zr_domein (id),
    volgorde    int    not null,
    naam        text   not null,
    subdoel     text   not null,
    indicatoren text[] not null default '{}',
    unique (domein_id, volgorde)
);

-- per contract (no row = the defaults: the VluchtelingenWerk instrument, all domains, baseline in 6 weeks, 6/12 months)
create table zr_instelling (
    contract_id      uuid primary key,
    instrument_id    uuid    not null references zr_instrument (id),
    -- switched-on domains; empty = all
    domeinen         uuid[]  not null default '{}',
    -- measurement moments in months after guidance started
    momenten         int[]   not null,
    nulmeting_weken  int     not null default 6 check (nulmeting_weken between 0 and 52),
    eindmeting       boolean not null default true,
    -- "zelfredzaam genoeg?": every applicable item at least this level (null = the level named voldoende) …
    drempel          int check (drempel between 1 and 10),
    -- … with at most this many items below it
    toegestaan_onder int     not null default 0 check (toegestaan_onder between 0 and 50),
    gewijzigd_door   uuid    not null,
    gewijzigd_op     timestamptz not null,
    versie           bigint  not null default 1
);

create table zr_meting (
    id              uuid primary key,
    huishouden_id   uuid        not null references huishouden (id),
    traject_id      uuid        not null references traject (id),
    -- null: a measurement of the household as a whole (the instrument says so)
    persoon_id      uuid references persoon (id),
    instrument_id   uuid        not null references zr_instrument (id),
    gemeten_op      date        not null,
    soort           text        not null check (soort in ('NULMETING', 'VERVOLG', 'TUSSENTIJDS', 'EIND')),
    notitie         text check (length(notitie) <= 1000),
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null,
    gewijzigd_door  uuid,
    gewijzigd_op    timestamptz,
    versie          bigint      not null default 1
);
create index zr_meting_huishouden on zr_meting (huishouden_id, gemeten_op, id);

create table zr_score (
    meting_id uuid not null references zr_meting (id) on delete cascade,
    -- a component, or a domain without components
    item_id   uuid not null,
    status    text not null check (status in ('NIVEAU', 'GEREALISEERD', 'NIET_VAN_TOEPASSING')),
    niveau    int check (niveau between 1 and 10),
    wijze     text check (wijze in ('ALLEEN', 'NETWERK', 'HULP')),
    primary key (meting_id, item_id),
    check ((status = 'NIVEAU') = (niveau is not null))
);

-- the begeleidingsplan: actions per domain made after a measurement, ticked off later
create table zr_actie (
    id             uuid primary key,
    huishouden_id  uuid        not null references huishouden (id),
    meting_id      uuid        not null references zr_meting (id),
    domein_id      uuid        not null references zr_domein (id),
    omschrijving   text        not null check (length(omschrijving) between 1 and 300),
    uitvoerder     text        not null check (uitvoerder in ('PERSOON', 'BEGELEIDER', 'PARTNER')),
    partner        text check (length(partner) <= 100),
    prioriteit     text        not null check (prioriteit in ('URGENT', 'BELANGRIJK', 'LATER')),
    afgerond_op    date,
    aangemaakt_door uuid       not null,
    aangemaakt_op  timestamptz not null,
    gewijzigd_door uuid,
    gewijzigd_op   timestamptz,
    versie         bigint      not null default 1
);
create index zr_actie_huishouden on zr_actie (huishouden_id, afgerond_op, id);

-- ---------------------------------------------------------------------------------------------------------------
-- Seed: three default instruments. Names of domains and components follow the sources; every sentence is our own.

insert into zr_instrument (id, code, naam, omschrijving, per_huishouden, volgorde) values
    ('7a0b0000-0000-4000-8000-000000000001', 'VW',
     'Meetinstrument maatschappelijke begeleiding (VluchtelingenWerk)',
     'Zeven domeinen met een einddoel, verdeeld in onderdelen met een subdoel. Samen met de persoon ingevuld, in gewone taal. Het is geen toets.',
     false, 1),
    ('7a0b0000-0000-4000-8000-000000000002', 'VWN6',
     'Zes leefgebieden (monitoringtool VluchtelingenWerk)',
     'Een korte meting per huishouden op zes leefgebieden, zonder onderdelen.', true, 2),
    ('7a0b0000-0000-4000-8000-000000000003', 'ZRM13',
     'Matrix met dertien domeinen (ZRM-vorm)',
     'Dertien domeinen op vijf niveaus, in de vorm van de Zelfredzaamheid-Matrix. Alleen de namen volgen die matrix; de omschrijvingen zijn van Wegwijs.',
     false, 3);

insert into zr_niveau (instrument_id, waarde, naam, criterium)
select i.id, n.waarde, n.naam, n.criterium
  from zr_instrument i
 cross join (values
    (1, 'Niet zelfredzaam', 'Weet niet waar te beginnen en kan hier nog niets zelf; ook het eigen netwerk helpt nog niet. Dit onderwerp gaat voor in de begeleiding.'),
    (2, 'Matig zelfredzaam', 'Begint het onderwerp te overzien en doet het samen met de begeleider, na uitleg en voordoen.'),
    (3, 'Redelijk zelfredzaam', 'Overziet een deel en doet het na uitleg zelf, of vraagt iemand uit het eigen netwerk.'),
    (4, 'Voldoende zelfredzaam', 'Overziet het onderwerp, ziet zelf wanneer iets moet gebeuren en vraagt zo nodig kort advies.'),
    (5, 'Volledig zelfredzaam', 'Regelt het zelf of met het eigen netwerk en weet de gewone instanties te vinden.')
 ) as n (waarde, naam, criterium)
 where i.code in ('VW', 'VWN6');

insert into zr_niveau (instrument_id, waarde, naam, criterium)
select i.id, n.waarde, n.naam, n.criterium
  from zr_instrument i
 cross join (values
    (1, 'Acute problematiek', 'Er is nu direct hulp nodig.'),
    (2, 'Niet zelfredzaam', 'Het lukt niet zonder veel hulp.'),
    (3, 'Beperkt zelfredzaam', 'Het lukt deels, met regelmatige hulp.'),
    (4, 'Voldoende zelfredzaam', 'Het lukt, soms met een vraag aan anderen.'),
    (5, 'Volledig zelfredzaam', 'Het lukt zelf, zonder hulp.')
 ) as n (waarde, naam, criterium)
 where i.code = 'ZRM13';

-- (a) VluchtelingenWerk: 7 domains, 24 components (5+3+5+3+2+3+3)
insert into zr_domein (id, instrument_id, volgorde, naam, einddoel)
select gen_random_uuid(), '7a0b0000-0000-4000-8000-000000000001', d.volgorde, d.naam, d.einddoel
  from (values
    (1, 'Wonen', 'Je woont veilig en je woonsituatie is stabiel.'),
    (2, 'Kinderen', 'Je kinderen worden groot in een veilige omgeving.'),
    (3, 'Financiën en administratie', 'Je weet wat er binnenkomt en wat eruit gaat.'),
    (4, 'Sociaal netwerk', 'Je kunt op mensen om je heen terugvallen en redt je sociaal.'),
    (5, 'Maatschappelijke participatie', 'Je doet mee in de samenleving.'),
    (6, 'Zorg en gezondheid', 'Je gezondheid houdt je niet tegen bij het meedoen en inburgeren.'),
    (7, 'Huiselijke relaties', 'Thuis is het veilig en gaat het goed met elkaar.')
 ) as d (volgorde, naam, einddoel);

insert into zr_onderdeel (id, domein_id, volgorde, naam, subdoel, indicatoren)
select gen_random_uuid(), d.id, o.volgorde, o.naam, o.subdoel, o.indicatoren
  from zr_domein d
  join (values
    (1, 1, 'Rechten en plichten', 'Je kent je rechten en plichten als huurder en de afspraken voor prettig samenwonen in de buurt.',
        array['Je neemt zelf contact op met de verhuurder als er iets is met je woning of de huur.', 'Je scheidt je afval zoals de gemeente vraagt.', 'Je geeft een verhuizing door aan de instanties.']),
    (1, 2, 'Nutsbedrijven', 'Je kunt omgaan met de energie in je woning, of je vraagt iemand uit je netwerk.',
        array['Je bedient de verwarming en de cv-ketel.', 'Je leest je meterstanden af en geeft ze door.']),
    (1, 3, 'Verzekeringen', 'Je weet welke verzekeringen er zijn voor je woning en je spullen, en hoe je ze afsluit.',
        array['Je weet wat een aansprakelijkheids- en inboedelverzekering dekt.', 'Je weet hoe je een uitvaartverzekering afsluit.']),
    (1, 4, 'Internet en telefoon', 'Je weet wat je abonnementen kosten en waar je met vragen terechtkunt.',
        array['Je weet wat je per maand betaalt voor internet en telefoon.', 'Je weet wie je belt over je abonnement.']),
    (1, 5, 'Inrichting en veiligheid', 'Je woning is bewoonbaar en veilig.',
        array['Je test je rookmelder en koolmonoxidemelder.', 'Je weet wat je doet bij brand of een NL-Alert.']),
    (2, 1, 'Onderwijs, kinderopvang en jeugdzorg', 'Je weet hoe school, opvang en jeugdgezondheidszorg werken en regelt wat nodig is.',
        array['Je hebt contact met de school van je kinderen.', 'Je weet hoe je kinderopvang aanvraagt.', 'Je weet hoe je een geboorte aangeeft.']),
    (2, 2, 'Vrije tijd, sport en hobby kinderen', 'Je vindt activiteiten voor je kinderen in de buurt.',
        array['Je weet welke clubs er in de buurt zijn.', 'Je kunt je kind inschrijven bij een club.']),
    (2, 3, 'Opvoeding', 'Je weet waar je terechtkunt met vragen over opvoeden.',
        array['Je kent de gewoonten rond opvoeden in Nederland.', 'Je weet wie je kunt vragen bij zorgen over je kind.']),
    (3, 1, 'Inkomen en uitgaven', 'Je weet wat je elke maand krijgt en uitgeeft.',
        array['Je noemt je inkomen en je vaste lasten.', 'Je weet wat er overblijft voor onverwachte kosten.']),
    (3, 2, 'Administratie', 'Je houdt je post en papieren bij.',
        array['Je weet welke post je bewaart en welke weg mag.', 'Je vult gewone formulieren in.', 'Je weet waarvoor je BSN dient.']),
    (3, 3, 'Digitale administratie en vaardigheden', 'Je werkt veilig met internet, internetbankieren en DigiD.',
        array['Je betaalt via de bank-app.', 'Je herkent oplichting via internet.', 'Je logt veilig in met DigiD.']),
    (3, 4, 'Budgetteren', 'Je stemt je uitgaven af op je inkomen, zodat er geen schulden ontstaan.',
        array['Je spaart een klein bedrag.', 'Je weet waar je op tijd hulp vraagt als betalen niet lukt.']),
    (3, 5, 'Toeslagen en belastingen', 'Je weet op welke toeslagen en regelingen je recht hebt en hoe je ze aanvraagt.',
        array['Je geeft wijzigingen door aan de Belastingdienst.', 'Je weet hoe je kwijtschelding van gemeentelijke belastingen vraagt.']),
    (4, 1, 'Voorzieningen in de buurt', 'Je gebruikt wat de buurt te bieden heeft.',
        array['Je gaat naar de bibliotheek of het buurthuis.', 'Je weet hoe je lid wordt van een vereniging.']),
    (4, 2, 'Openbaar vervoer', 'Je reist zelf met het openbaar vervoer.',
        array['Je plant een reis met bus of trein.', 'Je zet saldo of een product op je OV-chipkaart.']),
    (4, 3, 'Sociale zelfredzaamheid', 'Je hebt mensen om je heen op wie je een beroep kunt doen.',
        array['Je hebt contact met buren en andere Nederlanders.', 'Je maakt, verzet en zegt afspraken op tijd af.']),
    (5, 1, 'Sport, vrije tijd en hobby''s', 'Je weet wat er te doen is en doet mee.',
        array['Je kent het aanbod van sport en hobby''s in de buurt.', 'Je kunt je inschrijven bij een club.']),
    (5, 2, 'Maatschappelijk participeren', 'Je doet mee in je eigen omgeving.',
        array['Je weet hoe je een reisdocument aanvraagt.', 'Je weet hoe de politiek in Nederland is georganiseerd.']),
    (6, 1, 'Gezondheidssysteem', 'Je weet hoe de zorg en de zorgverzekering werken.',
        array['Je weet wanneer je naar de huisarts, de tandarts of de apotheek gaat.', 'Je weet wat het eigen risico is.']),
    (6, 2, 'Gezondheidsklachten', 'Je onderneemt zelf iets bij klachten.',
        array['Je maakt een afspraak bij de huisarts.', 'Je kent het verschil tussen de huisartsenpost en 112.']),
    (6, 3, 'Belemmeringen door gezondheid', 'Je gezondheid staat het inburgeren niet in de weg.',
        array['Je weet wat je belemmert, zoals slecht slapen of stress.', 'Je vertelt dit aan je contactpersoon.']),
    (7, 1, 'Onderlinge relaties', 'Je draagt bij aan een rustige en stabiele verhouding thuis.',
        array['Je praat open met je huisgenoten.', 'Je weet hoe een stabiel huishouden eruitziet.']),
    (7, 2, 'Persoonlijke groei en ontwikkeling', 'Je geeft elkaar thuis ruimte om te groeien.',
        array['Je zegt wat voor jou belangrijk is.', 'Je maakt afspraken over wie wanneer thuis is.']),
    (7, 3, 'Veilige situatie', 'Je voelt je thuis veilig.',
        array['Je weet wat een veilig thuis nodig heeft.', 'Je weet waar je hulp vraagt als het thuis niet veilig is.'])
 ) as o (domein, volgorde, naam, subdoel, indicatoren) on o.domein = d.volgorde
 where d.instrument_id = '7a0b0000-0000-4000-8000-000000000001';

-- (b) the six leefgebieden of the VWN monitoring tool, measured per household, no components
insert into zr_domein (id, instrument_id, volgorde, naam, einddoel)
select gen_random_uuid(), '7a0b0000-0000-4000-8000-000000000002', d.volgorde, d.naam, d.einddoel
  from (values
    (1, 'Wonen', 'Het huishouden woont veilig en regelt de woning zelf.'),
    (2, 'Financiën en administratie', 'Het huishouden heeft overzicht over geld en post.'),
    (3, 'Jeugd en school', 'De kinderen gaan naar school en de ouders weten de weg.'),
    (4, 'Sociaal netwerk', 'Het huishouden heeft mensen om op terug te vallen.'),
    (5, 'Maatschappelijke participatie', 'Het huishouden doet mee in de buurt en de samenleving.'),
    (6, 'Zorg en gezondheid', 'Het huishouden vindt de weg in de zorg.')
 ) as d (volgorde, naam, einddoel);

-- (c) thirteen domains in the shape of the Zelfredzaamheid-Matrix (names only)
insert into zr_domein (id, instrument_id, volgorde, naam, einddoel)
select gen_random_uuid(), '7a0b0000-0000-4000-8000-000000000003', d.volgorde, d.naam, null
  from (values
    (1, 'Financiën'), (2, 'Werk en opleiding'), (3, 'Tijdsbesteding'), (4, 'Huisvesting'),
    (5, 'Huiselijke relaties'), (6, 'Geestelijke gezondheid'), (7, 'Lichamelijke gezondheid'),
    (8, 'Middelengebruik'), (9, 'Basale ADL'), (10, 'Instrumentele ADL'), (11, 'Sociaal netwerk'),
    (12, 'Maatschappelijke participatie'), (13, 'Justitie')
 ) as d (volgorde, naam);
