-- checklist: an item can be geregeld by the household's recorded data (a person's BRP date, the regeldag, the
-- move-in): geregeld on that date without anybody who did it, shown as "volgens de gegevens". Whatever a person ticks
-- still says who did it (the application refuses geregeld without it).
do $$
declare naam text;
begin
    select conname into naam from pg_constraint
     where conrelid = 'checklist_item'::regclass and contype = 'c'
       and pg_get_constraintdef(oid) like '%wie_deed_het IS NOT NULL%';
    execute format('alter table checklist_item drop constraint %I', naam);
end $$;
alter table checklist_item add constraint checklist_item_geregeld
    check ((status = 'GEREGELD') = (datum is not null) and (wie_deed_het is null or status = 'GEREGELD'));

-- every running household gets its items due from the right date and settled by its data in the next nightly run
update checklist_huishouden set volgende_synchronisatie = current_date
 where actief and volgende_synchronisatie > current_date;
