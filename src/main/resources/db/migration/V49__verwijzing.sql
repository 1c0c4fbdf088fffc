-- verwijzing: referrals of a household or a person to a service on the sociale kaart, with the date of each step.
create table verwijzing (
    id                       uuid        primary key,
    huishouden_id            uuid        not null references huishouden (id),
    persoon_id               uuid        references persoon (id),
    dienst_id                uuid        not null references dienst (id),
    -- copied from the service when created: whose WIJKTEAM users receive and answer it in Wegwijs (null: the guide
    -- records the answer)
    ontvanger_organisatie_id uuid,
    signaal_id               uuid,
    reden                    text        not null check (length(btrim(reden)) between 1 and 2000),
    warm                     boolean     not null,
    status                   text        not null check (status in ('AANGEMAAKT', 'VERSTUURD', 'GEACCEPTEERD',
                                                                     'AFGEWEZEN', 'WACHTLIJST', 'AFGEROND')),
    aangemaakt_op            date        not null,
    verstuurd_op             date,
    wachtlijst_op            date,
    geaccepteerd_op          date,
    beantwoord_op            date,
    afgerond_op              date,
    -- the receiver's note with its answer (required with a rejection), and the outcome when finished
    antwoord                 text        check (length(antwoord) between 1 and 2000),
    uitkomst                 text        check (length(uitkomst) between 1 and 2000),
    beantwoord_door          uuid,
    -- the consent it was sent on: register consents (service in Wegwijs) or one recorded here (other services)
    toestemming_ids          uuid[]      not null default '{}',
    toestemming_wijze        text        check (toestemming_wijze in ('MONDELING', 'MONDELING_MET_TOLK', 'SCHRIFTELIJK',
                                                                      'DIGITAAL')),
    toestemming_op           date,
    toestemming_door         uuid,
    aangemaakt_door          uuid        not null,
    aangemaakt_tijd          timestamptz not null,
    gewijzigd_door           uuid,
    gewijzigd_tijd           timestamptz,
    versie                   bigint      not null default 1,
    -- sent means sent on a consent: from the register for a service in Wegwijs, recorded here for another
    check (verstuurd_op is null
           or (ontvanger_organisatie_id is not null and cardinality(toestemming_ids) > 0)
           or (ontvanger_organisatie_id is null and toestemming_wijze is not null and toestemming_op is not null
               and toestemming_door is not null)),
    check (status in ('AANGEMAAKT', 'AFGEROND') or verstuurd_op is not null),
    check (status <> 'GEACCEPTEERD' or geaccepteerd_op is not null),
    check (status <> 'WACHTLIJST' or wachtlijst_op is not null),
    check (status <> 'AFGEWEZEN' or (beantwoord_op is not null and antwoord is not null)),
    check (status <> 'AFGEROND' or afgerond_op is not null),
    check (verstuurd_op is null or verstuurd_op >= aangemaakt_op),
    check (beantwoord_op is null or beantwoord_op >= verstuurd_op)
);
-- a household's referrals, newest first
create index verwijzing_huishouden on verwijzing (huishouden_id, aangemaakt_tijd desc, id desc);
-- a wijkteam's inbox: sent referrals to its services, oldest first
create index verwijzing_inbox on verwijzing (ontvanger_organisatie_id, verstuurd_op, id)
    where verstuurd_op is not null;
-- waiting times per service
create index verwijzing_dienst on verwijzing (dienst_id, status);

-- the receiving wijkteam reads and answers referrals under a processing activity of its own
insert into verwerkingsactiviteit (code, naam, doel, grondslag, bewaartermijn, betrokkenen) values
('DOORVERWIJZING', 'Doorverwijzing',
 'Een verwijzing van een statushouder of gezin naar een dienst van de sociale kaart ontvangen en beantwoorden.',
 'AVG art. 6 lid 1 sub a (toestemming van de betrokkene voor deze doorverwijzing).',
 'Tot het einde van de bewaartermijn van de gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden');
