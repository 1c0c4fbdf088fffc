-- checklist, revised.

-- Who wrote an item's note as it stands: the gemeente side sees a note only when they wrote it themselves (as for
-- contacts, until consent allows more). Until now every write sent the note along, so its last writer stands for its
-- author.
alter table checklist_item add column notitie_door uuid;
update checklist_item set notitie_door = vastgelegd_door where notitie is not null;

-- Synchronising now also removes untouched items that no longer apply (yearly items made without a due date, a year
-- before the practical start, items of a corrected birth date) and moves items over to their contract's own template
-- (no longer done by the request that copies it). Every running household gets its turn in the next nightly run.
update checklist_huishouden set volgende_synchronisatie = current_date
 where actief and volgende_synchronisatie > current_date;
