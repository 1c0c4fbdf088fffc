-- issue 22: revoking the DOORVERWIJZING consent withdraws the open referrals that rested on it. A referral gets the
-- final state INGETROKKEN, with the day, the reason and the revoked consent; the receiving wijkteam no longer sees it.
alter table verwijzing add column ingetrokken_op date;
alter table verwijzing add column intrekking_reden text check (length(intrekking_reden) between 1 and 200);
alter table verwijzing add column ingetrokken_toestemming_id uuid;

-- the two checks of V49 that name the states: replace them (their names were chosen by PostgreSQL)
do $$
declare
    naam text;
    weg  integer := 0;
begin
    for naam in
        select conname from pg_constraint
         where conrelid = 'verwijzing'::regclass and contype = 'c'
           and (pg_get_constraintdef(oid) like '%''WACHTLIJST''::text, ''AFGEROND''::text%'
                or pg_get_constraintdef(oid) like '%''AANGEMAAKT''::text, ''AFGEROND''::text%')
    loop
        execute format('alter table verwijzing drop constraint %I', naam);
        weg := weg + 1;
    end loop;
    if weg <> 2 then
        raise exception 'V54: expected the two state checks of verwijzing, found %', weg;
    end if;
end $$;

alter table verwijzing add constraint verwijzing_status
    check (status in ('AANGEMAAKT', 'VERSTUURD', 'GEACCEPTEERD', 'AFGEWEZEN', 'WACHTLIJST', 'AFGEROND', 'INGETROKKEN'));
-- sent, unless it is a draft, finished, or a draft withdrawn before sending
alter table verwijzing add constraint verwijzing_verstuurd
    check (status in ('AANGEMAAKT', 'AFGEROND', 'INGETROKKEN') or verstuurd_op is not null);
alter table verwijzing add constraint verwijzing_ingetrokken
    check ((status = 'INGETROKKEN') = (ingetrokken_op is not null and intrekking_reden is not null));
