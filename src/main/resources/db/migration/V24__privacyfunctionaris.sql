-- issue 18: the privacy officer (functionaris gegevensbescherming) as a role; sees no household data.
alter table medewerker drop constraint medewerker_rol_check;
alter table medewerker add constraint medewerker_rol_check
    check (rol in ('BEHEERDER', 'REGIEVOERDER', 'BUDGETCOACH', 'WIJKTEAM', 'BELEID', 'TEAMLEIDER', 'BEGELEIDER',
                   'VRIJWILLIGER', 'PRIVACYFUNCTIONARIS'));
