-- EXPLAIN (ANALYZE, BUFFERS) of the hot statements at national scale, for docs/benchmarks.md.
-- Run against a generated national database (benchmark/explain.sh starts nothing: give it a running server).
-- Sample users: the medewerker of each role with the largest caseload, so the plans show the worst case.
\pset pager off
select m.id as vrijwilliger from medewerker m join werklijst_regel w on w.medewerkers @> array[m.id]
 where m.rol = 'VRIJWILLIGER' group by m.id order by count(*) desc limit 1 \gset
select m.id as begeleider from medewerker m join werklijst_regel w on w.medewerkers @> array[m.id]
 where m.rol = 'BEGELEIDER' group by m.id order by count(*) desc limit 1 \gset
select array_agg(team_id)::text as teams from medewerker_team where medewerker_id = :'begeleider' \gset
select m.id as teamleider, m.uitvoerder_id as uitvoerder from medewerker m
 where m.rol = 'TEAMLEIDER' order by (select count(*) from traject t where t.uitvoerder_id = m.uitvoerder_id) desc limit 1 \gset
select m.id as regievoerder, m.gemeente_id as gemeente from medewerker m
 where m.rol = 'REGIEVOERDER' order by (select count(*) from traject t where t.gemeente_id = m.gemeente_id) desc limit 1 \gset
select huishouden_id as huishouden, traject_id as traject from werklijst_regel
 where gemeente_id = :'gemeente' and aantal_personen >= 5 limit 1 \gset
select w.urgentie as na_urgentie, w.traject_id as na_traject from werklijst_regel w where w.uitvoerder_id = :'uitvoerder'
   and w.status not in ('AFGEROND', 'BEEINDIGD') order by w.urgentie, w.traject_id offset 24 limit 1 \gset

\echo '### Werklijst, eerste pagina, teamleider (grootste uitvoerder)'
explain (analyze, buffers, costs off)
select w.traject_id, w.huishouden_id, w.naam, w.aantal_personen, w.status, w.fase_code, w.fase_naam,
       w.eerstvolgende_termijn, w.eerstvolgende_soort,
       (select count(*) from unnest(w.open_termijnen) d where d < current_date) as aantal_verlopen,
       w.medewerker_namen, w.urgentie
  from werklijst_regel w
 where w.uitvoerder_id = :'uitvoerder' and w.status not in ('AFGEROND', 'BEEINDIGD')
 order by w.urgentie, w.traject_id limit 26;

\echo '### Werklijst, volgende pagina (keyset), teamleider'
explain (analyze, buffers, costs off)
select w.traject_id, w.naam, w.urgentie from werklijst_regel w
 where w.uitvoerder_id = :'uitvoerder' and w.status not in ('AFGEROND', 'BEEINDIGD')
   and (w.urgentie, w.traject_id) > (:'na_urgentie', :'na_traject')
 order by w.urgentie, w.traject_id limit 26;

\echo '### Werklijst, regievoerder (grootste gemeente), gefilterd op status ACTIEF'
explain (analyze, buffers, costs off)
select w.traject_id, w.naam, w.urgentie from werklijst_regel w
 where w.gemeente_id = :'gemeente' and w.status = 'ACTIEF'
 order by w.urgentie, w.traject_id limit 26;

\echo '### Werklijst, begeleider, team'
explain (analyze, buffers, costs off)
select w.traject_id, w.naam, w.urgentie from werklijst_regel w
 where (w.team_id = any(cast(:'teams' as uuid[])) or w.medewerkers @> array[cast(:'begeleider' as uuid)])
   and w.status not in ('AFGEROND', 'BEEINDIGD')
 order by w.urgentie, w.traject_id limit 26;

\echo '### Werklijst, vrijwilliger (mijn huishoudens)'
explain (analyze, buffers, costs off)
select w.traject_id, w.naam, w.urgentie from werklijst_regel w
 where w.medewerkers @> array[cast(:'vrijwilliger' as uuid)] and w.status not in ('AFGEROND', 'BEEINDIGD')
 order by w.urgentie, w.traject_id limit 26;

\echo '### Zoeken op naam, regievoerder'
explain (analyze, buffers, costs off)
select w.traject_id, w.naam, w.urgentie from werklijst_regel w
 where w.gemeente_id = :'gemeente' and w.status not in ('AFGEROND', 'BEEINDIGD') and w.zoeknaam like '%ahma%'
 order by w.urgentie, w.traject_id limit 26;

\echo '### Dossier: huishouden binnen de zichtbaarheid van de regievoerder'
explain (analyze, buffers, costs off)
select id, gemeente_id, straat, versie from huishouden h
 where h.id = :'huishouden'
   and h.id in (select zt.huishouden_id from traject zt where zt.gemeente_id = :'gemeente');

\echo '### Dossier: personen, traject, toewijzingen'
explain (analyze, buffers, costs off)
select id, voornaam, achternaam from persoon where huishouden_id = any(array[cast(:'huishouden' as uuid)])
 order by huishouden_id, volgorde;
explain (analyze, buffers, costs off)
select id, status from traject where huishouden_id = :'huishouden';
explain (analyze, buffers, costs off)
select id, medewerker_id, rol, vanaf, tot from toewijzing where traject_id = :'traject' order by vanaf, id;

\echo '### API huishoudens, eerste pagina, teamleider'
explain (analyze, buffers, costs off)
select id from huishouden h
 where h.id in (select zt.huishouden_id from traject zt where zt.uitvoerder_id = :'uitvoerder')
 order by h.id limit 25;

\echo '### API huishoudens, begeleider (team of toegewezen)'
explain (analyze, buffers, costs off)
select id from huishouden h
 where h.id in (select zt.huishouden_id from traject zt where zt.team_id = any(cast(:'teams' as uuid[]))
                union
                select zt.huishouden_id from toewijzing zw join traject zt on zt.id = zw.traject_id
                 where zw.medewerker_id = :'begeleider' and zw.vanaf <= current_date
                   and (zw.tot is null or zw.tot >= current_date))
 order by h.id limit 25;

\echo '### API trajecten, eerste pagina, vrijwilliger'
explain (analyze, buffers, costs off)
select id from traject t
 where t.huishouden_id in (select zt.huishouden_id from toewijzing zw join traject zt on zt.id = zw.traject_id
                            where zw.medewerker_id = :'vrijwilliger' and zw.vanaf <= current_date
                              and (zw.tot is null or zw.tot >= current_date))
 order by t.id limit 25;

\echo '### Verwerkingslog van een huishouden (beheer), laatste drie maanden, nieuwste eerst'
explain (analyze, buffers, costs off)
select id, tijdstip, medewerker_id, actie from verwerking
 where tijdstip >= now() - interval '3 months' and tijdstip < now() and huishouden_id = :'huishouden'
 order by tijdstip desc, id desc limit 50;
