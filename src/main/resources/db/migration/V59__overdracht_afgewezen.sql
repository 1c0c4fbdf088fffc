-- The receiving wijkteam can refuse a warm handover (issue 22, item 7): a new final state AFGEWEZEN with who refused,
-- when and why. A refused handover stays as it was shared (history, read by the guide); the trajectory stays open and
-- the guide starts a new handover (to the same or another receiver) or chooses another way to close.

alter table overdracht add column afgewezen_door      uuid;
alter table overdracht add column afgewezen_door_naam text;
alter table overdracht add column afgewezen_op        timestamptz;
alter table overdracht add column afwijzing_reden     text check (length(afwijzing_reden) <= 2000);

alter table overdracht drop constraint overdracht_status_check;
alter table overdracht add constraint overdracht_status_check check (status in ('CONCEPT', 'GEDEELD',
        'DRIEGESPREK_GEPLAND', 'GEACCEPTEERD', 'TERUGGETROKKEN', 'AFGEWEZEN'));

-- refused only after sharing, by someone, with a reason
alter table overdracht add constraint overdracht_afgewezen check (
    status <> 'AFGEWEZEN' or (afgewezen_op is not null and afgewezen_door is not null and afwijzing_reden is not null
                              and gedeeld_op is not null));

-- one running (or accepted) handover per trajectory: a refused one no longer counts, like a withdrawn one
drop index overdracht_een_per_traject;
create unique index overdracht_een_per_traject on overdracht (traject_id)
    where status not in ('TERUGGETROKKEN', 'AFGEWEZEN');
