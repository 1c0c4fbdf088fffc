-- Visibility filters select a gemeente's, uitvoerder's or team's households ordered by household: with the household
-- in the index those pages read 25 index entries instead of walking all households (measured in docs/benchmarks.md).
create index traject_uitvoerder_huishouden on traject (uitvoerder_id, huishouden_id);
create index traject_gemeente_huishouden on traject (gemeente_id, huishouden_id);
create index traject_team_huishouden on traject (team_id, huishouden_id);
drop index traject_uitvoerder;
drop index traject_gemeente;
drop index traject_team;
-- current assignments of a medewerker, the vrijwilliger's and begeleider's scope
drop index toewijzing_medewerker;
create index toewijzing_medewerker on toewijzing (medewerker_id, traject_id) include (vanaf, tot);
