-- verwerkingslog: one row per data subject for every read or write of personal data.
-- Partitioned by month so it can grow to 100,000,000 rows and be pruned by detaching old partitions.
create table verwerking (
    id             uuid        not null,
    tijdstip       timestamptz not null,
    medewerker_id  uuid        not null,
    organisatie_id uuid,
    actie          text        not null check (actie in ('LEZEN', 'AANMAKEN', 'WIJZIGEN', 'VERWIJDEREN')),
    doel           text        not null,
    betrokkene_id  uuid        not null,
    huishouden_id  uuid,
    record_soort   text        not null,
    record_id      uuid        not null,
    primary key (tijdstip, id)
) partition by range (tijdstip);

create index verwerking_tijdstip on verwerking (tijdstip desc, id desc);
create index verwerking_medewerker on verwerking (medewerker_id, tijdstip desc, id desc);
create index verwerking_betrokkene on verwerking (betrokkene_id, tijdstip desc, id desc);
create index verwerking_huishouden on verwerking (huishouden_id, tijdstip desc, id desc);

create table verwerking_default partition of verwerking default;

do $$
declare
    maand date := date '2020-01-01';
begin
    while maand < date '2031-01-01' loop
        execute format('create table verwerking_%s partition of verwerking for values from (%L) to (%L)',
                       to_char(maand, 'YYYY_MM'), maand, (maand + interval '1 month')::date);
        maand := (maand + interval '1 month')::date;
    end loop;
end $$;
