-- The organisation whose sociaal wijkteam accepted a warm handover (issue 22, item 7): its WIJKTEAM users see the
-- handed-over household read-only afterwards, also when that organisation is not the household's gemeente (a
-- wijkteam with Wegwijs accounts on the sociale kaart). Null: handed over without Wegwijs (or before this column),
-- which the gemeente's own wijkteam sees, as before. Cleared when the trajectory is reopened.
alter table traject add column overgedragen_aan uuid;

-- the handovers accepted so far
update traject t set overgedragen_aan = o.ontvanger_organisatie_id
  from overdracht o
 where o.traject_id = t.id and o.status = 'GEACCEPTEERD' and t.status = 'OVERGEDRAGEN';

-- the wijkteam's visibility: the households handed over to its organisation
create index traject_overgedragen_aan on traject (overgedragen_aan, huishouden_id) where overgedragen_aan is not null;
