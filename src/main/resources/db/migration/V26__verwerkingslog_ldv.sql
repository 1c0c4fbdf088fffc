-- Processing log after Logboek Dataverwerkingen (issue 18, point 5).
--
-- 1. The register of processing activities (verwerkingsactiviteiten) kept in Wegwijs: every log row names one, so an
--    unknown purpose cannot be written. Codes are published in nl.wegwijs.verwerkingslog.Verwerkingsactiviteit.
create table verwerkingsactiviteit (
    code           text primary key,
    naam           text not null,
    doel           text not null,
    grondslag      text not null,
    bewaartermijn  text not null,
    betrokkenen    text not null
);

insert into verwerkingsactiviteit (code, naam, doel, grondslag, bewaartermijn, betrokkenen) values
('BEGELEIDING', 'Begeleiding',
 'Maatschappelijke begeleiding van statushouders en hun gezin in opdracht van de gemeente: checklist, contacten, post, signalen.',
 'AVG art. 6 lid 1 sub e (publieke taak: Wet inburgering 2021, maatschappelijke begeleiding); bijzondere gegevens alleen met toestemming (art. 9 lid 2 sub a).',
 'Tot het einde van de bewaartermijn van de gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden'),
('REGIE', 'Regie door de gemeente',
 'Regie op het inburgerings- en begeleidingstraject: aanmelding, voortgang, termijnen, brede intake en plan (PIP).',
 'AVG art. 6 lid 1 sub e (publieke taak: Wet inburgering 2021).',
 'Tot het einde van de bewaartermijn van de gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden'),
('FINANCIEEL_ONTZORGEN', 'Financieel ontzorgen',
 'Vaste lasten betalen en budgetbegeleiding in de eerste periode na vestiging.',
 'AVG art. 6 lid 1 sub e (publieke taak: Wet inburgering 2021, ontzorgen).',
 'Tot het einde van de bewaartermijn van de gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden'),
('OVERDRACHT', 'Overdracht na de begeleiding',
 'Overdracht aan het sociaal wijkteam na afloop van de begeleiding: een samenvatting, meer alleen met toestemming.',
 'AVG art. 6 lid 1 sub e (publieke taak: Wmo 2015); meer dan de samenvatting alleen met toestemming (art. 6 lid 1 sub a).',
 'Tot het einde van de bewaartermijn van de gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden'),
('BEHEER', 'Beheer',
 'Functioneel beheer en toezicht: inrichting, verwerkingslog, privacytoezicht.',
 'AVG art. 6 lid 1 sub c en art. 5 lid 2 en art. 32 (verantwoording en beveiliging).',
 'Zoals de gegevens waarop het beheer betrekking heeft.',
 'Statushouders, hun gezinsleden en medewerkers'),
('DOORBRAAK', 'Doorbraak bij acuut gevaar',
 'Toegang zonder toestemming bij acuut gevaar voor de betrokkene of anderen, met reden, gemeld aan teamleider en privacyfunctionaris.',
 'AVG art. 6 lid 1 sub d en art. 9 lid 2 sub c (vitaal belang).',
 'Tot het einde van de bewaartermijn van de gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden'),
('AANMELDING', 'Aanmelding',
 'Aanmelding van een huishouden voor begeleiding door de gemeente bij een uitvoerder.',
 'AVG art. 6 lid 1 sub e (publieke taak: Wet inburgering 2021).',
 'Tot het einde van de bewaartermijn van de gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden'),
('INZAGE', 'Inzage door de betrokkene',
 'Het overzicht van wat Wegwijs over een persoon bewaart en wie het wanneer verwerkte, op verzoek van die persoon.',
 'AVG art. 6 lid 1 sub c met art. 15 (recht op inzage).',
 'Zoals het verwerkingslog.',
 'Statushouders en hun gezinsleden'),
('BEWAARTERMIJN', 'Bewaartermijn en vernietiging',
 'Anonimiseren of verwijderen van gegevens na afloop van de bewaartermijn; de telling voor rapportages blijft.',
 'AVG art. 6 lid 1 sub c met art. 5 lid 1 sub e en art. 17 (opslagbeperking).',
 'Zoals het verwerkingslog.',
 'Statushouders en hun gezinsleden'),
('VERHUIZING', 'Verhuizing naar een andere gemeente',
 'Het dossier gaat met de persoon mee naar de nieuwe gemeente: uitvoer en invoer tussen gemeenten.',
 'AVG art. 6 lid 1 sub a (toestemming van de betrokkene).',
 'Tot het einde van de bewaartermijn van de nieuwe gemeente na afloop van het traject.',
 'Statushouders en hun gezinsleden'),
('AUTHENTICATIE', 'Inloggen',
 'Inloggen van medewerkers, gelukt en mislukt, om misbruik van accounts te kunnen zien.',
 'AVG art. 6 lid 1 sub c met art. 32 (beveiliging van de verwerking).',
 'Zoals het verwerkingslog.',
 'Medewerkers');

-- an unknown purpose cannot be written (a foreign key on the partitioned table holds for every partition)
alter table verwerking add constraint verwerking_activiteit foreign key (doel) references verwerkingsactiviteit (code);

-- 2. The trace id ties the rows of one request together (W3C Trace Context); success or failure of the processing.
alter table verwerking add column trace_id uuid;
alter table verwerking add column geslaagd boolean not null default true;
create index verwerking_trace on verwerking (trace_id) where trace_id is not null;

-- 3. Nothing can be changed or deleted through the application: rows are only ever added. Old rows go by detaching
--    and dropping whole monthly partitions (VerwerkingslogBewaring), never row by row.
create function verwerking_alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception 'Het verwerkingslog kan niet worden gewijzigd of verwijderd (% geweigerd)', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger verwerking_niet_wijzigen before update or delete on verwerking
    for each row execute function verwerking_alleen_toevoegen();

-- TRUNCATE fires statement triggers only on the table named: the parent and every partition get one
create trigger verwerking_niet_legen before truncate on verwerking
    for each statement execute function verwerking_alleen_toevoegen();

do $$
declare
    partitie text;
begin
    for partitie in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                     where i.inhparent = 'verwerking'::regclass loop
        execute format('create trigger verwerking_niet_legen before truncate on %I '
                       || 'for each statement execute function verwerking_alleen_toevoegen()', partitie);
    end loop;
end $$;
