-- checklist: templates of basisvoorzieningen (per contract; contract_id null = the default shipped with Wegwijs) and
-- each household's items with status and who did it (leren door te doen).

create table checklist_sjabloon (
    id          uuid primary key,
    contract_id uuid unique,
    versie      bigint not null default 1
);
-- exactly one default template
create unique index checklist_sjabloon_standaard on checklist_sjabloon ((contract_id is null)) where contract_id is null;

create table checklist_sjabloon_item (
    id            uuid primary key,
    sjabloon_id   uuid    not null references checklist_sjabloon (id),
    code          text    not null,
    volgorde      int     not null,
    titel         text    not null check (length(titel) between 1 and 200),
    thema         text    not null check (thema in ('WONEN', 'FINANCIEN_ADMINISTRATIE', 'GEZONDHEID', 'INBURGERING',
                                                    'GEZIN_FAMILIE', 'SOCIAAL_NETWERK', 'PARTICIPATIE')),
    -- phase-1 category of source 001: huisvesting, financiën, inschrijvingen, voorlichting
    categorie     text             check (categorie in ('HV', 'FIN', 'INS', 'VL')),
    reikwijdte    text    not null check (reikwijdte in ('HUISHOUDEN', 'PERSOON')),
    -- age condition (inclusive); for a household item: someone in the household is of that age
    leeftijd_van  int              check (leeftijd_van between 0 and 120),
    leeftijd_tot  int              check (leeftijd_tot between 0 and 120),
    referentie    text    not null check (referentie in ('BRP_INSCHRIJVING', 'PERSOON_BRP', 'KOPPELING', 'HUISVESTING',
                                                         'REGELDAG', 'VERHUIZING', 'TRAJECT_START', 'PIP',
                                                         'INBURGERINGSTERMIJN', 'EINDE_BEGELEIDING', 'KALENDERJAAR')),
    termijn_dagen int     not null default 0 check (termijn_dagen between -3650 and 3650),
    jaarlijks     boolean not null default false,
    uitvoerende   text    not null check (uitvoerende in ('FASE1', 'REGULIER')),
    doelgroep     text             check (doelgroep in ('NAREIZIGER', 'GEZINSMIGRANT')),
    hulptekst     text             check (length(hulptekst) <= 1000),
    vervallen     boolean not null default false,
    unique (sjabloon_id, code),
    check (leeftijd_van is null or leeftijd_tot is null or leeftijd_van <= leeftijd_tot),
    check (referentie <> 'KALENDERJAAR' or jaarlijks)
);
create index checklist_sjabloon_item_volgorde on checklist_sjabloon_item (sjabloon_id, volgorde);

-- what the checklist needs to know of a household between events: its contract, start, and when to look again
-- (a new calendar year, a person reaching the age of an item); the nightly job reads only due rows
create table checklist_huishouden (
    huishouden_id           uuid primary key,
    contract_id             uuid        not null,
    traject_start           date        not null,
    actief                  boolean     not null,
    volgende_synchronisatie date        not null,
    bijgewerkt_op           timestamptz not null
);
create index checklist_huishouden_contract on checklist_huishouden (contract_id) where actief;
create index checklist_huishouden_volgende on checklist_huishouden (volgende_synchronisatie, huishouden_id) where actief;

create table checklist_item (
    id                 uuid primary key,
    huishouden_id      uuid        not null,
    persoon_id         uuid,
    sjabloon_item_id   uuid        not null references checklist_sjabloon_item (id),
    code               text        not null,
    jaar               int,
    status             text        not null default 'TE_DOEN'
                                   check (status in ('TE_DOEN', 'BEZIG', 'GEREGELD', 'NIET_VAN_TOEPASSING')),
    wie_deed_het       text        check (wie_deed_het in ('BEGELEIDER', 'SAMEN', 'ZELF')),
    datum              date,
    deadline           date,
    deadline_handmatig boolean     not null default false,
    reden_nvt          text        check (length(reden_nvt) <= 500),
    -- free text in its own column: what a gemeente user sees of it will depend on consent
    notitie            text        check (length(notitie) <= 2000),
    vastgelegd_door    uuid,
    vastgelegd_op      timestamptz,
    aangemaakt_op      timestamptz not null,
    versie             bigint      not null default 1,
    check ((status = 'GEREGELD') = (wie_deed_het is not null and datum is not null)),
    check ((status = 'NIET_VAN_TOEPASSING') = (reden_nvt is not null))
);
-- one item per household, template code, person (none for a household item) and year (none for a one-off item)
create unique index checklist_item_uniek on checklist_item
    (huishouden_id, code, (coalesce(persoon_id, '00000000-0000-0000-0000-000000000000'::uuid)), (coalesce(jaar, 0)));
