-- signaal as a conversation (issue 17): the original report stays as it was raised; replies, changes of stand and the
-- plan's actions become entries of a thread, each with its author (id, and name and role at the time) and time.
-- The addressee is chosen when raising: the regievoerder (gemeente), the teamleider (uitvoerder), or the guidance of
-- the household, optionally one named guide assigned to it.
alter table signaal add column aan text;
alter table signaal add column aan_medewerker_id uuid;
alter table signaal add column aan_medewerker_naam text;
update signaal set aan = case when richting = 'NAAR_GEMEENTE' then 'REGIEVOERDER' else 'BEGELEIDING' end;
alter table signaal alter column aan set not null;
alter table signaal add constraint signaal_aan check (aan in ('REGIEVOERDER', 'TEAMLEIDER', 'BEGELEIDING'));
alter table signaal add constraint signaal_aan_medewerker
    check ((aan_medewerker_id is null) = (aan_medewerker_naam is null)
           and (aan = 'BEGELEIDING' or aan_medewerker_id is null));

create table signaal_bericht (
    id            uuid        primary key,
    signaal_id    uuid        not null references signaal (id),
    -- 1, 2, 3 … per signal, in the order written (the signal's row is locked while an entry is added)
    volgnummer    integer     not null check (volgnummer > 0),
    soort         text        not null check (soort in ('REACTIE', 'IN_BEHANDELING', 'OPEN', 'AFGESLOTEN', 'HEROPEND',
                                                        'ACTIE_TOEGEVOEGD', 'ACTIE_GEWIJZIGD', 'ACTIE_GEDAAN',
                                                        'ACTIE_OPEN')),
    tekst         text        check (length(tekst) between 1 and 4000),
    auteur_id     uuid        not null,
    auteur_naam   text        not null,
    auteur_rol    text        not null,
    geschreven_op timestamptz not null,
    check (soort not in ('REACTIE', 'AFGESLOTEN') or tekst is not null),
    unique (signaal_id, volgnummer)
);

-- what was closed before keeps its closing note, as the thread's entry of the one who closed it
insert into signaal_bericht (id, signaal_id, volgnummer, soort, tekst, auteur_id, auteur_naam, auteur_rol,
                             geschreven_op)
select gen_random_uuid(), s.id, 1, 'AFGESLOTEN', s.afsluitnotitie, s.afgesloten_door, m.naam, m.rol,
       s.afgesloten_op::timestamp at time zone 'Europe/Amsterdam'
  from signaal s join medewerker m on m.id = s.afgesloten_door
 where s.status = 'AFGESLOTEN';
