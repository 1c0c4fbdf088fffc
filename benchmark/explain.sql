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

-- Issue 19: the regievoerder's overview (/regie) of the largest gemeente, its three statements on the read model
-- (regie_huishouden, regie_persoon), and one of its household lists (/regie/huishoudens?cijfer=pip-verlopen).
\echo '### Regie-overzicht: huishoudens per fase, signalen, ontzorgen (grootste gemeente)'
explain (analyze, buffers, costs off)
select r.status, r.fase_code, min(r.fase_naam) as fase_naam, count(*) as aantal,
       count(*) filter (where r.signalen_open > 0 and r.status in ('AANGEMELD', 'INTAKE', 'ACTIEF', 'VERLENGD')) as signalen,
       count(*) filter (where r.ontzorgen_einde between current_date and current_date + 27) as ontzorgen
  from regie_huishouden r
 where r.gemeente_id = :'gemeente'
 group by r.status, r.fase_code;

\echo '### Regie-overzicht: PIP, tijden vanaf BRP, startgat, taakstelling (grootste gemeente)'
explain (analyze, buffers, costs off)
select count(*) filter (where r.pip_op is null and r.open and r.inburgeringsplichtig and r.pip_uiterlijk is not null
                          and r.pip_uiterlijk < current_date) as pip_verlopen,
       count(*) filter (where r.inburgeringsplichtig and r.brp_datum between current_date - 364 and current_date
                          and r.pip_op <= r.pip_uiterlijk) as pip_op_tijd,
       percentile_disc(0.5) within group (order by r.pip_op - r.brp_datum)
           filter (where r.inburgeringsplichtig and r.brp_datum between current_date - 364 and current_date
                     and r.pip_op is not null) as pip_mediaan,
       count(*) filter (where r.open and r.fase1_voorbij and r.inburgeringsplichtig and r.eerste_taalles_op is null
                          and not r.inburgering_klaar) as startgat
  from regie_persoon r
 where r.gemeente_id = :'gemeente';

\echo '### Regie-lijst: PIP te laat, eerste pagina (grootste gemeente)'
explain (analyze, buffers, costs off)
select r.huishouden_id, r.persoon_id, h.naam, r.uitvoerder_id, r.pip_uiterlijk
  from regie_persoon r join regie_huishouden h on h.traject_id = r.traject_id
 where r.gemeente_id = :'gemeente'
   and r.pip_op is null and r.open and r.inburgeringsplichtig and r.pip_uiterlijk is not null
   and r.pip_uiterlijk < current_date
 order by r.pip_uiterlijk, r.persoon_id limit 51;

\echo '### Regie-lijst: fase 1 voorbij, nog geen taalles, eerste pagina (grootste gemeente)'
explain (analyze, buffers, costs off)
select r.huishouden_id, r.persoon_id, h.naam, r.uitvoerder_id, r.brp_datum
  from regie_persoon r join regie_huishouden h on h.traject_id = r.traject_id
 where r.gemeente_id = :'gemeente'
   and r.open and r.fase1_voorbij and r.inburgeringsplichtig and r.eerste_taalles_op is null
   and not r.inburgering_klaar
 order by r.brp_datum, r.persoon_id limit 51;