create index checklist_item_huishouden on checklist_item (huishouden_id, id);
create index checklist_item_open on checklist_item (huishouden_id, deadline) where status in ('TE_DOEN', 'BEZIG');
create index checklist_item_sjabloon_item on checklist_item (sjabloon_item_id);

-- The default template: every item of BRIEF section 6, notes-000 section 4 and notes-001 section 5. Items that only
-- one or two gemeenten practise, or that belong to the old law, ship switched off (vervallen); a contract's own
-- template can switch them on.
insert into checklist_sjabloon (id, contract_id, versie) values ('00000000-0000-4000-8000-00000000c4ec', null, 1);

insert into checklist_sjabloon_item (id, sjabloon_id, volgorde, code, titel, thema, categorie, reikwijdte, leeftijd_van,
                                     leeftijd_tot, referentie, termijn_dagen, jaarlijks, uitvoerende, doelgroep,
                                     vervallen, hulptekst)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000c4ec', v.volgorde, v.code, v.titel, v.thema, v.categorie,
       v.reikwijdte, v.van, v.tot, v.referentie, v.dagen, v.jaarlijks, v.uitvoerende, v.doelgroep, v.vervallen, v.hulp
  from (values
    -- wonen
    (10, 'woning-zoeken', 'Woning zoeken: WoningNet, urgentieverklaring, reageren op aanbod', 'WONEN', 'HV', 'HUISHOUDEN', null::int, null::int, 'KOPPELING', 30, false, 'FASE1', null, true,
     'Alleen waar de begeleiding al bij de koppeling begint (zoals in Groningen): zoek mee en reageer namens de cliënt.'),
    (20, 'plaatsingsgesprek', 'Plaatsingsgesprek: woning, uitkering, toeslagen, zorgverzekering, heffingen en de rol van de begeleider', 'WONEN', 'VL', 'HUISHOUDEN', null, null, 'HUISVESTING', 0, false, 'FASE1', null, true,
     'Zoals in Rotterdam: een telefonisch gesprek vóór de verhuizing.'),
    (30, 'regeldag', 'Regeldag plannen terwijl het huishouden nog in het azc woont', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'HUISVESTING', 7, false, 'FASE1', null, false,
     'Op de regeldag: bezichtiging, huurcontract, formulieren voor energie en zorgtoeslag, inschrijving in de BRP.'),
    (40, 'bezichtiging', 'Woning bezichtigen en controleren of alles in orde is', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'REGELDAG', 0, false, 'FASE1', null, false,
     'Ga mee en noteer gebreken vóór het tekenen van het huurcontract.'),
    (50, 'huurcontract', 'Huurcontract tekenen en uitleggen', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'REGELDAG', 0, false, 'FASE1', null, false,
     'Leg de belangrijkste afspraken uit: huurprijs, servicekosten, onderhoud, opzegtermijn.'),
    (60, 'sleuteloverdracht', 'Sleuteloverdracht en verhuizing (zo nodig verhuishulp)', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'VERHUIZING', 0, false, 'FASE1', null, false,
     'Meestal zo''n twee weken na de regeldag. Klussen als gordijnen ophangen kunnen via lokale organisaties.'),
    (70, 'meterstanden', 'Meterstanden opnemen en doorgeven bij de sleuteloverdracht', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'VERHUIZING', 3, false, 'FASE1', null, false,
     'Maak samen foto''s van de meters en geef de standen door aan de energieleverancier en het waterbedrijf.'),
    (80, 'energie', 'Energiecontract afsluiten (gas en stroom)', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'REGELDAG', 7, false, 'FASE1', null, false,
     'Kies een reëel maandbedrag, zodat er geen hoge eindafrekening komt.'),
    (90, 'water', 'Aanmelden bij het waterbedrijf', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'VERHUIZING', 14, false, 'FASE1', null, false, null),
    (100, 'internet', 'Internet en telefoon regelen', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'VERHUIZING', 30, false, 'REGULIER', null, false,
     'Kies een abonnement dat bij het budget past; let op de looptijd.'),
    (110, 'inrichtingskrediet', 'Inrichtingskrediet of bijzondere bijstand voor de inrichting aanvragen', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'REGELDAG', 7, false, 'FASE1', null, false,
     'Vaak een lening: bespreek verstandig gebruik. Hoort bij wonen én financiën.'),
    (120, 'inrichten', 'Woning inrichten: goedkoop en tweedehands kopen (kringloop)', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'VERHUIZING', 30, false, 'FASE1', null, false, null),
    (130, 'eerste-huur', 'Eerste huur betalen (zo nodig bijzondere bijstand voor de eerste huur)', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'VERHUIZING', 14, false, 'FASE1', null, false,
     'Voorkom een huurachterstand in de eerste maand; regel daarna een automatische betaling.'),
    (140, 'afval-heffingen', 'Afvalscheiding en gemeentelijke heffingen uitleggen', 'WONEN', 'VL', 'HUISHOUDEN', null, null, 'VERHUIZING', 30, false, 'REGULIER', null, false, null),
    (150, 'buurt', 'De buurt laten zien: winkels, supermarkt, buurthuis, bibliotheek, gemeentehuis', 'WONEN', 'VL', 'HUISHOUDEN', null, null, 'VERHUIZING', 30, false, 'REGULIER', null, false, null),
    (160, 'buren', 'Kennismaken met de buren', 'WONEN', null, 'HUISHOUDEN', null, null, 'VERHUIZING', 60, false, 'REGULIER', null, false,
     'Ook later: burenrelaties en burenruzies bespreken.'),
    (170, 'jaarlijks-meterstanden', 'Meterstanden doorgeven (jaarlijks)', 'WONEN', 'HV', 'HUISHOUDEN', null, null, 'VERHUIZING', 14, true, 'REGULIER', null, false,
     'Jaar 1 doet de begeleider het, jaar 2 samen, daarna de statushouder zelf.'),
    -- financiën en administratie
    (200, 'brp', 'Inschrijving in de BRP', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'PERSOON', null, null, 'REGELDAG', 0, false, 'FASE1', null, false,
     'Meestal op de regeldag. De datum is per persoon de wettelijke start van de begeleiding, ook voor een nareiziger.'),
    (210, 'digid', 'DigiD aanvragen en activeren', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'PERSOON', 18, null, 'PERSOON_BRP', 14, false, 'FASE1', null, false,
     'De activeringsbrief komt per post op het BRP-adres; activeer op tijd.'),
    (220, 'bankrekening', 'Bankrekening openen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'PERSOON', 18, null, 'PERSOON_BRP', 14, false, 'FASE1', null, false,
     'Nodig voor uitkering, toeslagen en huur. Controleer dat de rekening er is.'),
    (230, 'uitkering', 'Participatiewet-uitkering aanvragen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'BRP_INSCHRIJVING', 7, false, 'FASE1', null, false,
     'Aanvragen bij de gemeente zodra het huishouden is ingeschreven.'),
    (240, 'voorschot', 'Voorschot op de uitkering regelen waar dat nodig is', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'BRP_INSCHRIJVING', 7, false, 'FASE1', null, false,
     'Bij de overgang uit het azc stopt het leefgeld van COA, en de eerste uitkering komt soms weken later. Vraag zo nodig een voorschot.'),
    (250, 'ontzorgen', 'Financieel ontzorgen: vaste lasten uit de uitkering (eerste zes maanden)', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'BRP_INSCHRIJVING', 14, false, 'FASE1', null, false,
     'De gemeente betaalt huur, gas, water, licht en zorgverzekering uit de bijstand. Controleer dat het loopt en wat er na zes maanden gebeurt.'),
    (260, 'zorgtoeslag-coa', 'Controleren of COA de zorgtoeslag heeft aangevraagd', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'BRP_INSCHRIJVING', 14, false, 'FASE1', null, false,
     'COA vraagt de zorgtoeslag meestal in het azc aan. Kijk in Mijn toeslagen of dat is gebeurd en of adres en rekeningnummer kloppen; zo niet, vraag hem zelf aan.'),
    (270, 'huurtoeslag', 'Huurtoeslag aanvragen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'VERHUIZING', 14, false, 'FASE1', null, false,
     'Aanvragen vanaf de ingangsdatum van het huurcontract, met een goed geschat inkomen. Hoort bij wonen én financiën.'),
    (280, 'toeslagen-controle', 'Toeslagen op tijd en juist aangevraagd (inkomen, adres, toeslagpartner)', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'VERHUIZING', 60, false, 'FASE1', null, false,
     'Te laat aanvragen kost geld; een verkeerd geschat inkomen leidt tot terugbetalen. Controleer de beschikkingen samen.'),
    (290, 'kinderbijslag', 'Kinderbijslag en kindgebonden budget aanvragen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', 0, 17, 'BRP_INSCHRIJVING', 30, false, 'FASE1', null, false,
     'Kinderbijslag bij de SVB; het kindgebonden budget komt via Toeslagen.'),
    (300, 'aansprakelijkheid', 'Aansprakelijkheidsverzekering afsluiten', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'VERHUIZING', 30, false, 'FASE1', null, false, null),
    (310, 'inboedel', 'Inboedelverzekering afsluiten', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'VERHUIZING', 30, false, 'FASE1', null, false, null),
    (320, 'stelsel-uitleg', 'Het Nederlandse stelsel uitleggen: belastingen, toeslagen, uitkering, zorg', 'FINANCIEN_ADMINISTRATIE', 'VL', 'HUISHOUDEN', null, null, 'TRAJECT_START', 30, false, 'FASE1', null, false,
     'Op het tempo van de cliënt. Laat meekijken op het scherm: leren door te doen.'),
    (330, 'post', 'Post en rekeningen samen doornemen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'VERHUIZING', 14, false, 'REGULIER', null, false,
     'Moedig aan de post zelf te openen; lees en verwerk samen. Brieven met een termijn horen bij Post.'),
    (340, 'rekeningen', 'Rekeningen betalen en automatische betalingen instellen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'VERHUIZING', 30, false, 'REGULIER', null, false, null),
    (350, 'abonnementen', 'Abonnementen nalopen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'VERHUIZING', 60, false, 'REGULIER', null, false, null),
    (360, 'budgetteren', 'Budgetteren: inkomsten en vaste lasten op een rij', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'TRAJECT_START', 90, false, 'REGULIER', null, false,
     'Met een kasboek of app; bespreek ook loonstroken, toeslagen en energiekosten.'),
    (370, 'budgetcursus', 'Budgetcursus of geldtraining (bijvoorbeeld met Nibud, ook in eigen taal)', 'FINANCIEN_ADMINISTRATIE', 'VL', 'HUISHOUDEN', null, null, 'TRAJECT_START', 180, false, 'REGULIER', null, false,
     'Zoals een cursus Omgaan met geld, een eurocoach of een financieel spreekuur.'),
    (380, 'toeslagen-stoppen', 'Ten onrechte ontvangen toeslagen tijdig stopzetten', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'TRAJECT_START', 180, false, 'REGULIER', null, false,
     'Geef wijzigingen in inkomen, huishouden of woning direct door: zo voorkomt u terugbetalingen en schulden.'),
    (390, 'noodfonds-energie', 'Noodfonds energie aanvragen', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'TRAJECT_START', 90, false, 'REGULIER', null, true,
     'Zoals in Heerenveen; alleen waar een noodfonds bestaat.'),
    (400, 'jaarlijks-toeslagen', 'Toeslagen nalopen: wijzigingen doorgeven, inkomen voor dit jaar controleren (jaarlijks)', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'KALENDERJAAR', 31, true, 'REGULIER', null, false,
     'Jaar 1 doet de begeleider het, jaar 2 samen, daarna de statushouder zelf.'),
    (410, 'jaarlijks-heffingen', 'Gemeentelijke heffingen betalen en kwijtschelding aanvragen (jaarlijks)', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'KALENDERJAAR', 90, true, 'REGULIER', null, false,
     'De aanslag komt begin van het jaar; vraag binnen drie maanden kwijtschelding aan.'),
    (420, 'jaarlijks-aangifte', 'Belastingaangifte doen (jaarlijks)', 'FINANCIEN_ADMINISTRATIE', 'FIN', 'HUISHOUDEN', null, null, 'KALENDERJAAR', 120, true, 'REGULIER', null, false,
     'Uiterlijk 1 mei. Het eerste jaar vaak met een M-formulier; de aangifte bepaalt ook de toeslagen.'),
    -- gezondheid
    (500, 'zorgverzekering', 'Zorgverzekering afsluiten', 'GEZONDHEID', 'FIN', 'PERSOON', 18, null, 'PERSOON_BRP', 7, false, 'FASE1', null, false,
     'Zo snel mogelijk: verplicht vanaf de inschrijving. Kinderen zijn gratis meeverzekerd bij een ouder.'),
    (510, 'eigen-risico', 'Eigen risico en vergoedingen van de zorgverzekering uitleggen', 'GEZONDHEID', 'VL', 'HUISHOUDEN', null, null, 'VERHUIZING', 60, false, 'REGULIER', null, false, null),
    (520, 'huisarts', 'Inschrijven bij een huisarts', 'GEZONDHEID', 'INS', 'PERSOON', null, null, 'VERHUIZING', 14, false, 'FASE1', null, false,
     'Ga mee of leg uit hoe het moet, en controleer dat de inschrijving rond is. Soms helpt een telefoontje om de cliënt te introduceren.'),
    (530, 'tandarts', 'Inschrijven bij een tandarts', 'GEZONDHEID', 'INS', 'PERSOON', null, null, 'VERHUIZING', 60, false, 'FASE1', null, false,
     'Achterstallige tandzorg komt vaak pas later aan het licht.'),
    (540, 'consultatiebureau', 'Kennismaken met het consultatiebureau (jeugdgezondheidszorg)', 'GEZONDHEID', 'INS', 'PERSOON', 0, 3, 'PERSOON_BRP', 30, false, 'FASE1', null, false,
     'Groei, vaccinaties en opvoedvragen. (Buiten de bronnen.)'),
    (550, 'paramedisch', 'Paramedische zorg regelen als dat nodig is', 'GEZONDHEID', 'INS', 'HUISHOUDEN', null, null, 'TRAJECT_START', 180, false, 'REGULIER', null, false,
     'Fysiotherapie, logopedie en dergelijke. Niet nodig? Zet het op niet van toepassing.'),
    (560, 'ziekenhuis', 'Eerste ziekenhuisbezoek voorbereiden: route, op tijd, zo nodig meegaan', 'GEZONDHEID', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 180, false, 'REGULIER', null, false, null),
    (570, 'psychisch', 'Psychische klachten bespreekbaar maken en zo nodig verwijzen (huisarts, GGZ)', 'GEZONDHEID', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 180, false, 'REGULIER', null, false,
     'Schaamte en wachtlijsten zijn drempels; klachten worden vaak pas later zichtbaar. Leg zo nodig een signaal vast.'),
    (580, 'jaarlijks-zorgverzekering', 'Zorgverzekering voor volgend jaar nalopen (jaarlijks)', 'GEZONDHEID', 'FIN', 'HUISHOUDEN', null, null, 'KALENDERJAAR', 364, true, 'REGULIER', null, false,
     'Vóór 1 januari: past de polis nog, klopt het eigen risico? Vergelijk samen.'),
    -- inburgering
    (600, 'stelsel-wi', 'Rechten en plichten onder de Wet inburgering en de Participatiewet uitleggen', 'INBURGERING', 'VL', 'HUISHOUDEN', null, null, 'TRAJECT_START', 30, false, 'FASE1', null, false, null),
    (610, 'brede-intake', 'Brede intake en PIP voorbereiden (met toestemming aanwezig zijn)', 'INBURGERING', null, 'PERSOON', 18, 66, 'PIP', -21, false, 'REGULIER', null, false,
     'Het PIP is leidend voor iedereen die begeleidt. Voor aanwezigheid bij de brede intake is toestemming van de cliënt nodig.'),
    (620, 'inburgering-bespreken', 'Inburgering vroeg bespreken: leerroute en termijn van drie jaar', 'INBURGERING', 'VL', 'PERSOON', 18, 66, 'PERSOON_BRP', 30, false, 'REGULIER', null, false, null),
    (630, 'lessen', 'Voortgang van de lessen: aanwezigheid en huiswerk bespreken', 'INBURGERING', null, 'PERSOON', 18, 66, 'TRAJECT_START', 120, false, 'REGULIER', null, false, null),
    (640, 'taalmaatje', 'Taalmaatje zoeken (op verzoek)', 'INBURGERING', null, 'PERSOON', 18, 66, 'TRAJECT_START', 90, false, 'REGULIER', null, false,
     'Spreek ook tijdens de contacten Nederlands.'),
    (650, 'examens', 'Examens aanmelden of ontheffing aanvragen vóór het einde van de inburgeringstermijn', 'INBURGERING', null, 'PERSOON', 18, 66, 'INBURGERINGSTERMIJN', -180, false, 'REGULIER', null, false, null),
    (660, 'duo-lening', 'Lening voor de inburgering bij DUO aanvragen (Wet inburgering 2013)', 'INBURGERING', 'FIN', 'PERSOON', 18, 66, 'PERSOON_BRP', 30, false, 'REGULIER', null, true,
     'Alleen onder de Wet inburgering 2013; onder de Wet inburgering 2021 regelt de gemeente de inburgering.'),
    (670, 'taalschool', 'Taalschool of inburgeringscursus kiezen (Wet inburgering 2013)', 'INBURGERING', null, 'PERSOON', 18, 66, 'PERSOON_BRP', 30, false, 'REGULIER', null, true, null),
    -- gezin en familie
    (700, 'school', 'Inschrijven op school', 'GEZIN_FAMILIE', 'INS', 'PERSOON', 4, 17, 'VERHUIZING', 14, false, 'FASE1', null, false,
     'Leerplichtig vanaf 5 jaar; met 4 jaar mag een kind naar de basisschool. Van 12 tot 18 vaak eerst een internationale schakelklas.'),
    (710, 'school-contact', 'Kennismaken met de school; contact met leerkracht of mentor', 'GEZIN_FAMILIE', null, 'PERSOON', 4, 17, 'VERHUIZING', 60, false, 'REGULIER', null, false,
     'Bespreek ook culturele verschillen met de school en met andere ouders.'),
    (720, 'schoolkosten', 'Schoolkosten (schoolreis, kamp) betalen via fondsen of de gemeente', 'GEZIN_FAMILIE', 'FIN', 'HUISHOUDEN', 4, 17, 'TRAJECT_START', 120, false, 'REGULIER', null, false, null),
    (730, 'kinderopvangtoeslag', 'Kinderopvangtoeslag aanvragen (zorgvuldig)', 'GEZIN_FAMILIE', 'FIN', 'HUISHOUDEN', 0, 12, 'TRAJECT_START', 90, false, 'REGULIER', null, false,
     'Alleen bij werk, studie of inburgering en een geregistreerde opvang. Terugvorderingen zijn een bekend risico: controleer uren en inkomen.'),
    (740, 'gezinshereniging', 'Gezinshereniging: doorverwijzen naar juridische hulp', 'GEZIN_FAMILIE', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 30, false, 'REGULIER', null, false,
     'Bijvoorbeeld de juridische afdeling van VluchtelingenWerk. Het wachten geeft vaak veel stress.'),
    (750, 'nareiziger-wijzigingen', 'Nareiziger doorgeven aan uitkering, toeslagen en zorgverzekering', 'GEZIN_FAMILIE', 'FIN', 'PERSOON', null, null, 'PERSOON_BRP', 14, false, 'REGULIER', 'NAREIZIGER', false,
     'Een gezinslid dat later komt, verandert de uitkering, de toeslagen en de verzekeringen.'),
    (760, 'nareiziger-wegwijs', 'Nareiziger wegwijs maken: buurt, voorzieningen, eigen termijnen', 'GEZIN_FAMILIE', 'VL', 'PERSOON', null, null, 'PERSOON_BRP', 30, false, 'REGULIER', 'NAREIZIGER', false,
     'De nareiziger heeft een eigen BRP-datum en daarmee eigen termijnen (PIP, inburgering).'),
    (770, 'levensgebeurtenis', 'Steun bij een levensgebeurtenis (geboorte, huwelijk, overlijden)', 'GEZIN_FAMILIE', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 0, false, 'REGULIER', null, true, null),
    -- sociaal netwerk
    (800, 'welkom', 'Een warm welkom in de nieuwe buurt voorbereiden', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'HUISVESTING', 14, false, 'FASE1', null, false,
     'Bijvoorbeeld buren of een buurtvrijwilliger vragen om kennis te komen maken.'),
    (810, 'tradities', 'Nederlandse tradities en gewoonten uitleggen', 'SOCIAAL_NETWERK', 'VL', 'HUISHOUDEN', null, null, 'TRAJECT_START', 120, false, 'REGULIER', null, false,
     'Sinterklaas, Sint-Maarten, oud en nieuw; de voortuin bijhouden, de gordijnen open.'),
    (820, 'contacten', 'Contact met buren en Nederlanders aanmoedigen', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 90, false, 'REGULIER', null, false,
     'Verlaag ook de drempel om zelf een instantie te bellen.'),
    (830, 'sociale-kaart', 'Sociale kaart: lokale organisaties en voorzieningen leren kennen', 'SOCIAAL_NETWERK', 'VL', 'HUISHOUDEN', null, null, 'TRAJECT_START', 60, false, 'REGULIER', null, false,
     'Ook de voorzieningen van de gemeente, juridische hulp, een buddyproject, de Wmo-consulent.'),
    (840, 'groepsvoorlichting', 'Groepsvoorlichting over wonen, geld, gezondheid en meedoen', 'SOCIAAL_NETWERK', 'VL', 'HUISHOUDEN', null, null, 'TRAJECT_START', 90, false, 'REGULIER', null, false,
     'Zoals in Roermond, Rotterdam, Zaffier en Den Haag.'),
    (850, 'bibliotheek', 'Bibliotheek, buurthuis of taalcafé samen bezoeken', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 90, false, 'REGULIER', null, false, null),
    (860, 'voedselbank', 'Aanmelden bij de voedselbank (als dat nodig is)', 'SOCIAAL_NETWERK', 'INS', 'HUISHOUDEN', null, null, 'TRAJECT_START', 30, false, 'REGULIER', null, false, null),
    (870, 'doelgroep-activiteit', 'Activiteit voor een doelgroep (vrouwengroep, mannengroep, jongerengroep)', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 120, false, 'REGULIER', null, true, null),
    (880, 'gezinsmigrant-workshop', 'Workshop voor gezinsmigranten: zorg, belastingen en toeslagen, meedoen in de wijk', 'SOCIAAL_NETWERK', 'VL', 'PERSOON', 18, null, 'PERSOON_BRP', 60, false, 'REGULIER', 'GEZINSMIGRANT', false,
     'Gezinsmigranten hebben geen recht op begeleiding; sommige gemeenten bieden dit toch (Rotterdam).'),
    -- participatie
    (900, 'zelfstandig', 'Zelfstandigheid oefenen: alleen naar een afspraak reizen, zelf vergelijken', 'PARTICIPATIE', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 120, false, 'REGULIER', null, false,
     'Bijvoorbeeld met het openbaar vervoer naar de huisarts, of zelf zorgverzekeringen vergelijken als huiswerk.'),
    (910, 'vereniging', 'Sportclub, vereniging of buurthuis kiezen en samen gaan kijken', 'PARTICIPATIE', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 120, false, 'REGULIER', null, false, null),
    (920, 'fondsen-kinderen', 'Fondsen voor sport en cultuur van kinderen aanvragen', 'PARTICIPATIE', 'FIN', 'HUISHOUDEN', 4, 17, 'TRAJECT_START', 90, false, 'REGULIER', null, false,
     'Zoals het Jeugdfonds Sport & Cultuur of een regeling van de gemeente. Bel zo nodig zelf bij een afwijzing.'),
    (930, 'vrijwilligerswerk', '(Vrijwilligers)werk, werkervaring of stage verkennen', 'PARTICIPATIE', null, 'PERSOON', 18, 66, 'TRAJECT_START', 180, false, 'REGULIER', null, false,
     'Formele activering is een taak van de gemeente; zet uw eigen netwerk in.'),
    (940, 'participatiecoach', 'Verwijzen naar een participatiecoach', 'PARTICIPATIE', null, 'PERSOON', 18, 66, 'TRAJECT_START', 120, false, 'REGULIER', null, false, null),
    (950, 'werkbezoek', 'Werkbezoek bij een maatschappelijke organisatie', 'PARTICIPATIE', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 180, false, 'REGULIER', null, true,
     'Zoals in Woerden.'),
    -- afsluiting (bij het sociaal netwerk: weten waar je heen kunt)
    (960, 'meetmoment', 'Voortgang per leefgebied bespreken (meetmoment)', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'TRAJECT_START', 90, false, 'REGULIER', null, true,
     'Zoals in Den Haag na 3, 8 en 12 maanden.'),
    (970, 'eindgesprek', 'Eindgesprek: doelen nalopen en wijzen op lokale hulp', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'EINDE_BEGELEIDING', -42, false, 'REGULIER', null, false, null),
    (980, 'overdracht-consulent', 'Schriftelijke overdracht aan de inburgeringsconsulent', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'EINDE_BEGELEIDING', -14, false, 'REGULIER', null, false,
     'Met toestemming van de cliënt.'),
    (990, 'warme-overdracht', 'Warme overdracht aan het sociaal wijkteam (zo nodig een driegesprek)', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'EINDE_BEGELEIDING', -14, false, 'REGULIER', null, false, null),
    (1000, 'lijst-voorzieningen', 'Lijst met hulpverleners en voorzieningen meegeven', 'SOCIAAL_NETWERK', 'VL', 'HUISHOUDEN', null, null, 'EINDE_BEGELEIDING', -7, false, 'REGULIER', null, false, null),
    (1010, 'verlenging', 'Verlenging bespreken (alleen op uitdrukkelijk verzoek van de cliënt)', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'EINDE_BEGELEIDING', -60, false, 'REGULIER', null, true, null),
    (1020, 'bellijst', 'Op de driemaandelijkse bellijst zetten', 'SOCIAAL_NETWERK', null, 'HUISHOUDEN', null, null, 'EINDE_BEGELEIDING', 0, false, 'REGULIER', null, true,
     'Zoals in Groningen: wie geen maatje heeft of begeleiding afslaat, wordt elke drie maanden gebeld.')
  ) as v(volgorde, code, titel, thema, categorie, reikwijdte, van, tot, referentie, dagen, jaarlijks, uitvoerende,
         doelgroep, vervallen, hulp);
