-- The worklist learns the daily guidance (checklist, letters, signals, contacts), maintained from those modules'
-- events in the writer's transaction. Its sort key becomes the earliest of everything that is due: a legal deadline,
-- an open checklist item or letter, an action of an open signal, or the date by which the next contact is due.
alter table werklijst_regel
    add column checklist_open    int     not null default 0,
    add column checklist_vroegste date,
    add column post_open         int     not null default 0,
    add column post_vroegste     date,
    add column signalen_open     int     not null default 0,
    add column signaal_urgent    boolean not null default false,
    add column signaal_vroegste  date,
    add column laatste_contact   date,
    add column volgende_contact  date,
    add column contact_uiterlijk date;

drop index werklijst_uitvoerder;
drop index werklijst_team;
drop index werklijst_gemeente;
alter table werklijst_regel drop column urgentie;
-- computed by PostgreSQL from the row, so no writer can forget one of its parts; closed trajectories sort last
alter table werklijst_regel add column urgentie date not null generated always as (
    case when status in ('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD') then date '9999-12-31'
         else least(coalesce(eerstvolgende_termijn, date '9999-12-31'), coalesce(checklist_vroegste, date '9999-12-31'),
                    coalesce(post_vroegste, date '9999-12-31'), coalesce(signaal_vroegste, date '9999-12-31'),
                    coalesce(contact_uiterlijk, date '9999-12-31'))
    end) stored;
create index werklijst_uitvoerder on werklijst_regel (uitvoerder_id, urgentie, traject_id);
create index werklijst_team on werklijst_regel (team_id, urgentie, traject_id);
create index werklijst_gemeente on werklijst_regel (gemeente_id, urgentie, traject_id);
-- signals first for a teamleider or regievoerder who filters on them
create index werklijst_signalen on werklijst_regel (uitvoerder_id, urgentie, traject_id) where signalen_open > 0;
